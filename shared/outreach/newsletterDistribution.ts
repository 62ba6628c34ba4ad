// The newsletter's distribution list: the network's organisations with an e-mail address, and the
// persons who consented to receive it. A person counts only with a consent whose purpose names the
// newsletter, given by today and not withdrawn by today, and with an e-mail address; everyone else
// is never on the list (the count of those left out is shown, not who they are).
import { isEmailAddress } from '../codecs/emailAddress';
import { toExcelCsv } from '../codecs/csv';
import type { CalendarDay } from '../domain/calendarDay';
import { personName, type Consent, type PersonData } from '../domain/network';
import type { Language } from '../domain/settings';

export interface Recipient {
  name: string;
  organisation: string;
  email: string;
  kind: 'organisation' | 'person';
}

export interface DistributionList {
  recipients: Recipient[];
  /** Persons with an e-mail address but no valid newsletter consent: left out. */
  withoutConsent: number;
  /** Persons who consented but have no usable e-mail address. */
  consentWithoutEmail: number;
}

/** Words that turn a purpose naming the newsletter into a refusal ("kein Newsletter", "abbestellt"). */
const NEGATION =
  /\b(kein\w*|nicht|ohne|abbestellt|abgemeldet|abgelehnt|widerruf\w*|widersproch\w*|no|not|unsubscribed)\b/i;

/**
 * Consent for the purpose "Newsletter" that holds on `today`: one of the purposes (the free text
 * split at commas, semicolons, slashes and "und") begins with "Newsletter", and no word in it says
 * no. In doubt nobody is added: "Netzwerkkontakt (kein Newsletter)" or "Newsletter abbestellt" are
 * not a consent.
 */
export function hasNewsletterConsent(consent: Consent | null | undefined, today: CalendarDay): boolean {
  if (!consent) return false;
  if (NEGATION.test(consent.purpose)) return false;
  const purposes = consent.purpose.split(/[,;/+&]|\bund\b/i).map((p) => p.trim());
  if (!purposes.some((p) => /^newsletter\b/i.test(p))) return false;
  if (!consent.givenOn || consent.givenOn > today) return false;
  return consent.withdrawnOn === '' || consent.withdrawnOn > today;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

export function distributionList(
  organisations: ReadonlyArray<{ id: string; name: string; email: string }>,
  persons: ReadonlyArray<Pick<PersonData, 'firstName' | 'lastName' | 'email' | 'organisationId' | 'consent'>>,
  today: CalendarDay,
): DistributionList {
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  // One row per address: a person using the organisation's address gets the newsletter once.
  const add = (r: Recipient) => {
    const key = r.email.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    recipients.push(r);
  };
  for (const o of [...organisations].sort((a, b) => collator.compare(a.name, b.name))) {
    const email = o.email.trim();
    if (isEmailAddress(email)) add({ name: o.name, organisation: o.name, email, kind: 'organisation' });
  }
  let withoutConsent = 0;
  let consentWithoutEmail = 0;
  const sortedPersons = [...persons].sort(
    (a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
  );
  for (const p of sortedPersons) {
    const email = p.email.trim();
    const consented = hasNewsletterConsent(p.consent, today);
    if (!isEmailAddress(email)) {
      if (consented) consentWithoutEmail++;
      continue;
    }
    if (!consented) {
      withoutConsent++;
      continue;
    }
    add({ name: personName(p), organisation: orgName.get(p.organisationId) ?? '', email, kind: 'person' });
  }
  return { recipients, withoutConsent, consentWithoutEmail };
}

const CSV_LABELS = {
  de: { header: ['Name', 'Organisation', 'E-Mail', 'Art'], organisation: 'Organisation', person: 'Person' },
  en: { header: ['Name', 'Organisation', 'E-mail', 'Type'], organisation: 'Organisation', person: 'Person' },
} as const;

/** The list as CSV for a mail merge (`;`, UTF-8 with BOM, text defused by the one CSV writer). */
export function distributionCsv(list: DistributionList, language: Language): string {
  const L = CSV_LABELS[language];
  return toExcelCsv([L.header, ...list.recipients.map((r) => [r.name, r.organisation, r.email, L[r.kind]])], {
    decimalComma: language !== 'en',
  });
}
