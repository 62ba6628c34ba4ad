// The demo office's Newsletter Integration: the last two full quarters' issues, with a greeting,
// network news, a topic and the Impressum; the Rückblick and Ankündigungen fill themselves from the
// demo's activities. Some of the demo's people agreed to receive the newsletter (their consent's
// purpose names it, one has withdrawn it), so the distribution list shows both sides.
import { addMonths, endOfQuarter, format, getQuarter, startOfQuarter } from 'date-fns';
import type { RecordMeta } from '../domain/recordMeta';
import type { Consent } from '../domain/network';
import { defaultImpressum } from '../outreach/newsletterIssue';
import type { NewsletterData } from '../outreach/newsletterRecords';

interface Generated<T> {
  id: string;
  payload: { data: T; meta: RecordMeta };
}

const meta = (stamp: string): RecordMeta => ({
  createdAt: stamp,
  changedAt: stamp,
  deviceId: 'd-bench',
  rev: 0,
});
const day = (d: Date) => format(d, 'yyyy-MM-dd');

const TEXTS: Array<NewsletterData['texts']> = [
  {
    grusswort:
      'Liebe Leserinnen und Leser,\nder Frühling war voller Begegnungen: Danke allen, die mit uns Neuzugewanderten den Weg in den Landkreis erleichtern.',
    netzwerk:
      'Die Migrationsberatung hat neue Sprechzeiten in Wernigerode. Der Arbeitskreis Sprache trifft sich ab jetzt im Wechsel in Halberstadt und Quedlinburg.',
    thema:
      'Anerkennung ausländischer Berufsabschlüsse: Wer berät, welche Unterlagen braucht es, und wie lange dauert ein Verfahren?',
  },
  {
    grusswort:
      'Liebe Leserinnen und Leser,\nder Herbst steht im Zeichen der Interkulturellen Woche. Wir freuen uns auf viele Veranstaltungen mit Ihnen.',
    beratung:
      'Neu: Sprachmittlung per Video für Beratungsgespräche in Arabisch, Dari und Ukrainisch – bitte eine Woche vorher anfragen.',
    thema:
      'Ehrenamt in der Integrationsarbeit: Was Integrationslotsinnen und -lotsen leisten und wie man dazukommt.',
  },
];

/**
 * Two issues (the last two full quarters before `now`, numbered by quarter) and a newsletter
 * consent for some people: every fifth person with an address gets "Netzwerkkontakt, Newsletter",
 * one in 25 a "Newsletter" consent withdrawn last year. Changes those persons in place.
 */
export function demoNewsletter(
  now: Date,
  persons: ReadonlyArray<Generated<unknown>>,
  settings: { payload: { data: unknown } },
): { outreach: Array<Generated<NewsletterData>> } {
  const { officeName, district } = settings.payload.data as { officeName: string; district: string };
  persons.forEach((p, i) => {
    const data = p.payload.data as { email: string; consent: Consent | null };
    if (!data.email || !data.consent) return;
    if (i % 25 === 6)
      data.consent = {
        purpose: 'Newsletter Integration',
        givenOn: data.consent.givenOn,
        withdrawnOn:
          `${now.getFullYear() - 1}-03-15` > data.consent.givenOn ? `${now.getFullYear() - 1}-03-15` : '',
      };
    else if (i % 5 === 1) data.consent = { ...data.consent, purpose: 'Netzwerkkontakt, Newsletter' };
  });

  const impressum = defaultImpressum({ officeName, district }, 'de');
  const quarters = [addMonths(now, -6), addMonths(now, -3)].map((d) => startOfQuarter(d));
  return {
    outreach: quarters.map((start, i) => {
      const end = endOfQuarter(start);
      // Written in the last weeks of its quarter, changed last a few days after it.
      const stamp = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 3, 11).toISOString();
      return {
        id: `nl-demo-${i + 1}`,
        payload: {
          data: {
            kind: 'newsletter',
            number: getQuarter(start),
            year: start.getFullYear(),
            from: day(start),
            to: day(end),
            texts: { ...TEXTS[i], impressum },
            excludedIds: [],
          },
          meta: meta(stamp),
        },
      };
    }),
  };
}
