import { describe, expect, it } from 'vitest';
import { organisationNameKey, sameNamedOrganisations } from '../../../shared/domain/organisationName';

describe('organisation names that mean the same organisation', () => {
  it('ignores case, umlaut spelling, punctuation and legal forms', () => {
    expect(organisationNameKey('Caritas Salzwedel e.V.')).toBe(organisationNameKey('caritas  salzwedel'));
    expect(organisationNameKey('Jobcenter Altmarkkreis')).toBe(organisationNameKey('JobCenter Altmarkkreis'));
    expect(organisationNameKey('Bildungswerk Müller gGmbH')).toBe(
      organisationNameKey('Bildungswerk Mueller'),
    );
    expect(organisationNameKey('Jobcenter Salzwedel')).not.toBe(organisationNameKey('Jobcenter Gardelegen'));
    expect(organisationNameKey(' e.V. ')).toBe('');
  });

  it('finds the existing organisation, not itself and nothing for an empty name', () => {
    const orgs = [
      { id: 'a', name: 'Migrationsberatung Caritas Salzwedel' },
      { id: 'b', name: 'Jobcenter Altmarkkreis Salzwedel' },
    ];
    expect(sameNamedOrganisations('migrationsberatung caritas salzwedel', orgs).map((o) => o.id)).toEqual([
      'a',
    ]);
    expect(sameNamedOrganisations('Migrationsberatung Caritas Salzwedel', orgs, 'a')).toEqual([]);
    expect(sameNamedOrganisations('  ', orgs)).toEqual([]);
  });
});
