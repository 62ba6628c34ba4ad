// Two coordinators' vaults (IndexedDB in Node) in one office team, synced through a real
// CouchDB-compatible server started here: set-up, invitation, join, edits both ways, an erasure,
// and what survives locking.
import 'fake-indexeddb/auto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataToDraft, emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { createBackupFile, readBackupFile, restoreBackup } from '../../../renderer/data/backup';
import { readVaultState, setUpVault, unlockVault } from '../../../renderer/data/vault';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { deleteInquiry, listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import {
  deleteFollowup,
  listFollowups,
  saveFollowup,
  setFollowupDone,
} from '../../../renderer/data/followups';
import { readDeviceSettings, readSettings, saveSettings } from '../../../renderer/data/settings';
import { SyncEngine } from '../../../renderer/data/sync/syncEngine';
import { readTeam, shownOfficeName } from '../../../renderer/data/sync/teamState';
import {
  changeAccess,
  inviteMember,
  joinTeam,
  leaveTeam,
  NotThisTeamError,
  removeMember,
  setUpTeam,
  teamMembers,
} from '../../../renderer/data/sync/team';
import type { OpenVault } from '../../../renderer/data/vault';
import { fundingFile, saveFunding } from '../../../renderer/data/funding';
import { budgetFigures } from '../../../shared/funding/budget';
import type { FundingDeadline } from '../../../shared/funding/deadlines';
import type { ProjectData, ReceiptData } from '../../../shared/funding/fundingRecords';
import type { CouchAccount } from '../../../shared/sync/couchClient';
import { startCouchServer, type CouchServer } from '../../support/couchServer.mjs';

const PASSWORD = 'Lindenblüte-Nebel-7319';
let server: CouchServer;
let counter = 0;
const engines: SyncEngine[] = [];

beforeEach(async () => {
  server = await startCouchServer();
  await server.addUser('anna', 'Anna-Passwort-1');
  await server.addUser('ben', 'Ben-Passwort-2');
  await server.createDatabase('kreis-musterstadt', ['anna', 'ben']);
}, 60_000);
afterEach(async () => {
  for (const engine of engines.splice(0)) engine.stop();
  await server.dispose();
});

const account = (user: string, password: string): CouchAccount => ({
  server: server.url,
  database: 'kreis-musterstadt',
  user,
  password,
});

async function freshVault(): Promise<{ db: AnlaufstelleDb; vault: OpenVault }> {
  const db = new AnlaufstelleDb(`team-test-${Date.now()}-${counter++}`);
  return { db, vault: await setUpVault(db, PASSWORD) };
}

async function started(vault: OpenVault): Promise<SyncEngine> {
  const engine = new SyncEngine(vault);
  engines.push(engine);
  await engine.start();
  return engine;
}

function draft(subject: string) {
  return {
    ...emptyInquiryDraft(new Date('2026-11-30T09:15:00Z'), { channel: 'kanal-01' }),
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject,
  };
}

/** Anna sets up the team (after `before` on her vault), Ben joins; both engines run. */
async function annaAndBen(before?: (vault: OpenVault) => Promise<unknown>) {
  const joined = await benJoinsAnna(before);
  return { ...joined, engineB: await started(joined.b.vault) };
}

/** Anna sets up the team (after `before` on her vault) and her engine runs; Ben joins (no engine yet). */
async function benJoinsAnna(before?: (vault: OpenVault) => Promise<unknown>) {
  const a = await freshVault();
  await before?.(a.vault);
  await setUpTeam(a.vault, account('anna', 'Anna-Passwort-1'), 'Integrationsbüro Musterstadt', {
    name: 'Anna Schulz',
    role: 'koordination',
    device: 'PC Büro 1',
  });
  const engineA = await started(a.vault);
  const { code } = await inviteMember(a.vault);
  const b = await freshVault();
  await joinTeam(b.vault, account('ben', 'Ben-Passwort-2'), code, {
    name: 'Ben Weber',
    role: 'koordination',
    device: 'Laptop',
  });
  return { a, b, engineA };
}

describe('an office team of two vaults', () => {
  it('set up, invite, join: B gets A’s log; B closes A’s follow-up and A sees it; an erasure reaches B', async () => {
    const a = await freshVault();
    await saveSettings(a.vault, {
      ...readSettings(a.vault.store),
      officeName: 'Integrationsbüro Musterstadt',
    });
    const inquiry = await saveInquiry(a.vault, undefined, draft('Sprachkurs für Familie Haddad'));
    await saveInquiry(a.vault, undefined, draft('Polizei bittet um Beratung'));
    await saveFollowup(a.vault, undefined, {
      title: 'Rückruf Jobcenter',
      due: '2026-12-02',
      assignee: '',
      notes: '',
      inquiryId: inquiry.id,
    });
    await setUpTeam(a.vault, account('anna', 'Anna-Passwort-1'), 'Integrationsbüro Musterstadt', {
      name: 'Anna Schulz',
      role: 'koordination',
      device: 'PC Büro 1',
    });
    const engineA = await started(a.vault);
    expect(engineA.getStatus()).toMatchObject({ state: 'synced', waiting: 0 });
    // Every record once (office settings, 2 inquiries, 1 follow-up, Anna's member record): the
    // records written before the team got their clocks with the upload and are not sent again.
    expect(engineA.lastRound).toEqual({ pulled: 0, pushed: 5, unreadable: 0 });
    await engineA.syncNow();
    expect(engineA.lastRound).toEqual({ pulled: 0, pushed: 0, unreadable: 0 });

    const { code } = await inviteMember(a.vault);
    const b = await freshVault();
    // Ben used the app alone before: his entries join the office's log.
    await saveInquiry(b.vault, undefined, draft('Praktikum bei Firma Müller'));
    const joined = await joinTeam(b.vault, account('ben', 'Ben-Passwort-2'), code, {
      name: 'Ben Weber',
      role: 'koordination',
      device: 'Laptop',
    });
    expect(joined).toEqual({ office: 'Integrationsbüro Musterstadt', invitedBy: 'Anna Schulz' });
    const engineB = await started(b.vault);
    const subjects = (vault: OpenVault) =>
      listInquiries(vault.store)
        .map((i) => i.subject)
        .sort();
    expect(subjects(b.vault)).toEqual([
      'Polizei bittet um Beratung',
      'Praktikum bei Firma Müller',
      'Sprachkurs für Familie Haddad',
    ]);
    // The office's settings are the team's, not the joining vault's defaults.
    expect(readSettings(b.vault.store).officeName).toBe('Integrationsbüro Musterstadt');
    await engineA.syncNow();
    expect(subjects(a.vault)).toEqual(subjects(b.vault));
    expect(readSettings(a.vault.store).officeName).toBe('Integrationsbüro Musterstadt');
    expect(teamMembers(a.vault.store).map((m) => m.name)).toEqual(['Anna Schulz', 'Ben Weber']);

    // A follow-up written by A while in the team; B closes it and A sees it done.
    const later = await saveFollowup(a.vault, undefined, {
      title: 'Termin Ausländerbehörde',
      due: '2026-12-03',
      assignee: '',
      notes: '',
      inquiryId: null,
    });
    await engineA.syncNow();
    await engineB.syncNow();
    await setFollowupDone(b.vault, later.id, true);
    await engineB.syncNow();
    await engineA.syncNow();
    expect(listFollowups(a.vault.store).find((f) => f.id === later.id)).toMatchObject({ status: 'erledigt' });
    await deleteFollowup(a.vault, later.id);

    // B closes A's follow-up; A sees it done.
    const followup = listFollowups(b.vault.store).find((f) => f.title === 'Rückruf Jobcenter')!;
    await setFollowupDone(b.vault, followup.id, true);
    await engineB.syncNow();
    await engineA.syncNow();
    expect(listFollowups(a.vault.store)[0]).toMatchObject({ title: 'Rückruf Jobcenter', status: 'erledigt' });

    // A deletes the inquiry (and its follow-up): gone on B too.
    await deleteInquiry(a.vault, inquiry.id);
    await engineA.syncNow();
    await engineB.syncNow();
    expect(subjects(b.vault)).toEqual(['Polizei bittet um Beratung', 'Praktikum bei Firma Müller']);
    expect(listFollowups(b.vault.store)).toEqual([]);

    // A form open on A while B changes the same inquiry: saving A's form (notes only) keeps B's minutes.
    const shown = listInquiries(a.vault.store).find((i) => i.subject === 'Polizei bittet um Beratung')!;
    const onB = listInquiries(b.vault.store).find((i) => i.id === shown.id)!;
    await saveInquiry(b.vault, onB.id, { ...dataToDraft(onB), minutes: 90 });
    await engineB.syncNow();
    await engineA.syncNow();
    await saveInquiry(
      a.vault,
      shown.id,
      { ...dataToDraft(shown), notes: 'Rückruf erbeten' },
      new Date(),
      undefined,
      shown,
    );
    await engineA.syncNow();
    await engineB.syncNow();
    for (const vault of [a.vault, b.vault]) {
      expect(listInquiries(vault.store).find((i) => i.id === shown.id)).toMatchObject({
        minutes: 90,
        notes: 'Rückruf erbeten',
      });
    }

    // The UI language is each person's own: B switching to English leaves A in German.
    await saveSettings(b.vault, { ...readSettings(b.vault.store), language: 'en', autoLockMinutes: 20 });
    await engineB.syncNow();
    await engineA.syncNow();
    expect(readSettings(a.vault.store)).toMatchObject({ language: 'de', autoLockMinutes: 20 });

    // B restores an older backup: A's later change comes back with the next sync, not lost.
    const backup = await createBackupFile(b.vault, 'Sicherung-Passphrase-2026');
    const police = listInquiries(a.vault.store).find((i) => i.subject === 'Polizei bittet um Beratung')!;
    await saveInquiry(a.vault, police.id, { ...dataToDraft(police), notes: 'Termin am Montag' });
    // (Restored: the notes from before, then the sync brings A's newer ones.)
    await engineA.syncNow();
    await engineB.syncNow();
    await restoreBackup(b.vault, await readBackupFile(backup, 'Sicherung-Passphrase-2026'));
    expect(listInquiries(b.vault.store).find((i) => i.id === police.id)?.notes).toBe('Rückruf erbeten');
    await engineB.syncNow();
    expect(listInquiries(b.vault.store).find((i) => i.id === police.id)?.notes).toBe('Termin am Montag');

    // Locked and opened again: nothing waits, nothing is sent twice.
    engineB.stop();
    const state = await readVaultState(b.db);
    if (state.kind !== 'locked') throw new Error(state.kind);
    const reopened = await unlockVault(b.db, state.header, PASSWORD);
    const again = new SyncEngine(reopened);
    engines.push(again);
    await again.start();
    expect(again.getStatus()).toMatchObject({ waiting: 0 });
    await again.syncNow();
    expect(subjects(reopened)).toEqual(['Polizei bittet um Beratung', 'Praktikum bei Firma Müller']);
    expect(again.getStatus()).toMatchObject({ state: 'synced', waiting: 0 });

    // IT gives Ben a new password: his rounds fail until he enters it; another database is refused.
    const user = (await (await server.admin('/_users/org.couchdb.user:ben')).json()) as Record<
      string,
      unknown
    >;
    await server.admin('/_users/org.couchdb.user:ben', {
      method: 'PUT',
      body: JSON.stringify({ ...user, password: 'Ben-Neu-2027' }),
    });
    await again.syncNow();
    expect(again.getStatus()).toMatchObject({ state: 'failed', failure: 'unauthorized' });
    await server.createDatabase('anderes-buero', ['ben']);
    await expect(
      changeAccess(reopened, { ...account('ben', 'Ben-Neu-2027'), database: 'anderes-buero' }),
    ).rejects.toBeInstanceOf(NotThisTeamError);
    await changeAccess(reopened, account('ben', 'Ben-Neu-2027'));
    await again.syncNow();
    expect(again.getStatus()).toMatchObject({ state: 'synced' });

    // The server's files: no subject, no name, no office.
    await server.stop();
    const hits: string[] = [];
    for (const entry of await readdir(server.dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const bytes = await readFile(join(entry.parentPath, entry.name));
      for (const needle of ['Haddad', 'Polizei', 'Jobcenter', 'Anna Schulz', 'Musterstadt']) {
        if (bytes.includes(Buffer.from(needle))) hits.push(`${entry.name}: ${needle}`);
      }
    }
    // "Musterstadt" is in the database's name (the folder), which IT chose: files hold none of it.
    expect(hits).toEqual([]);
  });

  it('a removed member’s computer gets nothing written after the removal; the others go on', async () => {
    await server.addUser('carla', 'Carla-Passwort-3');
    await server.admin('/kreis-musterstadt/_security', {
      method: 'PUT',
      body: JSON.stringify({
        admins: { names: [], roles: [] },
        members: { names: ['anna', 'ben', 'carla'], roles: [] },
      }),
    });
    const a = await freshVault();
    await saveInquiry(a.vault, undefined, draft('Vor dem Ausscheiden'));
    await setUpTeam(a.vault, account('anna', 'Anna-Passwort-1'), 'Büro', {
      name: 'Anna',
      role: 'koordination',
      device: 'PC 1',
    });
    const engineA = await started(a.vault);
    const members: Record<string, { vault: OpenVault; engine: SyncEngine }> = {};
    for (const [user, password, name] of [
      ['ben', 'Ben-Passwort-2', 'Ben'],
      ['carla', 'Carla-Passwort-3', 'Carla'],
    ] as const) {
      const { code } = await inviteMember(a.vault);
      const { vault } = await freshVault();
      await joinTeam(vault, account(user, password), code, { name, role: 'koordination', device: user });
      members[name] = { vault, engine: await started(vault) };
    }
    await engineA.syncNow();
    const carla = members.Carla!;
    const ben = members.Ben!;
    expect(listInquiries(carla.vault.store).map((i) => i.subject)).toEqual(['Vor dem Ausscheiden']);

    await engineA.withKeyChange(() => removeMember(a.vault, carla.vault.deviceId));
    await saveInquiry(a.vault, undefined, draft('Nach dem Ausscheiden'));
    await engineA.syncNow();
    expect(engineA.getStatus()).toMatchObject({ state: 'synced', waiting: 0 });

    await ben.engine.syncNow();
    expect(
      listInquiries(ben.vault.store)
        .map((i) => i.subject)
        .sort(),
    ).toEqual(['Nach dem Ausscheiden', 'Vor dem Ausscheiden']);
    expect(teamMembers(ben.vault.store).find((m) => m.name === 'Carla')?.removedAt).toBeDefined();

    await carla.engine.syncNow();
    expect(carla.engine.getStatus()).toMatchObject({ state: 'failed', failure: 'revoked' });
    expect(listInquiries(carla.vault.store).map((i) => i.subject)).toEqual(['Vor dem Ausscheiden']);
  });

  it('a new member’s name becomes their “Ich bin” after the first round that succeeds, not before, and is in the office’s list for both', async () => {
    const { a, b, engineA } = await benJoinsAnna();
    const iAm = (vault: OpenVault) => {
      const id = readDeviceSettings(vault).currentUserId;
      return readSettings(vault.store).lists.teamMembers.find((entry) => entry.id === id)?.label;
    };
    // The first round fails (the network is down): the name waits, the defaults are not touched.
    const offline = new SyncEngine(b.vault, () => Promise.reject(new TypeError('Failed to fetch')));
    engines.push(offline);
    await offline.start();
    expect(offline.getStatus().state).toBe('failed');
    expect(iAm(b.vault)).toBeUndefined();
    expect(readTeam(b.vault)?.adoptName).toBe('Ben Weber');
    // The top bar names the office from the invitation meanwhile, not the default name.
    expect(readSettings(b.vault.store).officeName).not.toBe('Integrationsbüro Musterstadt');
    expect(shownOfficeName(b.vault)).toBe('Integrationsbüro Musterstadt');
    offline.stop();
    // Unlocked again later, online: the first round that succeeds sets it, once.
    const state = await readVaultState(b.db);
    if (state.kind !== 'locked') throw new Error(state.kind);
    const reopened = await unlockVault(b.db, state.header, PASSWORD);
    const engineB = await started(reopened);
    expect(iAm(reopened)).toBe('Ben Weber');
    expect(readSettings(reopened.store).officeName).toBe('Integrationsbüro Musterstadt');
    expect(shownOfficeName(reopened)).toBe('Integrationsbüro Musterstadt');
    expect(readTeam(reopened)?.adoptName).toBeUndefined();
    // The list with his name goes out with the next round (a change like any other).
    await engineB.syncNow();
    await engineA.syncNow();
    const labels = (vault: OpenVault) => readSettings(vault.store).lists.teamMembers.map((e) => e.label);
    expect(labels(a.vault)).toContain('Ben Weber');
    expect(labels(a.vault)).toContain('Anna Schulz');
    expect(iAm(a.vault)).toBe('Anna Schulz');
  });

  it('the funding file syncs like every record: a Vorhaben, receipts from both, one deadline follow-up on both', async () => {
    const title = (d: FundingDeadline) => `Frist ${d.kind}: ${d.subject}`;
    const { a, b, engineA, engineB } = await annaAndBen();
    const project: ProjectData = {
      kind: 'project',
      title: 'Lotsenprojekt 2026',
      purpose: '',
      programmeId: '',
      from: '2026-01-01',
      to: '2026-12-31',
      status: 'bewilligt',
      award: { date: '2026-02-01', reference: 'LVwA 7', amountCents: 900_000, conditions: '', proofDue: '' },
      plan: [{ id: 'l-1', category: 'Honorare', plannedCents: 1_000_000, ownShareCents: 100_000 }],
      payments: [],
      proofSubmittedOn: '',
      notes: '',
    };
    const projectId = await saveFunding(a.vault, undefined, project, title);
    const receipt = (number: string, amountCents: number): ReceiptData => ({
      kind: 'receipt',
      projectId,
      number,
      date: '2026-03-01',
      party: 'Dolmetscherin Şahin',
      purpose: 'Sprachmittlung',
      amountCents,
      lineId: 'l-1',
      note: '',
    });
    await saveFunding(a.vault, undefined, receipt('B-1', 12_050), title);
    await engineA.syncNow();
    await engineB.syncNow();
    await saveFunding(b.vault, undefined, receipt('B-2', 30_000), title);
    await engineB.syncNow();
    await engineA.syncNow();
    for (const vault of [a.vault, b.vault]) {
      const file = fundingFile(vault.store);
      expect(file.projects.map((p) => p.title)).toEqual(['Lotsenprojekt 2026']);
      expect(budgetFigures(file.projects[0]!, file.receipts).total.actualCents).toBe(42_050);
      expect(listFollowups(vault.store).filter((f) => f.source?.startsWith('funding:'))).toEqual([
        expect.objectContaining({
          title: 'Frist proof: Lotsenprojekt 2026',
          due: '2027-06-30',
          status: 'offen',
        }),
      ]);
    }
  });

  it('each member’s last sync reaches the others (noted at most every 15 minutes, not every round)', async () => {
    const { a, b, engineA, engineB } = await annaAndBen();
    // Ben's name, put into the office's list after his first round, goes out; Anna takes it.
    await engineB.syncNow();
    await engineA.syncNow();
    const lastSync = (vault: OpenVault, name: string) =>
      teamMembers(vault.store).find((m) => m.name === name)?.lastSyncAt;
    const benOnA = lastSync(a.vault, 'Ben Weber');
    expect(benOnA).toBeDefined();
    expect(lastSync(b.vault, 'Anna Schulz')).toBeDefined();
    // Further rounds within the quarter of an hour send nothing.
    await engineB.syncNow();
    expect(engineB.lastRound).toEqual({ pulled: 0, pushed: 0, unreadable: 0 });
    await engineA.syncNow();
    expect(lastSync(a.vault, 'Ben Weber')).toBe(benOnA);
  });

  it('a member who leaves keeps every record and syncs no more; a team set up later gets all of them afresh', async () => {
    const { a, b, engineA, engineB } = await annaAndBen((vault) =>
      saveInquiry(vault, undefined, draft('Sprachkurs für Familie Haddad')),
    );
    expect(listInquiries(b.vault.store).map((i) => i.subject)).toEqual(['Sprachkurs für Familie Haddad']);

    await engineB.leave();
    await leaveTeam(b.vault);
    expect(engineB.getStatus()).toEqual({ state: 'off' });
    expect(readTeam(b.vault)).toBeUndefined();
    const marked = [...b.vault.store.all('inquiries'), ...b.vault.store.all('settings')].filter(
      (record) => (record.payload as { meta: { sync?: { mark?: unknown } } }).meta.sync?.mark,
    );
    expect(marked).toEqual([]);
    // Saves are plain again, and nothing of A's reaches B any more.
    const own = await saveInquiry(b.vault, undefined, draft('Nach dem Austritt'));
    expect((b.vault.store.get('inquiries', own.id)!.payload as { meta: { sync?: unknown } }).meta.sync).toBe(
      undefined,
    );
    await saveInquiry(a.vault, undefined, draft('Nur noch bei Anna'));
    await engineA.syncNow();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(
      listInquiries(b.vault.store)
        .map((i) => i.subject)
        .sort(),
    ).toEqual(['Nach dem Austritt', 'Sprachkurs für Familie Haddad']);

    // Locked and opened again: no team (the server password and keys are gone from the vault).
    await b.vault.prepareLock();
    const state = await readVaultState(b.db);
    if (state.kind !== 'locked') throw new Error('not locked');
    const reopened = await unlockVault(b.db, state.header, PASSWORD);
    expect(readTeam(reopened)).toBeUndefined();

    // Ben sets up a team of his own later: every record he holds is uploaded, none counts as sent.
    await server.createDatabase('kreis-neu', ['ben']);
    await setUpTeam(reopened, { ...account('ben', 'Ben-Passwort-2'), database: 'kreis-neu' }, 'Büro Neu', {
      name: 'Ben Weber',
      role: 'koordination',
      device: 'Laptop',
    });
    const engineNew = await started(reopened);
    const synced = (table: 'inquiries' | 'followups') => [...reopened.store.all(table)].length;
    expect(engineNew.getStatus()).toMatchObject({ state: 'synced', waiting: 0 });
    // Both inquiries, the office settings, and the member records (Anna's copy and Ben's own).
    expect(engineNew.lastRound?.pushed).toBe(synced('inquiries') + 1 + 2);
  });
});
