// Runs inside Chromium at the app's origin and drives the real storage code (no mocks).
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { openVaultDatabase } from '../../../renderer/data/vaultDatabase';
import { listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import { searchServiceOf } from '../../../renderer/data/search';
import { PALETTE_LIMITS } from '../../../renderer/features/search/paletteLimits';
import { readSettings } from '../../../renderer/data/settings';
import { labelOf } from '../../../shared/domain/categories';
import {
  EMPTY_FILTER,
  filterInquiries,
  prepareTextFilterInSteps,
  sortInquiries,
  type InquiryFilter,
  type InquirySort,
} from '../../../shared/domain/inquiryFilter';
import { readVaultState, setUpVault, unlockVault } from '../../../renderer/data/vault';
import { createBackupFile, readBackupFile, restoreBackup } from '../../../renderer/data/backup';
import {
  generateFollowups,
  generateInquiries,
  generateNetwork,
  linkInquiries,
} from '../../../shared/demo/dataset';
import { listActivities, listOrganisations } from '../../../renderer/data/network';
import { lastContacts } from '../../../shared/domain/network';
import { normalizeTerm } from '../../../shared/search/normalize';
import { computeDashboard, type DashboardQuery } from '../../../shared/stats/dashboard';
import { listFollowups } from '../../../renderer/data/followups';
import { listPersons } from '../../../renderer/data/network';
import { buildAnnualReport } from '../../../shared/report/annualReport';
import { reportCsv } from '../../../shared/report/reportExportRows';
import { reportDocx } from '../../../renderer/features/report/exports/reportDocx';
import { reportXlsx } from '../../../renderer/features/report/exports/reportXlsx';
import { utf8Encode } from '../../../shared/crypto/bytes';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import { snapshotRowAad } from '../../../shared/storage/snapshot';
import { inquiryFingerprint, teamEdits, vaultStats } from './teamEdits';

/**
 * Re-keying at the ten-year size: new vault key, every record re-sealed into a fresh database,
 * pointer flipped, old database deleted. The vault goes on under another database name. Logs the
 * phases (ms since start) for BENCH_DEBUG.
 */
async function timedRekey(vault: Awaited<ReturnType<typeof unlockVault>>): Promise<number> {
  const progress: number[] = [];
  const t0 = performance.now();
  await vault.rekey('manual', (p) => {
    if (progress.length === 0 || p.done === p.total) progress.push(performance.now() - t0);
  });
  const ms = performance.now() - t0;
  const marks = Object.fromEntries(
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('anlaufstelle:rekey-') && m.startTime >= t0)
      .map((m) => [m.name.replace('anlaufstelle:rekey-', ''), Math.round(m.startTime - t0)]),
  );
  console.log(
    `re-keying (ms since start): first progress ${progress[0]?.toFixed(0)}, all written ${progress.at(-1)?.toFixed(0)}, phases ${JSON.stringify(marks)}`,
  );
  return ms;
}

/** The network at `scale` times the ten-year size (600 organisations, 2,000 persons, 5,000 activities). */
function networkAt(scale: number) {
  return generateNetwork(600 * scale, 2000 * scale, 5000 * scale);
}

// Main-thread tasks over 50 ms (the browser's "long tasks"), from page load on.
const longTasks: Array<{ start: number; duration: number }> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

/** The longest main-thread task that started at or after `since` (0 when none was over 50 ms). */
function longestTaskSince(since: number): number {
  return Math.max(0, ...longTasks.filter((t) => t.start >= since).map((t) => t.duration));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const bench = {
  /**
   * The physical floor of an unlock after the key: one read of every snapshot row, their AES-GCM
   * decryption (in parallel, as unlock does) and JSON.parse of each — nothing else. Median of 3.
   */
  async floor(password: string) {
    const db = await openVaultDatabase();
    const state = await readVaultState(db);
    if (state.kind !== 'locked') throw new Error('no vault');
    const vault = await unlockVault(db, state.header, password);
    const key = (vault as unknown as { key: CryptoKey }).key;
    const reads: number[] = [];
    const decrypts: number[] = [];
    const parses: number[] = [];
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      const rows = await db.snapshots.toArray();
      const t1 = performance.now();
      const plain = await Promise.all(
        rows.map((row) =>
          crypto.subtle.decrypt(
            { name: 'AES-GCM', iv: row.iv as BufferSource, additionalData: utf8Encode(snapshotRowAad(row)) },
            key,
            row.ct as BufferSource,
          ),
        ),
      );
      const t2 = performance.now();
      const decoder = new TextDecoder();
      for (const bytes of plain) JSON.parse(decoder.decode(bytes));
      const t3 = performance.now();
      reads.push(t1 - t0);
      decrypts.push(t2 - t1);
      parses.push(t3 - t2);
    }
    db.close();
    const read = median(reads);
    const decrypt = median(decrypts);
    const parse = median(parses);
    return { read, decrypt, parse, total: read + decrypt + parse };
  },

  async seed(inquiries: number, followups: number, password: string, scale: number) {
    const db = await openVaultDatabase();
    const t0 = performance.now();
    const data = generateInquiries(inquiries);
    const tGen = performance.now();
    const vault = await setUpVault(db, password);
    const network = networkAt(scale);
    linkInquiries(data, network.organisations);
    await vault.putMany('inquiries', data);
    await vault.putMany('followups', generateFollowups(followups, data));
    await vault.putAll([
      { table: 'organisations', records: network.organisations },
      { table: 'persons', records: network.persons },
      { table: 'activities', records: network.activities },
    ]);
    const tWrite = performance.now();
    await vault.writeSnapshot();
    const tSnap = performance.now();
    const bytes = data.reduce((sum, r) => sum + JSON.stringify(r.payload).length, 0);
    db.close();
    return {
      generateMs: tGen - t0,
      writeMs: tWrite - tGen,
      snapshotMs: tSnap - tWrite,
      avgRecordBytes: bytes / data.length,
    };
  },

  /**
   * Backup (age file of everything), restore of that file over the same vault (decrypt, check, one
   * transaction, snapshot), and password changes (re-wrap only), at the ten-year size.
   */
  async dataSafety(password: string, scale: number, only?: 'rekey') {
    const db = await openVaultDatabase();
    const state = await readVaultState(db);
    if (state.kind !== 'locked') throw new Error('no vault');
    const vault = await unlockVault(db, state.header, password);
    if (only === 'rekey') return { rekeyMs: await timedRekey(vault) };
    const passphrase = 'BENCH-SICHERUNG-2026-ABCD-EFGH';
    const t0 = performance.now();
    const file = await createBackupFile(vault, passphrase);
    const backupMs = performance.now() - t0;

    const other = `${password}-neu`;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      for (const [from, to] of [
        [password, other],
        [other, password],
      ] as const) {
        const t = performance.now();
        await vault.changePassword(from, to, { rekey: false });
        times.push(performance.now() - t);
      }
    }

    // Restore over the same data (yesterday's backup after a mistake): nothing changed, nothing
    // is rewritten, but the file is still decrypted, checked and compared record by record.
    const t1 = performance.now();
    const backup = await readBackupFile(file, passphrase);
    const readMs = performance.now() - t1;
    await restoreBackup(vault, backup);
    const restoreSameMs = performance.now() - t1;

    // The worst case over existing data: every record changed since the backup, so every row is
    // rewritten. Progress phases are logged with the time each began.
    const changed = RECORD_TABLES.map((table) => ({
      table,
      records: Array.from(vault.store.all(table), (r) => ({
        id: r.id,
        payload: { ...(r.payload as object), benchChanged: true },
      })),
    }));
    await vault.putAll(changed);
    await vault.writeSnapshot();
    const t4 = performance.now();
    const phases: Record<string, number> = {};
    await restoreBackup(vault, await readBackupFile(file, passphrase), (phase) => {
      phases[phase] ??= Math.round(performance.now() - t4);
    });
    const restoreMs = performance.now() - t4;
    console.log(`restore phases (ms since start): ${JSON.stringify(phases)}`);
    // The quick-start snapshot follows in the background once the restore is durable.
    const t3 = performance.now();
    await vault.writeSnapshot();
    const snapshotMs = performance.now() - t3;

    // Re-keying at the ten-year size: new vault key, every record re-sealed into a fresh database,
    // pointer flipped, old database deleted. It closes and deletes the old database
    // itself; the vault goes on under another database name.
    const rekeyMs = await timedRekey(vault);

    // The migration case: the same file into a new, empty vault.
    const emptyDb = new AnlaufstelleDb('bench-restore-empty');
    const fresh = await setUpVault(emptyDb, password);
    const t2 = performance.now();
    await restoreBackup(fresh, await readBackupFile(file, passphrase));
    const restoreEmptyMs = performance.now() - t2;
    await fresh.writeSnapshot();
    emptyDb.close();
    await emptyDb.delete();

    // The rarest and heaviest case: a vault full of other records (other ids) replaced by the
    // backup, so every backup record is written and every old one becomes a tombstone.
    const foreignDb = new AnlaufstelleDb('bench-restore-other');
    const foreign = await setUpVault(foreignDb, password);
    const otherInquiries = generateInquiries(backup.manifest.counts.inquiries ?? 0);
    const otherNetwork = networkAt(scale);
    linkInquiries(otherInquiries, otherNetwork.organisations);
    // The generator is seeded: other ids make them other records.
    const renamed = <R extends { id: string }>(records: R[]) =>
      records.map((r) => ({ ...r, id: `anders-${r.id}` }));
    await foreign.putAll([
      { table: 'inquiries', records: renamed(otherInquiries) },
      {
        table: 'followups',
        records: renamed(generateFollowups(backup.manifest.counts.followups ?? 0, otherInquiries)),
      },
      { table: 'organisations', records: renamed(otherNetwork.organisations) },
      { table: 'persons', records: renamed(otherNetwork.persons) },
      { table: 'activities', records: renamed(otherNetwork.activities) },
    ]);
    await foreign.writeSnapshot();
    const t5 = performance.now();
    await restoreBackup(foreign, await readBackupFile(file, passphrase));
    const restoreOtherMs = performance.now() - t5;
    await foreign.writeSnapshot();
    foreignDb.close();
    await foreignDb.delete();

    return {
      rekeyMs,
      backupMs,
      backupMB: file.length / 1024 / 1024,
      readMs,
      restoreSameMs,
      restoreMs,
      restoreEmptyMs,
      restoreOtherMs,
      snapshotMs,
      phases,
      passwordMedian: median(times),
    };
  },

  /** Unlocks with the real code, then saves `count` inquiries one after another, each durable. */
  async saves(password: string, count: number) {
    const db = await openVaultDatabase();
    const state = await readVaultState(db);
    if (state.kind !== 'locked') throw new Error('no vault');
    const vault = await unlockVault(db, state.header, password);
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const draft = {
        ...emptyInquiryDraft(new Date(), { channel: 'kanal-01' }),
        requesterType: 'stelle-01',
        topics: ['thema-01'],
        subject: `Benchmark-Anfrage ${i}`,
        notes: 'Rückruf zugesagt. Verwiesen an die Migrationsberatung.',
      };
      const t = performance.now();
      await saveInquiry(vault, undefined, draft);
      times.push(performance.now() - t);
    }
    db.close();
    return { median: median(times), times };
  },

  /**
   * Saves `count` inquiries in a row through the data layer (over SNAPSHOT_AFTER_ROWS, so a
   * background snapshot write follows), waits for that snapshot, and returns the longest
   * main-thread task from the first save until the snapshot is stored.
   */
  async savesWithSnapshot(password: string, count: number) {
    const db = await openVaultDatabase();
    const state = await readVaultState(db);
    if (state.kind !== 'locked') throw new Error('no vault');
    const vault = await unlockVault(db, state.header, password);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      await saveInquiry(vault, undefined, {
        ...emptyInquiryDraft(new Date(), { channel: 'kanal-01' }),
        requesterType: 'stelle-01',
        topics: ['thema-01'],
        subject: `Benchmark-Serie ${i}`,
        notes: 'Rückruf zugesagt. Verwiesen an die Migrationsberatung.',
      });
    }
    const savedMs = performance.now() - t0;
    // The snapshot is due 3 s after the 100th write (later while writes keep coming). Its
    // bookkeeping is internal to the vault; read it where it is there, else give it 8 s.
    const marks = vault as unknown as { appliedSeq?: number; snapshotWatermark?: number };
    const tracked = typeof marks.appliedSeq === 'number' && typeof marks.snapshotWatermark === 'number';
    const deadline = performance.now() + (tracked ? 30_000 : 8000);
    while (performance.now() < deadline) {
      if (tracked && marks.appliedSeq === marks.snapshotWatermark) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const snapshotStored = tracked ? marks.appliedSeq === marks.snapshotWatermark : undefined;
    // The observer reports a task after it ended: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    db.close();
    return { savedMs, snapshotStored, longestMs: longestTaskSince(t0) };
  },
};

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** List filter/sort and search as the coordinator uses them, on the unlocked ten-year store. */
async function work(password: string) {
  const db = await openVaultDatabase();
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error('no vault');
  const vault = await unlockVault(db, state.header, password);
  const all = listInquiries(vault.store);
  const lists = readSettings(vault.store).lists;
  const label = (_k: 'requesterType', id: string) => labelOf(lists.requesterTypes, id);
  const scenarios: Array<{ filter: InquiryFilter; sort: InquirySort }> = [
    {
      filter: { ...EMPTY_FILTER, requesterTypes: ['stelle-01'] },
      sort: { key: 'receivedAt', direction: 'desc' },
    },
    {
      filter: { ...EMPTY_FILTER, topics: ['thema-01', 'thema-02'] },
      sort: { key: 'receivedAt', direction: 'desc' },
    },
    {
      filter: { ...EMPTY_FILTER, from: '2025-01-01', to: '2025-12-31', statuses: ['erledigt'] },
      sort: { key: 'receivedAt', direction: 'asc' },
    },
    { filter: EMPTY_FILTER, sort: { key: 'subject', direction: 'asc' } },
    { filter: EMPTY_FILTER, sort: { key: 'requesterType', direction: 'asc' } },
    { filter: EMPTY_FILTER, sort: { key: 'status', direction: 'desc' } },
  ];
  // The list screen shows the list before any change: its first filter (timed below as "after a
  // data change") has built the list's columns.
  filterInquiries(all, EMPTY_FILTER);
  const listTimes: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const s of scenarios) {
      listTimes.push(
        time(() => {
          const filtered = filterInquiries(all, s.filter);
          sortInquiries(filtered, s.sort, label);
        }),
      );
    }
  }
  // After a data change the list is a new array: the first filter and sort on it pays for reading
  // the records (the list's columns are built then); the changes after that reuse them.
  const afterChange = [...all];
  const afterChangeMs = time(() => {
    const filtered = filterInquiries(afterChange, { ...EMPTY_FILTER, topics: ['thema-01', 'thema-02'] });
    sortInquiries(filtered, { key: 'subject', direction: 'asc' }, label);
  });
  // The organisation page's model and the activity list filter, as the screens compute them.
  const orgs = listOrganisations(vault.store);
  const activities = listActivities(vault.store);
  const orgTimes: number[] = [];
  for (const org of orgs.slice(0, 20)) {
    orgTimes.push(
      time(() => {
        const asked = all.filter((i) => i.requesterOrgId === org.id);
        const referred = all.filter((i) => i.referralOrgIds?.includes(org.id));
        const acts = activities.filter((a) => a.organisationIds.includes(org.id));
        lastContacts([...asked, ...referred], acts, '2026-11-27');
      }),
    );
  }
  const activityTimes: number[] = [];
  for (const q of ['lotsen', 'netzwerk', 'schulbesuch', 'fest', 'xyz']) {
    activityTimes.push(
      time(() => activities.filter((a) => normalizeTerm(`${a.title} ${a.notes}`).includes(q))),
    );
  }
  // Dashboard recomputation for periods, groupings and filters, as "Auswertung" does on every change.
  const followupList = listFollowups(vault.store);
  const dashboardTimes: number[] = [];
  const scenariosDash: DashboardQuery[] = [
    {
      from: '2026-01-01',
      to: '2026-11-27',
      grouping: 'month',
      stackBy: 'requesterType',
      filter: EMPTY_FILTER,
    },
    { from: '2025-12-01', to: '2026-11-27', grouping: 'week', stackBy: 'topics', filter: EMPTY_FILTER },
    {
      from: '2016-12-01',
      to: '2026-11-27',
      grouping: 'quarter',
      stackBy: 'requesterType',
      filter: EMPTY_FILTER,
    },
    {
      from: '2016-12-01',
      to: '2026-11-27',
      grouping: 'year',
      stackBy: 'topics',
      filter: { ...EMPTY_FILTER, requesterTypes: ['stelle-04'] },
    },
    {
      from: '2025-01-01',
      to: '2025-12-31',
      grouping: 'month',
      stackBy: 'requesterType',
      filter: { ...EMPTY_FILTER, topics: ['thema-01'] },
    },
  ] as const;
  for (let round = 0; round < 3; round++) {
    for (const q of scenariosDash) {
      dashboardTimes.push(
        time(() => computeDashboard(all, activities, followupList, { ...q, filter: { ...q.filter } })),
      );
    }
  }
  const service = searchServiceOf(vault);
  const tBuild = performance.now();
  await service.ensureBuilt();
  const buildMs = performance.now() - tBuild;
  const keystrokes: number[] = [];
  for (const word of ['Sprachkurs', 'Vermittlung', 'jobcenter', 'muell', 'Wohnungssuche Familie']) {
    for (let n = 1; n <= word.length; n++)
      keystrokes.push(time(() => service.index.searchByKind(word.slice(0, n), PALETTE_LIMITS)));
  }
  // The list's free-text filter as the list screen runs it (matching ids, then the filter), for
  // a rare word, common words and a one-letter prefix that matches almost everything.
  // The list screen finds each id's position in steps between its search's slices before its first
  // text filter (prepareTextFilterInSteps); done here untimed, as the screen does it.
  const preparing = prepareTextFilterInSteps(all);
  while (!preparing.next().done);
  const textFilterTimes: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const q of ['sprachkurs', 'wohnungssuche', 'familie', 'mue', 'b']) {
      textFilterTimes.push(
        time(() =>
          filterInquiries(all, { ...EMPTY_FILTER, text: q }, service.index.matchingIds(q, 'inquiry')),
        ),
      );
    }
  }
  db.close();
  // Kept alive so the runner can measure the heap with the search index built.
  (window as unknown as { keep: unknown }).keep = { vault, service };
  console.log(`list times: ${listTimes.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`keystrokes: ${keystrokes.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`free-text filter times: ${textFilterTimes.map((t) => t.toFixed(0)).join(' ')}`);
  return {
    dashboardMedian: median(dashboardTimes),
    dashboardMax: Math.max(...dashboardTimes.slice(scenariosDash.length)),
    dashboardFirst: dashboardTimes[0]!,
    orgPageMedian: median(orgTimes),
    orgPageMax: Math.max(...orgTimes),
    activityFilterMax: Math.max(...activityTimes),
    listMedian: median(listTimes),
    listMax: Math.max(...listTimes),
    listAfterChangeMs: afterChangeMs,
    searchBuildMs: buildMs,
    keystrokeMedian: median(keystrokes),
    keystrokeMax: Math.max(...keystrokes),
    textFilterMs: median(textFilterTimes),
    textFilterMax: Math.max(...textFilterTimes),
  };
}

// The annual report of a full year at the ten-year size: the model, then each file export.
async function report(password: string) {
  const db = await openVaultDatabase();
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error('no vault');
  const vault = await unlockVault(db, state.header, password);
  const input = {
    inquiries: listInquiries(vault.store),
    followups: listFollowups(vault.store),
    activities: listActivities(vault.store),
    organisations: listOrganisations(vault.store),
    persons: listPersons(vault.store),
    settings: readSettings(vault.store),
    texts: {},
  };
  const modelTimes: number[] = [];
  let model = buildAnnualReport(
    input,
    { from: '2025-01-01', to: '2025-12-31' },
    { language: 'de', createdAt: new Date() },
  );
  for (let round = 0; round < 4; round++) {
    modelTimes.push(
      time(() => {
        model = buildAnnualReport(
          input,
          { from: `${2025 - round}-01-01`, to: `${2025 - round}-12-31` },
          { language: 'de', createdAt: new Date() },
        );
      }),
    );
  }
  const t0 = performance.now();
  const xlsx = await reportXlsx(model, 'bench');
  const t1 = performance.now();
  const csv = utf8Encode(reportCsv(model));
  const t2 = performance.now();
  const docx = await reportDocx(model);
  const t3 = performance.now();
  db.close();
  return {
    modelFirst: modelTimes[0]!,
    modelMax: Math.max(...modelTimes),
    xlsxMs: t1 - t0,
    csvMs: t2 - t1,
    docxMs: t3 - t2,
    sizes: [xlsx.length, csv.length, docx.length],
  };
}

(
  window as unknown as {
    bench: typeof bench & {
      work: typeof work;
      report: typeof report;
      teamEdits: typeof teamEdits;
      inquiryFingerprint: typeof inquiryFingerprint;
      vaultStats: typeof vaultStats;
    };
  }
).bench = {
  ...bench,
  work,
  report,
  teamEdits,
  inquiryFingerprint,
  vaultStats,
};
document.body.dataset.ready = 'true';
