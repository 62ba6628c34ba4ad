// The funding file (Fördermittel): programmes, Vorhaben (funded projects or the office's own posts)
// with their notice of award, financing plan and payment requests, receipts, and the applications of
// network organisations the office advises. All kept in one table ("funding"), told apart by `kind`.
//
// Money is an integer count of cents everywhere (numberInput.ts reads "1.234,56 €" digit by digit):
// sums are exact, never binary fractions.
import { z } from 'zod';
import { isValidDay, type CalendarDay } from '../domain/calendarDay';
import { maxChars, maxEuro } from '../domain/limitMessage';

export const FUNDING_KINDS = ['programme', 'project', 'receipt', 'application'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

/** Vorhaben: Idee → beantragt → bewilligt → Nachweis eingereicht → geprüft → abgeschlossen (or abgelehnt). */
export const PROJECT_STATUSES = [
  'idee',
  'beantragt',
  'bewilligt',
  'nachweis',
  'geprueft',
  'abgeschlossen',
  'abgelehnt',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** An advised application of a network organisation. */
export const APPLICATION_STATUSES = [
  'vorbereitung',
  'eingereicht',
  'bewilligt',
  'abgelehnt',
  'zurueckgezogen',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Largest amount a field takes: 100 million euros (below 2^53 cents by far; sums stay exact). */
export const MAX_CENTS = 100_000_000_00;

export interface ProgrammeData {
  kind: 'programme';
  /** Fördermittelgeber: Bund, Land, EU, Stiftung … */
  funder: string;
  /** Programme or directive ("Erlass zur Stärkung der kommunalen Migrationsarbeit"). */
  name: string;
  /** Version or date of the directive's text. */
  version: string;
  /** Funding rate in whole percent ("bis zu 90 %"); null when not fixed. */
  ratePercent: number | null;
  /** Cap per Vorhaben; null when none. */
  capCents: number | null;
  /** Bewilligungsbehörde. */
  authority: string;
  /** Application deadlines (Antragsfristen). */
  deadlines: CalendarDay[];
  notes: string;
  link: string;
}

export interface AwardData {
  /** Day of the notice of award (Zuwendungsbescheid); '' while none. */
  date: string;
  reference: string;
  amountCents: number | null;
  conditions: string;
  /** Proof-of-use deadline; '' means the default: end of the period plus six months. */
  proofDue: string;
}

/** A line of the financing plan (Finanzierungsplan): a category of expenditure. */
export interface PlanLine {
  id: string;
  category: string;
  plannedCents: number;
  /** Part of the planned amount the office (or the applicant) bears itself. */
  ownShareCents: number;
}

/** A payment request (Mittelabruf): funds drawn from the granting authority. */
export interface PaymentRequest {
  id: string;
  date: CalendarDay;
  amountCents: number;
  note: string;
}

export interface ProjectData {
  kind: 'project';
  title: string;
  purpose: string;
  /** '' when the Vorhaben belongs to no programme kept here. */
  programmeId: string;
  from: CalendarDay;
  to: CalendarDay;
  status: ProjectStatus;
  award: AwardData;
  plan: PlanLine[];
  payments: PaymentRequest[];
  /** Day the proof of use was handed in; receipts are kept five years from it. */
  proofSubmittedOn: string;
  notes: string;
}

export interface ReceiptData {
  kind: 'receipt';
  projectId: string;
  /** Belegnummer. */
  number: string;
  date: CalendarDay;
  /** Empfänger/in or Einzahler/in. */
  party: string;
  purpose: string;
  amountCents: number;
  /** The plan line it is booked on; '' when not yet assigned. */
  lineId: string;
  note: string;
  /** Set by the Löschfristen five years after the proof of use: payee and purpose are gone. */
  anonymisedAt?: string;
}

export interface ApplicationData {
  kind: 'application';
  organisationId: string;
  programmeId: string;
  title: string;
  deadline: string;
  amountCents: number | null;
  status: ApplicationStatus;
  notes: string;
}

export type FundingData = ProgrammeData | ProjectData | ReceiptData | ApplicationData;

type WithId<T> = T & { id: string; createdAt: string; changedAt: string };
export type Programme = WithId<ProgrammeData>;
export type Project = WithId<ProjectData>;
export type Receipt = WithId<ReceiptData>;
export type Application = WithId<ApplicationData>;

// ---------- Forms ----------
const text = (max = 500) => z.string().trim().max(max, maxChars(max));
/** A funding day lies in this century: a half-typed "31.03.6" (year 0006) is refused, not saved. */
const inCentury = (d: string) => d >= '2000-01-01' && d <= '2099-12-31';
const day = z
  .string()
  .refine(isValidDay, 'funding.validation.dayInvalid')
  .refine(inCentury, 'funding.validation.dayRange');
const optionalDay = z
  .string()
  .refine((d) => d === '' || isValidDay(d), 'funding.validation.dayInvalid')
  .refine((d) => d === '' || inCentury(d), 'funding.validation.dayRange');
const cents = z
  .number({ error: 'funding.validation.amountRequired' })
  .int('validation.wholeNumber')
  .max(MAX_CENTS, maxEuro(MAX_CENTS));
const positiveCents = cents.min(1, 'funding.validation.amountPositive');
const optionalCents = cents.min(0, 'validation.notNegative').nullable();

export const programmeDraftSchema = z.object({
  funder: text(200),
  name: text(300).min(1, 'funding.validation.nameRequired'),
  version: text(200),
  ratePercent: z.number().int('validation.wholeNumber').min(0).max(100, 'funding.validation.rate').nullable(),
  capCents: optionalCents,
  authority: text(200),
  /** Objects, not days: a form's list of fields needs them. */
  deadlines: z.array(z.object({ day })),
  notes: text(20000),
  link: text(1000),
});
export type ProgrammeDraft = z.infer<typeof programmeDraftSchema>;

export const planLineSchema = z
  .object({
    id: z.string(),
    category: text(200).min(1, 'funding.validation.categoryRequired'),
    plannedCents: cents.min(0, 'validation.notNegative'),
    ownShareCents: cents.min(0, 'validation.notNegative'),
  })
  .refine((l) => l.ownShareCents <= l.plannedCents, {
    message: 'funding.validation.ownShareAbovePlan',
    path: ['ownShareCents'],
  });

export const projectDraftSchema = z
  .object({
    title: text(300).min(1, 'validation.titleRequired'),
    purpose: text(5000),
    programmeId: z.string(),
    from: day,
    to: day,
    status: z.enum(PROJECT_STATUSES),
    awardDate: optionalDay,
    awardReference: text(200),
    awardAmountCents: optionalCents,
    awardConditions: text(20000),
    proofDue: optionalDay,
    proofSubmittedOn: optionalDay,
    plan: z.array(planLineSchema),
    notes: text(20000),
  })
  .refine((p) => p.to >= p.from, { message: 'funding.validation.periodOrder', path: ['to'] })
  .refine((p) => !awardRequired(p.status) || p.awardAmountCents !== null, {
    message: 'funding.validation.awardRequired',
    path: ['awardAmountCents'],
  })
  .refine((p) => !awardRequired(p.status) || p.awardDate !== '', {
    message: 'funding.validation.awardRequired',
    path: ['awardDate'],
  });
export type ProjectDraft = z.infer<typeof projectDraftSchema>;

export const paymentDraftSchema = z.object({
  date: day,
  amountCents: positiveCents
    .nullable()
    .refine((v): boolean => v !== null, 'funding.validation.amountRequired'),
  note: text(500),
});
export type PaymentDraft = z.infer<typeof paymentDraftSchema>;

export const receiptDraftSchema = z.object({
  number: text(50).min(1, 'funding.validation.numberRequired'),
  date: day,
  party: text(300).min(1, 'funding.validation.partyRequired'),
  purpose: text(500).min(1, 'funding.validation.purposeRequired'),
  amountCents: positiveCents
    .nullable()
    .refine((v): boolean => v !== null, 'funding.validation.amountRequired'),
  lineId: z.string(),
  note: text(2000),
});
export type ReceiptDraft = z.infer<typeof receiptDraftSchema>;

export const applicationDraftSchema = z.object({
  organisationId: z.string().min(1, 'funding.validation.organisationRequired'),
  programmeId: z.string(),
  title: text(300).min(1, 'validation.titleRequired'),
  deadline: optionalDay,
  amountCents: optionalCents,
  status: z.enum(APPLICATION_STATUSES),
  notes: text(20000),
});
export type ApplicationDraft = z.infer<typeof applicationDraftSchema>;

/** From "bewilligt" on, a Vorhaben has a notice of award: its day and amount. */
export function awardRequired(status: ProjectStatus): boolean {
  return (
    status === 'bewilligt' || status === 'nachweis' || status === 'geprueft' || status === 'abgeschlossen'
  );
}

// ---------- Draft ↔ data ----------
export function emptyProgrammeDraft(): ProgrammeDraft {
  return {
    funder: '',
    name: '',
    version: '',
    ratePercent: null,
    capCents: null,
    authority: '',
    deadlines: [],
    notes: '',
    link: '',
  };
}

export function programmeToDraft(p: ProgrammeData): ProgrammeDraft {
  const { kind: _kind, ...draft } = p;
  return { ...draft, deadlines: p.deadlines.map((d) => ({ day: d })) };
}

export function programmeDraftToData(d: ProgrammeDraft): ProgrammeData {
  return { kind: 'programme', ...d, deadlines: [...new Set(d.deadlines.map((x) => x.day))].sort() };
}

export function projectToDraft(p: ProjectData): ProjectDraft {
  return {
    title: p.title,
    purpose: p.purpose,
    programmeId: p.programmeId,
    from: p.from,
    to: p.to,
    status: p.status,
    awardDate: p.award.date,
    awardReference: p.award.reference,
    awardAmountCents: p.award.amountCents,
    awardConditions: p.award.conditions,
    proofDue: p.award.proofDue,
    proofSubmittedOn: p.proofSubmittedOn,
    plan: p.plan.map((l) => ({ ...l })),
    notes: p.notes,
  };
}

/** The form's values as stored; payments are kept from the stored Vorhaben (edited on their own). */
export function projectDraftToData(d: ProjectDraft, previous: ProjectData | undefined): ProjectData {
  return {
    kind: 'project',
    title: d.title,
    purpose: d.purpose,
    programmeId: d.programmeId,
    from: d.from,
    to: d.to,
    status: d.status,
    award: {
      date: d.awardDate,
      reference: d.awardReference,
      amountCents: d.awardAmountCents,
      conditions: d.awardConditions,
      proofDue: d.proofDue,
    },
    plan: d.plan.map((l) => ({ ...l })),
    payments: previous?.payments ?? [],
    proofSubmittedOn: d.proofSubmittedOn,
    notes: d.notes,
  };
}

export function receiptToDraft(r: ReceiptData): ReceiptDraft {
  const { kind: _kind, projectId: _project, anonymisedAt: _anonymised, ...draft } = r;
  return draft;
}

export function receiptDraftToData(d: ReceiptDraft, projectId: string): ReceiptData {
  return { kind: 'receipt', projectId, ...d, amountCents: d.amountCents ?? 0 };
}

export function applicationToDraft(a: ApplicationData): ApplicationDraft {
  const { kind: _kind, ...draft } = a;
  return draft;
}

export function applicationDraftToData(d: ApplicationDraft): ApplicationData {
  return { kind: 'application', ...d };
}
