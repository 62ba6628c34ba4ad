// The office lead's computer (Leitung, nur Auswertung) beside two coordinators, against a real
// CouchDB-compatible server: the lead reads the statistics database with the statistics key only,
// gets the figures to the unit and none of the words; a lead removed or a coordinator made lead
// loses what is new.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { computeTeamWorkload } from '../../../shared/stats/teamWorkload';
import { setUpVault, type OpenVault } from '../../../renderer/data/vault';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import { listFollowups, saveFollowup } from '../../../renderer/data/followups';
import { listActivities } from '../../../renderer/data/networkRecords';
import { readSettings, saveSettings } from '../../../renderer/data/settings';
import { SyncEngine } from '../../../renderer/data/sync/syncEngine';
import { readTeam } from '../../../renderer/data/sync/teamState';
import {
  inviteMember,
  joinTeam,
  makeLead,
  removeMember,
  setUpTeam,
  teamMembers,
} from '../../../renderer/data/sync/team';
import {
  inviteLead,
  leadsOf,
  LeadVaultNotEmptyError,
  readStatistics,
} from '../../../renderer/data/sync/lead';
import type { CouchAccount } from '../../../shared/sync/couchClient';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import { startCouchServer, type CouchServer } from '../../support/couchServer.mjs';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const MARK = 'PERSONENMARKER';
let server: CouchServer;
let counter = 0;
const engines: SyncEngine[] = [];

beforeEach(async () => {
  server = await startCouchServer();
  for (const user of ['anna', 'ben', 'lena']) await server.addUser(user, `${user}-Passwort-1`);
  await server.createDatabase('kreis', ['anna', 'ben']);
  await server.createDatabase('kreis-statistik', ['anna', 'ben', 'lena']);
}, 60_000);
afterEach(async () => {
  for (const engine of engines.splice(0)) engine.stop();
  await server.dispose();
});

const account = (user: string, database = 'kreis'): CouchAccount => ({
  server: server.url,
  database,
  user,
  password: `${user}-Passwort-1`,
});

async function freshVault(): Promise<OpenVault> {
  return setUpVault(new AnlaufstelleDb(`lead-test-${Date.now()}-${counter++}`), PASSWORD);
}

async function started(vault: OpenVault): Promise<SyncEngine> {
  const engine = new SyncEngine(vault);
  engines.push(engine);
  await engine.start();
  return engine;
}

function draft(subject: string, handledBy: string, minutes: number) {
  return {
    ...emptyInquiryDraft(new Date('2026-11-30T09:15:00Z'), { channel: 'kanal-01' }),
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject,
    notes: `${MARK} Notiz`,
    requester: { name: `${MARK} Name`, organisation: '', contact: `${MARK} 0151` },
    referrals: [`${MARK} Anwältin`],
    handledBy,
    minutes,
  };
}

/** Anna and Ben coordinate; Lena, the lead, joined with the statistics database's code. */
async function office() {
  const anna = await freshVault();
  await setUpTeam(anna, account('anna'), 'Integrationsbüro Musterstadt', {
    name: 'Anna Schulz',
    role: 'koordination',
    device: 'PC 1',
  });
  const settings = readSettings(anna.store);
  await saveSettings(anna, {
    ...settings,
    lists: {
      ...settings.lists,
      teamMembers: [...settings.lists.teamMembers, { id: 'tm-ben', label: 'Ben Weber' }],
    },
  });
  const engineA = await started(anna);
  const ben = await freshVault();
  await joinTeam(ben, account('ben'), (await inviteMember(anna)).code, {
    name: 'Ben Weber',
    role: 'koordination',
    device: 'Laptop',
  });
  const engineB = await started(ben);
  const invitation = await inviteLead(anna, 'kreis-statistik');
  expect(invitation.database).toBe('kreis-statistik');
  const lena = await freshVault();
  await joinTeam(lena, account('lena', 'kreis-statistik'), invitation.code, {
    name: 'Lena Vogt',
    role: 'leitung',
    device: 'PC Amtsleitung',
  });
  const engineL = await started(lena);
  return { anna, ben, lena, engineA, engineB, engineL };
}

const annaId = (vault: OpenVault) =>
  readSettings(vault.store).lists.teamMembers.find((m) => m.label === 'Anna Schulz')!.id;

describe("the office lead's computer", () => {
  it('gets every figure of both coordinators and no word of theirs; it holds no team key and cannot read the full log', async () => {
    const { anna, ben, lena, engineA, engineB, engineL } = await office();
    const anne = annaId(anna);
    await saveInquiry(anna, undefined, draft(`${MARK} Sprachkurs`, anne, 30));
    await saveInquiry(anna, undefined, draft(`${MARK} Wohnung`, anne, 45));
    await engineB.syncNow();
    await saveInquiry(ben, undefined, draft(`${MARK} Praktikum`, 'tm-ben', 60));
    await saveFollowup(ben, undefined, {
      title: `${MARK} Rückruf`,
      due: '2026-12-01',
      assignee: 'tm-ben',
      notes: MARK,
      inquiryId: null,
    });
    await engineB.syncNow();
    await engineA.syncNow();
    await engineL.syncNow();
    expect(engineL.getStatus()).toMatchObject({ state: 'synced', waiting: 0 });

    const query = { from: '2026-01-01', to: '2026-12-31', grouping: 'month' as const, today: '2026-11-30' };
    const members = readSettings(anna.store).lists.teamMembers;
    const figures = (vault: OpenVault) =>
      computeTeamWorkload(
        listInquiries(vault.store),
        listActivities(vault.store),
        listFollowups(vault.store),
        members,
        query,
      );
    const lead = figures(lena);
    expect(lead.office).toMatchObject({ inquiries: 3, hours: 2.25, openFollowups: 1 });
    expect(lead.members.find((m) => m.member === anne)).toMatchObject({ inquiries: 2, hours: 1.25 });
    expect(lead.members.find((m) => m.member === 'tm-ben')).toMatchObject({
      inquiries: 1,
      hours: 1,
      openFollowups: 1,
    });
    expect(lead).toEqual(figures(anna));
    // The office's lists (names of the team) came with the figures.
    expect(readSettings(lena.store).lists.teamMembers.map((m) => m.label)).toContain('Ben Weber');

    // No word: the whole of the lead's store, against a positive control on Anna's.
    const contents = (vault: OpenVault) =>
      JSON.stringify(RECORD_TABLES.flatMap((table) => [...vault.store.all(table)]));
    expect(contents(anna)).toContain(MARK);
    expect(contents(lena)).not.toContain(MARK);
    // No team key: the lead's keys are not the team's, and no key document names its computer.
    const teamKeyIds = readTeam(anna)!.keys.map((k) => k.keyId);
    expect(
      readTeam(lena)!
        .keys.map((k) => k.keyId)
        .some((id) => teamKeyIds.includes(id)),
    ).toBe(false);
    expect(readTeam(lena)!.role).toBe('leitung');
    const keyDocs = await (await server.admin('/kreis/_all_docs?startkey="key-"&endkey="key-\ufff0"')).text();
    expect(keyDocs).not.toContain(lena.deviceId);
    // The server refuses the lead's account the full database.
    const full = await fetch(`${server.url}/kreis/_all_docs`, {
      headers: { Authorization: `Basic ${btoa('lena:lena-Passwort-1')}` },
    });
    expect([401, 403]).toContain(full.status);
    // The coordinators see the lead in their list.
    expect((await leadsOf(anna)).map((l) => l.name)).toEqual(['Lena Vogt']);
  });

  it('a statistics database gone does not stop the team: the round succeeds and says what failed', async () => {
    const { anna, engineA, engineB } = await office();
    // Everything published (the office's settings after Ben's name came in).
    await engineB.syncNow();
    await engineA.syncNow();
    await engineA.syncNow();
    expect((await server.admin('/kreis-statistik', { method: 'DELETE' })).ok).toBe(true);
    await saveInquiry(anna, undefined, draft('Nach dem Umzug', annaId(anna), 20));
    await engineA.syncNow();
    expect(engineA.getStatus()).toMatchObject({ state: 'synced', waiting: 0, statsFailure: 'notFound' });
    // Back (IT restored it): the next round publishes again and the note goes.
    await server.createDatabase('kreis-statistik', ['anna', 'ben', 'lena']);
    await engineA.syncNow();
    expect(engineA.getStatus()).toEqual(expect.not.objectContaining({ statsFailure: expect.anything() }));
    expect(engineA.getStatus().state).toBe('synced');
    // Everything is published into the new database: the office's settings and the inquiry.
    const info = (await (await server.admin('/kreis-statistik')).json()) as { doc_count: number };
    expect(info.doc_count).toBe(2);
  });

  it("refuses the office's own database, and another while a lead reads from the first; nothing changes", async () => {
    const { anna, engineA, engineB } = await office();
    await expect(inviteLead(anna, 'kreis')).rejects.toMatchObject({ problem: 'officeDatabase' });
    await server.createDatabase('andere-statistik', ['anna']);
    await expect(inviteLead(anna, 'andere-statistik')).rejects.toMatchObject({
      problem: 'leadsElsewhere',
      current: 'kreis-statistik',
    });
    expect(readStatistics(anna)?.database).toBe('kreis-statistik');
    // The team syncs on.
    await engineA.syncNow();
    await engineB.syncNow();
    expect(engineB.getStatus()).toMatchObject({ state: 'synced' });
  });

  it("a lead's code needs an empty vault: with records in it, nothing changes", async () => {
    const { anna } = await office();
    const { code } = await inviteLead(anna, 'kreis-statistik');
    const used = await freshVault();
    await saveInquiry(used, undefined, draft('Eigener Eintrag', '', 10));
    await expect(
      joinTeam(used, account('lena', 'kreis-statistik'), code, {
        name: 'Lena',
        role: 'leitung',
        device: 'PC',
      }),
    ).rejects.toBeInstanceOf(LeadVaultNotEmptyError);
    expect(readTeam(used)).toBeUndefined();
    // The code is not used up: with an empty vault it works.
    const empty = await freshVault();
    await joinTeam(empty, account('lena', 'kreis-statistik'), code, {
      name: 'Lena',
      role: 'leitung',
      device: 'PC',
    });
    expect(readTeam(empty)?.role).toBe('leitung');
  });

  it('a coordinator made lead gets no new full record; a lead removed gets nothing new', async () => {
    const { anna, ben, lena, engineA, engineB, engineL } = await office();
    await saveInquiry(anna, undefined, draft('Vorher', annaId(anna), 30));
    await engineA.syncNow();
    await engineB.syncNow();
    await engineL.syncNow();
    expect(listInquiries(ben.store).map((i) => i.subject)).toEqual(['Vorher']);

    // Ben becomes Leitung: a new team key for Anna only; his computer is out (he joins as lead anew).
    await engineA.withKeyChange(() => makeLead(anna, ben.deviceId));
    const benNow = teamMembers(anna.store).find((m) => m.name === 'Ben Weber');
    expect(benNow?.role).toBe('leitung');
    expect(benNow?.removedAt).toBeDefined();
    await saveInquiry(anna, undefined, draft('Nachher', annaId(anna), 15));
    await engineA.syncNow();
    await engineB.syncNow();
    expect(engineB.getStatus()).toMatchObject({ state: 'failed', failure: 'revoked' });
    expect(listInquiries(ben.store).map((i) => i.subject)).toEqual(['Vorher']);
    expect((await leadsOf(anna)).map((l) => l.name)).toEqual(['Lena Vogt']);
    // Lena reads on under the new statistics key.
    await engineL.syncNow();
    expect(engineL.getStatus()).toMatchObject({ state: 'synced' });
    expect(listInquiries(lena.store)).toHaveLength(2);

    // Lena removed: from then on her computer opens nothing new.
    await engineA.withKeyChange(() => removeMember(anna, lena.deviceId));
    await saveInquiry(anna, undefined, draft('Nach Lena', annaId(anna), 15));
    await engineA.syncNow();
    await engineL.syncNow();
    expect(engineL.getStatus()).toMatchObject({ state: 'failed', failure: 'revoked' });
    expect(listInquiries(lena.store)).toHaveLength(2);
    expect(await leadsOf(anna)).toEqual([]);
  });
});
