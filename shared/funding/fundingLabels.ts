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
    line: 'Budget line',
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
  noLine: 'no budget line',
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
