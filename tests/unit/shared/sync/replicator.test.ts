// Replication against a real CouchDB-compatible server (pouchdb-server on loopback, started here):
// two members' devices as in-memory replicas of the vault.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newTeamSecret } from '../../../../shared/sync/teamKeys';
import type { RecordTable } from '../../../../shared/storage/envelope';
import { CouchClient, SyncError, type CouchAccount } from '../../../../shared/sync/couchClient';
import type { MergeRules } from '../../../../shared/sync/merge';
import { pullChanges, pushChanges, syncOnce, type SyncOptions } from '../../../../shared/sync/replicator';
import { docIdFor, teamKeyFromSecret, type TeamKey } from '../../../../shared/sync/syncDoc';
import { startCouchServer, type CouchServer } from '../../../support/couchServer.mjs';
import { MemoryReplica } from './memoryReplica';

const RULES = (table: RecordTable): MergeRules =>
  table === 'inquiries' ? { appendOnly: new Set(['history']) } : {};

let server: CouchServer;
let key: TeamKey;
const anna: CouchAccount = {
  server: '',
  database: 'kreis-office',
  user: 'anna',
  password: 'Anna-Passwort-1',
};
const ben: CouchAccount = { ...anna, user: 'ben', password: 'Ben-Passwort-2' };

beforeEach(async () => {
  server = await startCouchServer();
  anna.server = ben.server = server.url;
  await server.addUser('anna', anna.password);
  await server.addUser('ben', ben.password);
  await server.addUser('carla', 'Carla-Passwort-3');
  await server.createDatabase('kreis-office', ['anna', 'ben']);
  key = await teamKeyFromSecret(newTeamSecret());
}, 60_000);
afterEach(async () => {
  await server.dispose();
});

function options(replica: MemoryReplica, account: CouchAccount, fetchFn?: typeof fetch): SyncOptions {
  return {
    client: new CouchClient(account, fetchFn),
    replica,
    key,
    keys: new Map([[key.keyId, key]]),
    rules: RULES,
    batchSize: 100,
  };
}
function sync(replica: MemoryReplica, account: CouchAccount, fetchFn?: typeof fetch) {
  return syncOnce(options(replica, account, fetchFn));
}

async function openLeaves(docId: string): Promise<string[]> {
  const response = await server.admin(`/kreis-office/${docId}?open_revs=all`, {
    headers: { Accept: 'application/json' },
  });
  const leaves = (await response.json()) as { ok: { _rev: string; _deleted?: boolean } }[];
  return leaves.filter((l) => !l.ok._deleted).map((l) => l.ok._rev);
}

describe('team sync against a CouchDB-compatible server', () => {
  it("A's inquiry reaches B; B closes A's follow-up and A sees it closed", async () => {
    const a = new MemoryReplica('d-anna', key);
    const b = new MemoryReplica('d-ben', key);
    await a.edit('inquiries', 'i-1', {
      subject: 'Sprachkurs für Familie Haddad',
      status: 'offen',
      history: [],
    });
    await a.edit('followups', 'f-1', { title: 'Rückruf Jobcenter', status: 'offen' });
    expect(await sync(a, anna)).toMatchObject({ pushed: 2 });
    expect(await sync(b, ben)).toMatchObject({ pulled: 2, pushed: 0 });
    expect(b.visible()).toEqual(a.visible());

    await b.edit('followups', 'f-1', { title: 'Rückruf Jobcenter', status: 'erledigt' });
    await sync(b, ben);
    await sync(a, anna);
    expect((await a.record('followups', 'f-1'))?.data.status).toBe('erledigt');
    // Nothing left to do on either side, and each record is one open leaf on the server.
    expect(await sync(a, anna)).toEqual({ pulled: 0, pushed: 0, unreadable: 0 });
    expect(await sync(b, ben)).toMatchObject({ pushed: 0 });
    expect(await openLeaves(await docIdFor(key, 'followups', 'f-1'))).toHaveLength(1);
  });

  it('both offline, both edit the same inquiry: after reconnecting both show the same record, the conflict noted', async () => {
    const a = new MemoryReplica('d-anna', key);
    const b = new MemoryReplica('d-ben', key);
    await a.edit('inquiries', 'i-1', { subject: 'Wohnungssuche', status: 'offen', notes: '', history: [] });
    await sync(a, anna);
    await sync(b, ben);
    // Apart: Anna changes status and subject, Ben (later) notes and subject.
    await a.edit('inquiries', 'i-1', {
      subject: 'Wohnungssuche Familie Ahmadi',
      status: 'erledigt',
      notes: '',
      history: [{ at: '2026-11-30T09:00:00.000Z', action: 'closed' }],
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.edit('inquiries', 'i-1', {
      subject: 'Wohnungssuche (Caritas)',
      status: 'offen',
      notes: 'Caritas angefragt',
      history: [{ at: '2026-11-30T09:05:00.000Z', action: 'changed' }],
    });
    // Both push while the other's change is unknown: two branches on the server.
    const docId = await docIdFor(key, 'inquiries', 'i-1');
    await pushChanges(options(a, anna));
    await pushChanges(options(b, ben));
    expect(await openLeaves(docId)).toHaveLength(2);
    // Both pull both branches and merge them before either pushes its merge: the two merges are the
    // same revision, so the server ends with one branch, not a new conflict.
    await pullChanges(options(a, anna));
    await pullChanges(options(b, ben));
    await pushChanges(options(a, anna));
    await pushChanges(options(b, ben));
    expect(await openLeaves(docId)).toHaveLength(1);
    expect(await sync(a, anna)).toMatchObject({ pushed: 0 });
    expect(await sync(b, ben)).toMatchObject({ pushed: 0 });
    const merged = await a.record('inquiries', 'i-1');
    expect(await b.record('inquiries', 'i-1')).toEqual(merged);
    expect(merged?.data).toEqual({
      subject: 'Wohnungssuche (Caritas)',
      status: 'erledigt',
      notes: 'Caritas angefragt',
      history: [
        { at: '2026-11-30T09:00:00.000Z', action: 'closed' },
        { at: '2026-11-30T09:05:00.000Z', action: 'changed' },
      ],
    });
    expect(merged?.conflicts).toEqual([
      { field: 'subject', value: 'Wohnungssuche Familie Ahmadi', clock: expect.stringMatching(/d-anna$/) },
    ]);
  });

  it('server stopped mid-upload and restarted: the upload resumes, nothing doubled, nothing lost', async () => {
    const a = new MemoryReplica('d-anna', key);
    for (let i = 0; i < 450; i++) {
      await a.edit('inquiries', `i-${i}`, { subject: `Anfrage ${i}`, status: 'offen', history: [] });
    }
    // The second batch reaches the server, but its answer does not reach the device.
    let writes = 0;
    const failing: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (String(input).includes('/_bulk_docs') && ++writes === 2) {
        await server.stop();
        throw new TypeError('fetch failed');
      }
      return answer;
    };
    await expect(sync(a, anna, failing)).rejects.toMatchObject({ failure: 'unreachable' });
    expect((await a.pending(1000, new Set())).length).toBe(350);
    await server.start();
    // The 100 that arrived unacknowledged are recognised as the same revisions, not sent again.
    expect(await sync(a, anna)).toEqual({ pulled: 100, pushed: 250, unreadable: 0 });
    const info = (await (await server.admin('/kreis-office')).json()) as { doc_count: number };
    expect(info.doc_count).toBe(450);
    // The batch sent twice made no second branch of any document.
    const all = (await (
      await server.admin('/kreis-office/_all_docs?include_docs=true&conflicts=true')
    ).json()) as {
      rows: { doc: { _conflicts?: string[] } }[];
    };
    expect(all.rows.filter((row) => row.doc._conflicts)).toEqual([]);
    const b = new MemoryReplica('d-ben', key);
    expect(await sync(b, ben)).toMatchObject({ pulled: 450 });
    expect(b.visible()).toEqual(a.visible());
  });

  it('wrong password, a user who is not a member, no server: a clear failure, nothing changed', async () => {
    const a = new MemoryReplica('d-anna', key);
    await a.edit('inquiries', 'i-1', { subject: 'Test', status: 'offen' });
    const before = structuredClone([...a.entries]);
    await expect(sync(a, { ...anna, password: 'falsch' })).rejects.toMatchObject({ failure: 'unauthorized' });
    await expect(sync(a, { ...anna, user: 'carla', password: 'Carla-Passwort-3' })).rejects.toMatchObject({
      failure: 'forbidden',
    });
    await expect(sync(a, { ...anna, database: 'anderes-amt' })).rejects.toMatchObject({
      failure: 'notFound',
    });
    await server.stop();
    await expect(sync(a, anna)).rejects.toBeInstanceOf(SyncError);
    await expect(sync(a, anna)).rejects.toMatchObject({ failure: 'unreachable' });
    expect([...a.entries]).toEqual(before);
    expect(a.checkpoint).toBeUndefined();
  });

  it("the server's files hold ciphertext only (marker scan, with a positive control)", async () => {
    const a = new MemoryReplica('d-anna', key);
    const marker = 'MARKER-Haddad-0170-5551234';
    await a.edit('inquiries', 'i-geheim', { subject: `Beratung ${marker}`, notes: marker, status: 'offen' });
    await a.edit('persons', 'p-geheim', { lastName: marker, phone: '0170 5551234' });
    await sync(a, anna);
    // Positive control: the same marker written in the clear to another database is found by the scan.
    await server.admin('/kontrolle', { method: 'PUT' });
    await server.admin('/kontrolle/klartext', {
      method: 'PUT',
      body: JSON.stringify({ text: `control ${marker}` }),
    });
    await server.stop();
    const hits = await scan(server.dir, [marker, 'Haddad', 'inquiries', 'persons', 'i-geheim']);
    expect(hits.filter((hit) => !hit.file.includes('kontrolle'))).toEqual([]);
    expect(hits.some((hit) => hit.file.includes('kontrolle') && hit.needle === marker)).toBe(true);
  });
});

async function scan(dir: string, needles: string[]): Promise<{ file: string; needle: string }[]> {
  const hits: { file: string; needle: string }[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    for (const needle of needles) if (bytes.includes(Buffer.from(needle))) hits.push({ file, needle });
  }
  return hits;
}
