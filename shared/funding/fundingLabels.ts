// The wording of the funding exports (Belegliste and zahlenmäßiger Nachweis, XLSX and CSV). The
// documents go to the granting authority in German; English is offered for the app's second language.
import type { Language } from '../domain/settings';

const de = {
  receiptList: 'Belegliste',
  proofStatement: 'Zahlenmäßiger Nachweis',
  /** The title block above the table. */
  project: 'Vorhaben',
  recipient: 'Zuwendungsempfänger',
  period: 'Zeitraum',
  reference: 'Aktenzeichen',
  asOf: 'Stand',
  notSet: 'ohne Angabe',
  columns: {
    line: 'Planposition',
    number: 'Belegnummer',
    date: 'Datum',
    party: 'Empfänger/Einzahler',
    purpose: 'Verwendungszweck',
    amount: 'Betrag (€)',
    planned: 'Soll (€)',
    ownSharePlanned: 'Eigenanteil geplant (€)',
    actual: 'Ist (€)',
    deviation: 'Abweichung (€)',
  },
  /** Receipts booked on no line of the plan (or on a line no longer in it). */
  noLine: 'ohne Planposition',
  sum: 'Summe',
  total: 'Gesamt',
  /** The financing part of the Nachweis. */
  financing: 'Finanzierung',
  grant: 'Bewilligte Zuwendung',
  drawn: 'Abgerufene Mittel',
  ownShareActual: 'Eigenanteil tatsächlich',
  unspent: 'Nicht verbrauchte Mittel',
};

export type FundingExportLabels = typeof de;

const en: FundingExportLabels = {
  receiptList: 'List of receipts',
  proofStatement: 'Numerical statement',
  project: 'Project',
  recipient: 'Grant recipient',
  period: 'Period',
  reference: 'Reference',
  asOf: 'As of',
  notSet: 'not stated',
  columns: {
    line: 'Plan line',
    number: 'Receipt number',
    date: 'Date',
    party: 'Payee/payer',
    purpose: 'Purpose',
    amount: 'Amount (€)',
    planned: 'Planned (€)',
    ownSharePlanned: 'Own share planned (€)',
    actual: 'Actual (€)',
    deviation: 'Deviation (€)',
  },
  noLine: 'no plan line',
  sum: 'Subtotal',
  total: 'Total',
  financing: 'Financing',
  grant: 'Grant awarded',
  drawn: 'Funds drawn',
  ownShareActual: 'Own share actual',
  unspent: 'Unspent funds',
};

export function fundingExportLabels(language: Language): FundingExportLabels {
  return language === 'en' ? en : de;
}

// ---------- Sachbericht ----------
// The narrative part of the Verwendungsnachweis (sachbericht.ts). Sentences that carry figures are
// functions of the already formatted figures; counts pick the singular or plural themselves.

const sachberichtDe = {
  title: 'Sachbericht zum Verwendungsnachweis',
  awardDate: 'Zuwendungsbescheid vom',
  sections: {
    goals: 'Ziele und Zweck des Vorhabens',
    measures: 'Durchgeführte Maßnahmen und Ergebnisse',
    finances: 'Finanzielle Abwicklung',
    deviations: 'Abweichungen vom Finanzierungsplan',
    outlook: 'Ausblick / Nachhaltigkeit',
  },
  /** Text for the office to write, marked by the square brackets. */
  placeholders: {
    goals:
      '[Bitte ergänzen: Ziele und Zweck des Vorhabens, wie sie der Zuwendungsbescheid festlegt, und die Zielgruppen.]',
    goalsReached:
      '[Bitte ergänzen: Inwieweit wurden die Ziele erreicht? Was hat sich bewährt, was nicht, und warum?]',
    measures: '[Bitte ergänzen: Welche Maßnahmen wurden in diesem Bereich durchgeführt, was wurde erreicht?]',
    deviations:
      '[Bitte ergänzen: Begründung der Abweichungen (z. B. Preissteigerungen, geänderter Bedarf, Verzögerungen) und ob sie mit der Bewilligungsbehörde abgestimmt wurden.]',
    noDeviations: '[Bitte prüfen und ggf. ergänzen: weitere Abweichungen vom Finanzierungs- oder Zeitplan.]',
    outlook:
      '[Bitte ergänzen: Wie wird die Arbeit nach Ende des Förderzeitraums fortgeführt? Welche Angebote, Strukturen und Kooperationen bleiben bestehen?]',
  },
  keyFigures: 'Kennzahlen im Überblick',
  figureColumns: ['Merkmal', 'Wert'],
  measuresIntro: (p: { period: string; inquiries: number; activities: number; hours: number }, f: Figures) =>
    `Im Zeitraum des Vorhabens (${p.period}) sind im Tätigkeitsprotokoll ${f.count(p.inquiries)} ${p.inquiries === 1 ? 'Anfrage' : 'Anfragen'} und ${f.count(p.activities)} ${p.activities === 1 ? 'Aktivität' : 'Aktivitäten'} mit einem Zeitaufwand von insgesamt ${f.count(p.hours)} ${p.hours === 1 ? 'Stunde' : 'Stunden'} erfasst. Die folgenden Zahlen stammen aus diesem Protokoll.`,
  planTable: 'Ausgaben nach Positionen des Finanzierungsplans',
  spending: (p: { planned: string; ownShare: string; actual: string; receipts: number }, f: Figures) =>
    `Geplant waren Ausgaben von ${p.planned} (davon Eigenanteil ${p.ownShare}). Tatsächlich ausgegeben wurden ${p.actual}, belegt durch ${f.count(p.receipts)} ${p.receipts === 1 ? 'Beleg' : 'Belege'}.`,
  funding: (p: { grant: string; drawn: string; ownShareActual: string; awarded: boolean }) =>
    `Von der ${p.awarded ? 'bewilligten' : 'geplanten'} Zuwendung über ${p.grant} wurden ${p.drawn} abgerufen; der tatsächliche Eigenanteil beträgt ${p.ownShareActual}.`,
  unspent: (p: { unspent: string }) =>
    `Abgerufen, aber nicht verbraucht wurden ${p.unspent}; sie sind zurückzuzahlen, soweit sie nicht mehr zweckentsprechend verwendet werden können.`,
  seeProof: 'Die einzelnen Belege sind in der Belegliste aufgeführt, die Zahlen im zahlenmäßigen Nachweis.',
  deviationsIntro:
    'Positionen, bei denen das Ist um mehr als 20 % vom Soll abweicht oder das Soll überschritten ist:',
  noDeviations: 'Keine Position weicht um mehr als 20 % vom Soll ab, und keine ist überschritten.',
  deviation: (p: { category: string; planned: string; actual: string; change: string; overspent: boolean }) =>
    `${p.category}: Ist ${p.actual} bei Soll ${p.planned} (${p.change})${p.overspent ? ' – überschritten' : ''}`,
  notPlanned: 'nicht geplant',
  unassigned: (p: { actual: string }) =>
    `Belege ohne Planposition: ${p.actual} – bitte einer Position des Finanzierungsplans zuordnen`,
  closing: [
    'Ort, Datum: ________________________',
    'Rechtsverbindliche Unterschrift: ________________________',
  ],
};

/** Formatters the sentences use (bound to the document's language). */
export interface Figures {
  count: (n: number) => string;
}

export type SachberichtLabels = typeof sachberichtDe;

const sachberichtEn: SachberichtLabels = {
  title: 'Narrative report for the proof of use',
  awardDate: 'Notice of award of',
  sections: {
    goals: 'Aims and purpose of the project',
    measures: 'Measures carried out and results',
    finances: 'Financial implementation',
    deviations: 'Deviations from the financing plan',
    outlook: 'Outlook / sustainability',
  },
  placeholders: {
    goals:
      '[Please add: the aims and purpose of the project as set out in the notice of award, and its target groups.]',
    goalsReached: '[Please add: to what extent were the aims achieved? What worked, what did not, and why?]',
    measures: '[Please add: which measures were carried out in this area, and what was achieved?]',
    deviations:
      '[Please add: the reasons for the deviations (e.g. price increases, changed needs, delays) and whether they were agreed with the granting authority.]',
    noDeviations:
      '[Please check and add if needed: other deviations from the financing plan or the schedule.]',
    outlook:
      '[Please add: how will the work continue after the funding period? Which services, structures and partnerships remain?]',
  },
  keyFigures: 'Key figures',
  figureColumns: ['Item', 'Value'],
  measuresIntro: (p, f) =>
    `During the project period (${p.period}) the activity log records ${f.count(p.inquiries)} ${p.inquiries === 1 ? 'inquiry' : 'inquiries'} and ${f.count(p.activities)} ${p.activities === 1 ? 'activity' : 'activities'}, with ${f.count(p.hours)} ${p.hours === 1 ? 'hour' : 'hours'} spent in total. The figures below come from this log.`,
  planTable: 'Expenditure by line of the financing plan',
  spending: (p, f) =>
    `Planned expenditure was ${p.planned} (own share ${p.ownShare}). Actual expenditure was ${p.actual}, proven by ${f.count(p.receipts)} ${p.receipts === 1 ? 'receipt' : 'receipts'}.`,
  funding: (p) =>
    `Of the ${p.awarded ? 'grant awarded' : 'grant planned'} of ${p.grant}, ${p.drawn} were drawn; the actual own share is ${p.ownShareActual}.`,
  unspent: (p) =>
    `${p.unspent} were drawn but not spent; they are to be paid back unless they can still be used for the purpose.`,
  seeProof:
    'The individual receipts are listed in the list of receipts, the figures in the numerical statement.',
  deviationsIntro:
    'Lines whose actual amount differs from the planned amount by more than 20 % or exceeds it:',
  noDeviations: 'No line differs from its planned amount by more than 20 %, and none is exceeded.',
  deviation: (p) =>
    `${p.category}: actual ${p.actual} against planned ${p.planned} (${p.change})${p.overspent ? ' – exceeded' : ''}`,
  notPlanned: 'not planned',
  unassigned: (p) =>
    `Receipts on no plan line: ${p.actual} – please assign them to a line of the financing plan`,
  closing: ['Place, date: ________________________', 'Legally binding signature: ________________________'],
};

export function sachberichtLabels(language: Language): SachberichtLabels {
  return language === 'en' ? sachberichtEn : sachberichtDe;
}
