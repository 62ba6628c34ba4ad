// Hand-made event series for the outputs' tests: the Interkulturelle Woche 2026 (20–27 September),
// contributions of three organisations in a deliberately shuffled order.
import type {
  BookletContribution,
  BookletSeries,
  OutputOrganisation,
} from '../../../shared/outreach/booklet';
import type { ContributionData } from '../../../shared/outreach/eventRecords';

export const SERIES: BookletSeries = {
  id: 's1',
  title: 'Interkulturelle Woche 2026',
  motto: 'Dafür!',
  from: '2026-09-20',
  to: '2026-09-27',
  funderCredit: 'Gefördert vom Land Sachsen-Anhalt.',
};

export const ORGS: OutputOrganisation[] = [
  { id: 'o-vhs', name: 'Volkshochschule', email: 'vhs@example.org' },
  { id: 'o-afrika', name: 'Afrikanisches Forum' },
  { id: 'o-caritas', name: 'Caritas' },
  { id: 'o-awo', name: 'AWO' },
];

export function contribution(id: string, over: Partial<ContributionData>): BookletContribution {
  return {
    id,
    kind: 'contribution',
    seriesId: 's1',
    title: `Beitrag ${id}`,
    organisationId: 'o-vhs',
    date: '2026-09-21',
    startTime: '18:00',
    endTime: '20:00',
    venue: 'Rathaus',
    address: 'Markt 1, 38820 Halberstadt',
    accessibility: 'barrierefrei',
    entryFee: 'frei',
    registration: '',
    languages: ['de'],
    targetGroup: 'alle',
    shortText: 'Kurztext',
    contact: '',
    photoCredit: '',
    photoConsent: '',
    status: 'freigegeben',
    activityId: '',
    notes: '',
    ...over,
  };
}

/** Five approved from three organisations, one checked, one submitted, one of another series. */
export const CONTRIBUTIONS: BookletContribution[] = [
  contribution('c5', {
    title: 'Fußballturnier',
    organisationId: 'o-caritas',
    date: '2026-09-26',
    startTime: '10:00',
    endTime: '16:00',
    venue: 'Sportplatz',
    address: 'Lindenstraße 20, Quedlinburg',
  }),
  contribution('c2', { title: 'Zumba', date: '2026-09-21', startTime: '18:00', endTime: '' }),
  contribution('c1', {
    title: 'Eröffnung',
    organisationId: 'o-afrika',
    date: '2026-09-21',
    startTime: '17:00',
    languages: ['de', 'ar'],
  }),
  contribution('c3', {
    title: 'Abendessen',
    organisationId: 'o-afrika',
    date: '2026-09-21',
    startTime: '18:00',
  }),
  contribution('c4', {
    title: 'Ausstellung',
    organisationId: 'o-afrika',
    date: '2026-09-22',
    startTime: '',
    endTime: '',
    venue: '',
  }),
  contribution('c6', {
    title: 'Sprachcafé',
    status: 'geprueft',
    organisationId: 'o-caritas',
    shortText: '',
    photoCredit: 'Foto: Samir',
  }),
  contribution('c7', {
    title: 'Fest',
    status: 'eingereicht',
    organisationId: 'o-awo',
    venue: '',
    startTime: '',
  }),
  contribution('x1', { title: 'Andere Reihe', seriesId: 's2' }),
];
