// The statistics database against a real CouchDB-compatible server: two coordinators publish the
// projection of the same records; the office lead reads it with the statistics key alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newTeamSecret } from '../../../../shared/sync/teamKeys';
import type { RecordTable } from '../../../../shared/storage/envelope';
import { CouchClient, type CouchAccount } from '../../../../shared/sync/couchClient';
import { pullChanges } from '../../../../shared/sync/replicator';
import { docIdFor, teamKeyFromSecret, type TeamKey } from '../../../../shared/sync/syncDoc';
import { projectVersion, StatsLedger, type StatsEntry } from '../../../../shared/sync/statsPublication';
import { ERASED } from '../../../../shared/sync/versioned';
import { startCouchServer, type CouchServer } from '../../../support/couchServer.mjs';
import { MemoryReplica } from './memoryReplica';

const MARK = 'PERSONENMARKER';
let server: CouchServer;
let teamKey: TeamKey;
let statsKey: TeamKey;
const account = (user: string, database = 'kreis-statistik'): CouchAccount => ({
  server: server.url,
  database,
  user,
  password: `${user}-Passwort-1`,
});

beforeEach(async () => {
  server = await startCouchServer();
  for (const user of ['anna', 'ben', 'lena']) await server.addUser(user, `${user}-Passwort-1`);
  await server.createDatabase('kreis-office', ['anna', 'ben']);
  await server.createDatabase('kreis-statistik', ['anna', 'ben', 'lena']);
  teamKey = await teamKeyFromSecret(newTeamSecret());
  statsKey = await teamKeyFromSecret(newTeamSecret());
}, 60_000);
afterEach(async () => {
  await server.dispose();
});

const inquiry = (subject: string, minutes: number) => ({
  receivedAt: '2026-03-02T09:00:00.000Z',
  channel: 'kanal-01',
  requesterType: 'stelle-01',
  topics: ['thema-01'],
  subject,
  notes: `${MARK} Notiz`,
  status: 'offen',
  minutes,
  handledBy: 'person-01',
  requester: { name: `${MARK} Name`, organisation: '', contact: '' },
  referrals: [`${MARK} Anwalt`],
});

/** A coordinator's records (the full ones, under the team key) and what they publish. */
async function coordinator(device: string) {
  const replica = new MemoryReplica(device, teamKey);
  const entries = async (): Promise<StatsEntry[]> => {
    const out: StatsEntry[] = [];
    for (const entry of replica.entries.values()) {
      const version = projectVersion(entry.table, entry.id, entry.version);
      if (version)
        out.push({
          docId: await docIdFor(statsKey, entry.table, entry.id),
          table: entry.table,
          id: entry.id,
          version,
        });
    }
    return out;
  };
  return { replica, entries };
}

async function leadReads(lead: MemoryReplica) {
  return pullChanges({
    client: new CouchClient(account('lena')),
    replica: lead,
    key: statsKey,
    keys: new Map([[statsKey.keyId, statsKey]]),
    rules: () => ({}),
  });
}

describe('the statistics database', () => {
  it('two coordinators publishing the same records write each document once; the lead reads figures, no marker', async () => {
    const anna = await coordinator('d-anna');
    await anna.replica.edit('inquiries', 'i1', inquiry(`${MARK} Betreff`, 30));
    await anna.replica.edit('inquiries', 'i2', inquiry('Sprachkurs', 45));
    // Ben has the same records (the team sync brought them): same versions.
    const ben = await coordinator('d-ben');
    for (const [docId, entry] of anna.replica.entries) ben.replica.entries.set(docId, entry);

    const annaLedger = new StatsLedger(new CouchClient(account('anna')), statsKey);
    await annaLedger.refresh();
    expect(await annaLedger.publish(await anna.entries())).toEqual({ written: 2, unchanged: 0 });
    const benLedger = new StatsLedger(new CouchClient(account('ben')), statsKey);
    await benLedger.refresh();
    expect(await benLedger.publish(await ben.entries())).toEqual({ written: 0, unchanged: 2 });
    // Anna's second round: nothing new.
    expect(await annaLedger.publish(await anna.entries())).toEqual({ written: 0, unchanged: 2 });

    const lead = new MemoryReplica('d-lena', statsKey);
    await leadReads(lead);
    const records = [...lead.entries.values()];
    expect(records).toHaveLength(2);
    const minutes = records.map((r) => (r.version.erased ? 0 : (r.version.data.minutes as number)));
    expect(minutes.sort()).toEqual([30, 45]);
    expect(JSON.stringify(records)).not.toContain(MARK);
    // Positive control: the coordinators' records hold the marker.
    expect(JSON.stringify([...anna.replica.entries.values()])).toContain(MARK);
    // The server's documents neither (sealed), and the lead's account cannot read the full database.
    const all = await (await server.admin('/kreis-statistik/_all_docs?include_docs=true')).text();
    expect(all).not.toContain(MARK);
    const full = await fetch(`${server.url}/kreis-office/_all_docs`, {
      headers: { Authorization: `Basic ${btoa('lena:lena-Passwort-1')}` },
    });
    expect([401, 403]).toContain(full.status);
  });

  it("a change, a concurrent change on the other computer and an erasure reach the lead; the conflict's branch is closed", async () => {
    const anna = await coordinator('d-anna');
    await anna.replica.edit('inquiries', 'i1', inquiry('Kurs', 30));
    await anna.replica.edit('inquiries', 'i2', inquiry('Praktikum', 60));
    const ben = await coordinator('d-ben');
    for (const [docId, entry] of anna.replica.entries) ben.replica.entries.set(docId, entry);
    const annaLedger = new StatsLedger(new CouchClient(account('anna')), statsKey);
    const benLedger = new StatsLedger(new CouchClient(account('ben')), statsKey);
    await annaLedger.refresh();
    await annaLedger.publish(await anna.entries());
    await benLedger.refresh();

    // Both change i1's minutes before their team sync met: two branches on the statistics server.
    await anna.replica.edit('inquiries', 'i1', inquiry('Kurs', 90));
    await ben.replica.edit('inquiries', 'i1', inquiry('Kurs', 120));
    await annaLedger.publish(await anna.entries());
    await benLedger.publish(await ben.entries());
    const docId = await docIdFor(statsKey, 'inquiries', 'i1');
    const leaves = async () => {
      const response = await server.admin(`/kreis-statistik/${docId}?open_revs=all`, {
        headers: { Accept: 'application/json' },
      });
      return ((await response.json()) as { ok: { _deleted?: boolean } }[]).filter((l) => !l.ok._deleted)
        .length;
    };
    expect(await leaves()).toBe(2);
    // The team sync merged: both hold Ben's later change; Anna's next round closes the other branch.
    const merged = ben.replica.entries.get(await docIdFor(teamKey, 'inquiries', 'i1'))!;
    anna.replica.entries.set(await docIdFor(teamKey, 'inquiries', 'i1'), merged);
    await annaLedger.refresh();
    expect((await annaLedger.publish(await anna.entries())).written).toBe(1);
    expect(await leaves()).toBe(1);
    await benLedger.refresh();
    expect(await benLedger.publish(await ben.entries())).toEqual({ written: 0, unchanged: 2 });

    // i2 erased: the lead's copy goes.
    await anna.replica.erase('inquiries', 'i2');
    expect(projectVersion('inquiries', 'i2', ERASED)).toEqual(ERASED);
    await annaLedger.publish(await anna.entries());

    const lead = new MemoryReplica('d-lena', statsKey);
    await leadReads(lead);
    const i1 = lead.entries.get(docId)!.version;
    expect(i1.erased ? undefined : i1.data.minutes).toBe(120);
    expect(lead.entries.get(await docIdFor(statsKey, 'inquiries', 'i2'))?.version.erased).toBe(true);
  });

  it('the projected version keeps the clocks of the statistical fields and gives the same result from the same record', async () => {
    const anna = await coordinator('d-anna');
    await anna.replica.edit('inquiries', 'i1', inquiry('Kurs', 30));
    await anna.replica.edit('inquiries', 'i1', { ...inquiry('Kurs geändert', 30), notes: 'neu' });
    const version = [...anna.replica.entries.values()][0]!.version;
    const projected = projectVersion('inquiries' as RecordTable, 'i1', version)!;
    if (version.erased || projected.erased) throw new Error('live');
    // The second edit changed only subject and notes: the projection's clock is the first edit's.
    expect(projected.clock).toBe(version.clocks.minutes);
    expect(projected.clock < version.clock).toBe(true);
    expect(projected.clocks.subject).toBe(projected.clocks.minutes);
    expect(projectVersion('inquiries', 'i1', version)).toEqual(projected);
  });
});
