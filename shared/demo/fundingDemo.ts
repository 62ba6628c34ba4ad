// The demo office's funding file: the state programme that funds the office's own posts, the state
// integration fund, this year's and last year's Vorhaben with their receipts, and two applications
// of network associations the office advises. Deadlines come with their Wiedervorlagen, as the app
// would have made them.
import { addMonths, format } from 'date-fns';
import type { FollowupData } from '../domain/followup';
import type { RecordMeta } from '../domain/recordMeta';
import { deadlinesOf, reconcileFollowups, type FundingDeadline } from '../funding/deadlines';
import type {
  ApplicationData,
  FundingData,
  PlanLine,
  ProgrammeData,
  ProjectData,
  ReceiptData,
} from '../funding/fundingRecords';

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

/** The German follow-up titles (funding.deadlines.followupTitles in the UI's texts). */
const TITLES: Record<FundingDeadline['kind'], (d: FundingDeadline) => string> = {
  proof: (d) => `Verwendungsnachweis einreichen: ${d.subject}`,
  spend: (d) => {
    const [y, m, day] = (d.detail ?? '').split('-');
    return `Mittelabruf vom ${day}.${m}.${y} verbraucht? ${d.subject}`;
  },
  programme: (d) => `Antragsfrist: ${d.subject}`,
  application: (d) => `Antragsfrist (beratener Antrag): ${d.subject}`,
};

function day(year: number, month: number, date: number): string {
  return format(new Date(year, month - 1, date), 'yyyy-MM-dd');
}

function plan(prefix: string): PlanLine[] {
  return [
    {
      id: `${prefix}-personal`,
      category: 'Personalausgaben',
      plannedCents: 13_200_000,
      ownShareCents: 1_320_000,
    },
    { id: `${prefix}-sach`, category: 'Sachausgaben', plannedCents: 800_000, ownShareCents: 80_000 },
    {
      id: `${prefix}-honorar`,
      category: 'Honorare Sprachmittlung',
      plannedCents: 400_000,
      ownShareCents: 40_000,
    },
  ];
}

/** A year's Vorhaben for the office's two posts; receipts and payments up to `until`. */
function yearProject(
  id: string,
  year: number,
  until: string,
  status: ProjectData['status'],
  proofSubmittedOn: string,
): { project: ProjectData; receipts: Array<{ id: string; data: ReceiptData }> } {
  const lines = plan(id);
  const receipts: Array<{ id: string; data: ReceiptData }> = [];
  let n = 0;
  const add = (date: string, party: string, purpose: string, amountCents: number, line: number) => {
    if (date > until) return;
    n++;
    receipts.push({
      id: `${id}-b${n}`,
      data: {
        kind: 'receipt',
        projectId: id,
        number: `${year}-${String(n).padStart(3, '0')}`,
        date,
        party,
        purpose,
        amountCents,
        lineId: lines[line]!.id,
        note: '',
      },
    });
  };
  const months = [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ];
  for (let m = 1; m <= 12; m++) {
    const last = format(addMonths(new Date(year, m - 1, 1), 1).getTime() - 86_400_000, 'yyyy-MM-dd');
    add(last, 'Landkreis Harz, Personalamt', `Personalkosten ${months[m - 1]} (2 Stellen)`, 1_098_000, 0);
    if (m % 3 === 0) add(day(year, m, 14), 'Bürobedarf Harz GmbH', 'Büromaterial', 12_000 + m * 731, 1);
    if (m % 2 === 0)
      add(
        day(year, m, 20),
        'Dolmetscherdienst Harz e.V.',
        'Sprachmittlung Beratungsgespräche',
        28_000 + m * 1_250,
        2,
      );
  }
  add(day(year, 9, 28), 'Druckerei Harzdruck', 'Flyer und Plakate Interkulturelle Woche', 61_240, 1);
  add(day(year, 9, 30), 'Gemeindehaus St. Marien', 'Raummiete Fest der Begegnung', 45_000, 1);
  // Every two months what the next two months need: drawn funds are spent within two months.
  const payments = [1, 3, 5, 7, 9, 11]
    .map((m, i) => ({
      id: `${id}-m${i + 1}`,
      date: day(year, m, 15),
      amountCents: 1_900_000,
      note: `${i + 1}. Abruf`,
    }))
    .filter((p) => p.date <= until);
  return {
    project: {
      kind: 'project',
      title: `Koordinierungsstelle für Integration ${year}`,
      purpose:
        'Personal- und Sachausgaben der Koordinierungsstelle (zwei Stellen) nach dem Erlass zur Stärkung der kommunalen Migrationsarbeit.',
      programmeId: 'demo-prog-kommunal',
      from: day(year, 1, 1),
      to: day(year, 12, 31),
      status,
      award: {
        date: day(year, 2, 12),
        reference: `LVwA 203.2-21/${String(year).slice(2)}`,
        amountCents: 12_780_000,
        conditions: 'ANBest-P; Mittel nur für fällige Zahlungen innerhalb von zwei Monaten abrufen.',
        proofDue: '',
      },
      plan: lines,
      payments,
      proofSubmittedOn,
      notes: '',
    },
    receipts,
  };
}

/** The funding file, and the follow-ups its deadlines have. `organisations`: the demo network's ids. */
export function demoFunding(now: Date, organisationIds: readonly string[]) {
  const stamp = now.toISOString();
  const today = format(now, 'yyyy-MM-dd');
  const year = now.getFullYear();
  const programmes: Array<{ id: string; data: ProgrammeData }> = [
    {
      id: 'demo-prog-kommunal',
      data: {
        kind: 'programme',
        funder: 'Land Sachsen-Anhalt, Ministerium für Inneres und Sport',
        name: 'Erlass zur Stärkung der kommunalen Migrationsarbeit',
        version: 'Fassung vom 01.01.' + (year - 1),
        ratePercent: 90,
        capCents: null,
        authority: 'Landesverwaltungsamt Sachsen-Anhalt',
        deadlines: [],
        notes:
          'Verwendungsnachweis: zahlenmäßiger Nachweis, Belegliste und Sachbericht spätestens 6 Monate nach Ende des Förderzeitraums; Belege 5 Jahre aufbewahren.',
        link: 'https://lvwa.sachsen-anhalt.de',
      },
    },
    {
      id: 'demo-prog-fonds',
      data: {
        kind: 'programme',
        funder: 'Land Sachsen-Anhalt',
        name: 'Richtlinie Integrationsfonds (Projekte von Vereinen)',
        version: '',
        ratePercent: 80,
        capCents: 2_500_000,
        authority: 'Landesverwaltungsamt Sachsen-Anhalt',
        deadlines: [day(year, 10, 31), day(year + 1, 10, 31)],
        notes:
          'Antrag bis 31. Oktober für das Folgejahr; Ziel des Landesintegrationskonzepts und Indikatoren angeben.',
        link: '',
      },
    },
  ];
  const current = yearProject('demo-vorhaben-aktuell', year, today, 'bewilligt', '');
  const previous = yearProject(
    'demo-vorhaben-vorjahr',
    year - 1,
    day(year - 1, 12, 31),
    'nachweis',
    day(year, 6, 18),
  );
  const applications: Array<{ id: string; data: ApplicationData }> = organisationIds
    .slice(0, 2)
    .map((org, i) => ({
      id: `demo-antrag-${i + 1}`,
      data: {
        kind: 'application',
        organisationId: org,
        programmeId: 'demo-prog-fonds',
        title: i === 0 ? 'Sprachcafé und Hausaufgabenhilfe' : 'Begegnungsfest im Stadtteil',
        deadline: day(today <= day(year, 10, 31) ? year : year + 1, 10, 31),
        amountCents: i === 0 ? 1_850_000 : 640_000,
        status: i === 0 ? 'vorbereitung' : 'eingereicht',
        notes: '',
      },
    }));
  const funding: Array<{ id: string; data: FundingData }> = [
    ...programmes,
    { id: 'demo-vorhaben-aktuell', data: current.project },
    { id: 'demo-vorhaben-vorjahr', data: previous.project },
    ...current.receipts,
    ...previous.receipts,
    ...applications,
  ];
  const followups: Array<Generated<FollowupData>> = [];
  for (const { id, data } of funding) {
    const changes = reconcileFollowups(deadlinesOf(id, data, today), [], (d) => TITLES[d.kind](d), now);
    changes.create.forEach((f, i) => {
      // Deadlines already passed were dealt with in time, as in an office in use.
      const data =
        f.due < today
          ? { ...f, status: 'erledigt' as const, doneAt: new Date(`${f.due}T12:00:00`).toISOString() }
          : f;
      followups.push({ id: `${id}-frist-${i + 1}`, payload: { data, meta: meta(stamp) } });
    });
  }
  return {
    funding: funding.map(({ id, data }): Generated<FundingData> => ({
      id,
      payload: { data, meta: meta(stamp) },
    })),
    followups,
  };
}
