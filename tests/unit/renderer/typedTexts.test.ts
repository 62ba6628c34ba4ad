// Texts are keyed by typed keys: a misspelt key fails the typecheck (`npm run typecheck` compiles this
// file; the @ts-expect-error lines fail it if keys ever become plain strings again). Keys that come
// from data are checked at run time instead.
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import '../../../renderer/i18n/i18next.d';
import { de } from '../../../renderer/i18n/de';
import { translateDataKey } from '../../../renderer/i18n/dataKey';

async function german(): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({ resources: { de: { translation: de } }, lng: 'de' });
  return i18n.t;
}

describe('typed text keys', () => {
  it('a known key type-checks, a misspelt one does not', async () => {
    const t = await german();
    expect(t('nav.followups')).toBe('Wiedervorlagen');
    // @ts-expect-error "nav.folowups" is no key
    expect(t('nav.folowups')).toBe('nav.folowups');
  });

  it('a key from data shows its text, or the fallback when it is unknown (never the raw key)', async () => {
    const t = await german();
    expect(translateDataKey(t, 'validation.titleRequired')).toBe('Bitte einen Titel eingeben.');
    expect(translateDataKey(t, 'validation.noSuchKey', {}, 'validation.invalid')).toBe(
      'Bitte die Eingabe prüfen.',
    );
  });
});
