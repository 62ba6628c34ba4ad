import { describe, expect, it } from 'vitest';
import { routes } from '../../../renderer/routing/routes';
import { parseRoute } from '../../../renderer/routing/useHashRoute';

describe('routes', () => {
  it('build the paths the screens read back, with ids encoded', () => {
    expect(routes.inquiry('a1b2')).toBe('/anfragen/a1b2');
    expect(parseRoute(`#${routes.organisation('org/1 ü')}`, 'heute')).toEqual({
      area: 'netzwerk',
      param: 'org',
      sub: 'org/1 ü',
    });
    expect(parseRoute(`#${routes.network('personen')}`, 'heute')).toMatchObject({
      area: 'netzwerk',
      param: 'personen',
    });
    expect(parseRoute(`#${routes.retention()}`, 'heute')).toMatchObject({
      area: 'einstellungen',
      param: 'loeschfristen',
    });
    expect(parseRoute('', 'heute')).toMatchObject({ area: 'heute', param: undefined });
  });
});
