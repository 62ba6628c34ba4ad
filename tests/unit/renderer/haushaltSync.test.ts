// Haushalt (role "verwaltung") beside two coordinators and the lead, against a real CouchDB-compatible
// server: Haushalt reads the funding file whole and the figures, no word of an inquiry; the lead
// reads figures only and is not held up by the funding documents it cannot open; the funding key
// reaches only a computer that proved it holds it, and a Haushalt removed gets nothing new.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import type { ProjectData, ReceiptData } from '../../../shared/funding/fundingRecords';
import type { FundingDeadline } from '../../../shared/funding/deadlines';
import { budgetFigures } from '../../../shared/funding/budget';
import { setUpVault, type OpenVault } from '../../../renderer/data/vault';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import { fundingFile, saveFunding } from '../../../renderer/data/funding';
import { SyncEngine } from '../../../renderer/data/sync/syncEngine';
import { readTeam } from '../../../renderer/data/sync/teamState';
import {
  inviteMember,
  joinTeam,
  leaveTeam,
  makeLead,
  removeMember,
  setUpTeam,
} from '../../../renderer/data/sync/team';
import {
  announceLead,
  announcementMark,
  inviteLead,
  leadsOf,
  readsFunding,
} from '../../../renderer/data/sync/lead';
import { fundingSecret } from '../../../shared/sync/teamKeys';
import {
  docIdFor,
  revisionFor,
  sealDoc,
  teamKeyFromSecret,
  type DocContent,
} from '../../../shared/sync/syncDoc';
import { versionOfPayload, type PayloadShape } from '../../../shared/sync/payloadVersion';
import { decodeTeamSecret } from '../../../renderer/data/sync/teamState';
import { CouchClient, type CouchAccount } from '../../../shared/sync/couchClient';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import { startCouchServer, type CouchServer } from '../../support/couchServer.mjs';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const INQUIRY_WORD = 'PERSONENMARKER';
const FUNDING_WORD = 'Dolmetscherin Şahin';
let server: CouchServer;
let counter = 0;
const engines: SyncEngine[] = [];
const title = (d: FundingDeadline) => `Frist ${d.kind}: ${d.subject}`;

beforeEach(async () => {
  server = await startCouchServer();
  for (const user of ['anna', 'ben', 'carl', 'dora', 'lena', 'heike'])
    await server.addUser(user, `${user}-Passwort-1`);
  await server.createDatabase('kreis', ['anna', 'ben', 'carl', 'dora']);
  await server.createDatabase('kreis-statistik', ['anna', 'ben', 'carl', 'lena', 'heike']);
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
  return setUpVault(new AnlaufstelleDb(`haushalt-test-${Date.now()}-${counter++}`), PASSWORD);
}

async function started(vault: OpenVault): Promise<SyncEngine> {
  const engine = new SyncEngine(vault);
  engines.push(engine);
  await engine.start();
  return engine;
}

const project: ProjectData = {
  kind: 'project',
  title: 'Lotsenprojekt 2026',
  purpose: 'Qualifizierung der Integrationslotsen',
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

const receipt = (projectId: string, number: string, amountCents: number): ReceiptData => ({
  kind: 'receipt',
  projectId,
  number,
  date: '2026-03-01',
  party: FUNDING_WORD,
  purpose: 'Sprachmittlung',
  amountCents,
  lineId: 'l-1',
  note: '',
});

async function join(vault: OpenVault, user: string, code: string, name: string) {
  await joinTeam(vault, account(user, 'kreis-statistik'), code, { name, role: 'leitung', device: 'PC' });
}

/** Anna and Ben coordinate; Lena (Leitung) and Heike (Haushalt) joined with the statistics database's codes. */
async function office() {
  const anna = await freshVault();
  await setUpTeam(anna, account('anna'), 'Integrationsbüro Musterstadt', {
    name: 'Anna Schulz',
    role: 'koordination',
    device: 'PC 1',
  });
  const engineA = await started(anna);
  const ben = await freshVault();
  await joinTeam(ben, account('ben'), (await inviteMember(anna)).code, {
    name: 'Ben Weber',
    role: 'koordination',
    device: 'Laptop',
  });
  const engineB = await started(ben);
  const lena = await freshVault();
  await join(lena, 'lena', (await inviteLead(anna, 'kreis-statistik', 'leitung')).code, 'Lena Vogt');
  const heike = await freshVault();
  await join(heike, 'heike', (await inviteLead(anna, 'kreis-statistik', 'verwaltung')).code, 'Heike Brandt');
  const engineL = await started(lena);
  const engineH = await started(heike);
  return { anna, ben, lena, heike, engineA, engineB, engineL, engineH };
}

const contents = (vault: OpenVault) =>
  JSON.stringify(RECORD_TABLES.flatMap((table) => [...vault.store.all(table)]));

describe('Haushalt', () => {
  it('reads the funding file whole and the figures, no word of an inquiry; the lead reads no funding record and is not held up', async () => {
    const { anna, ben, lena, heike, engineA, engineB, engineL, engineH } = await office();
    await saveInquiry(anna, undefined, {
      ...emptyInquiryDraft(new Date('2026-11-30T09:15:00Z'), { channel: 'kanal-01' }),
      subject: `${INQUIRY_WORD} Sprachkurs`,
      notes: INQUIRY_WORD,
      minutes: 30,
    });
    const projectId = await saveFunding(anna, undefined, project, title);
    await saveFunding(anna, undefined, receipt(projectId, 'B-1', 12_050), title);
    await engineA.syncNow();
    await engineB.syncNow();
    await saveFunding(ben, undefined, receipt(projectId, 'B-2', 30_000), title);
    await engineB.syncNow();
    await engineA.syncNow();
    await engineH.syncNow();
    await engineL.syncNow();
    expect(engineH.getStatus()).toMatchObject({ state: 'synced' });
    expect(engineL.getStatus()).toMatchObject({ state: 'synced' });

    // Haushalt: the same funding file as the coordinators', to the cent.
    const file = fundingFile(heike.store);
    expect(file).toEqual(fundingFile(anna.store));
    expect(file.receipts.map((r) => r.number).sort()).toEqual(['B-1', 'B-2']);
    expect(budgetFigures(file.projects[0]!, file.receipts).total.actualCents).toBe(42_050);
    expect(readsFunding(heike)).toBe(true);
    // The inquiry counts, its words are not there.
    expect(listInquiries(heike.store)).toHaveLength(1);
    expect(contents(anna)).toContain(INQUIRY_WORD);
    expect(contents(heike)).not.toContain(INQUIRY_WORD);
    // The deadline follow-ups stay with the coordinators (Haushalt reads the deadlines from the records).
    expect(contents(heike)).not.toContain('Frist proof');

    // The lead: the figures, no funding record, no funding word.
    expect(listInquiries(lena.store)).toHaveLength(1);
    expect(fundingFile(lena.store).projects).toEqual([]);
    expect(contents(lena)).not.toContain(FUNDING_WORD);
    expect(readsFunding(lena)).toBe(false);
    expect(readTeam(lena)!.fundingKeys).toBeUndefined();
    // Haushalt's copies go when it leaves the team: no coordinator's log of empty inquiries is left.
    engineH.stop();
    await leaveTeam(heike);
    expect(readTeam(heike)).toBeUndefined();
    expect(fundingFile(heike.store).projects).toEqual([]);
    expect(listInquiries(heike.store)).toEqual([]);
    // The funding documents are in the database the lead reads: its key opens none of them.
    const all = (await (await server.admin('/kreis-statistik/_all_docs')).json()) as {
      rows: { id: string }[];
    };
    expect(all.rows.filter((r) => /^f[0-9a-f]{32}$/.test(r.id))).toHaveLength(3);
  });

  it('a new key reaches Haushalt only where it proved holding the funding key; Haushalt removed gets nothing new', async () => {
    const { anna, ben, lena, heike, engineA, engineL, engineH } = await office();
    const projectId = await saveFunding(anna, undefined, project, title);
    await engineA.syncNow();
    await engineH.syncNow();
    expect(fundingFile(heike.store).projects).toHaveLength(1);

    // Lena's computer calls itself Haushalt (it can rewrite its own announcement): no proof, no key.
    const lenaTeam = readTeam(lena)!;
    await announceLead(
      new CouchClient(account('lena', 'kreis-statistik')),
      decodeTeamSecret(lenaTeam.keys[0]!),
      lena.deviceId,
      {
        name: 'Lena Vogt',
        role: 'verwaltung',
        device: 'PC',
        recipient: lenaTeam.recipient,
        joinedAt: '2026-11-30T10:00:00Z',
      },
    );
    // Shown as what it proved to be.
    expect((await leadsOf(anna)).find((l) => l.name === 'Lena Vogt')?.role).toBe('leitung');
    expect((await leadsOf(anna)).find((l) => l.name === 'Heike Brandt')?.role).toBe('verwaltung');

    // Ben leaves: a new team key, new statistics and funding keys.
    await engineA.withKeyChange(() => removeMember(anna, ben.deviceId));
    await saveFunding(anna, undefined, receipt(projectId, 'B-3', 5_000), title);
    await engineA.syncNow();
    const keyDocs = (await (
      await server.admin('/kreis-statistik/_all_docs?startkey="key-"&endkey="key-\ufff0"')
    ).json()) as {
      rows: { id: string }[];
    };
    const forDevice = (deviceId: string) => keyDocs.rows.filter((r) => r.id.endsWith(`-${deviceId}`)).length;
    expect(forDevice(lena.deviceId)).toBe(1); // the statistics key only
    expect(forDevice(heike.deviceId)).toBe(2); // statistics and funding
    await engineH.syncNow();
    await engineL.syncNow();
    expect(engineH.getStatus()).toMatchObject({ state: 'synced' });
    expect(engineL.getStatus()).toMatchObject({ state: 'synced' });
    expect(fundingFile(heike.store).receipts.map((r) => r.number)).toEqual(['B-3']);
    expect(readTeam(heike)!.fundingKeys).toHaveLength(2);
    expect(contents(lena)).not.toContain(FUNDING_WORD);

    // Heike removed: from then on her computer opens nothing new.
    await engineA.withKeyChange(() => removeMember(anna, heike.deviceId));
    await saveFunding(anna, undefined, receipt(projectId, 'B-4', 7_000), title);
    await engineA.syncNow();
    await engineH.syncNow();
    expect(engineH.getStatus()).toMatchObject({ state: 'failed', failure: 'revoked' });
    expect(fundingFile(heike.store).receipts.map((r) => r.number)).toEqual(['B-3']);
    await engineL.syncNow();
    expect(engineL.getStatus()).toMatchObject({ state: 'synced' });
  });
  it('a proof made with an old key, a removed Haushalt announcing itself again, a funding record under the statistics key: none of them gets through', async () => {
    const { anna, ben, lena, heike, engineA, engineB, engineL, engineH } = await office();
    const projectId = await saveFunding(anna, undefined, project, title);
    await engineA.syncNow();
    await engineB.syncNow();
    await engineH.syncNow();
    // Ben's computer keeps the team key it had; Ben is made lead and joins anew as Leitung, then
    // calls that computer Haushalt with a proof under the funding key of his old team key.
    const oldTeam = decodeTeamSecret(readTeam(ben)!.keys[0]!);
    await engineA.withKeyChange(() => makeLead(anna, ben.deviceId));
    const ben2 = await freshVault();
    await join(ben2, 'ben', (await inviteLead(anna, 'kreis-statistik', 'leitung')).code, 'Ben Weber');
    const t2 = readTeam(ben2)!;
    await announceLead(
      new CouchClient(account('ben', 'kreis-statistik')),
      decodeTeamSecret(t2.keys[0]!),
      ben2.deviceId,
      {
        name: 'Ben Weber',
        role: 'verwaltung',
        device: 'PC',
        recipient: t2.recipient,
        joinedAt: '2026-11-30T10:00:00Z',
      },
      await fundingSecret(oldTeam),
    );
    // Haushalt meanwhile renews its proof under the new funding key (its round after the key change).
    await engineA.syncNow();
    await engineH.syncNow();
    await engineH.syncNow();
    expect(readTeam(heike)!.announced).toBe(announcementMark(readTeam(heike)!));

    // Heike removed; her computer (or Lena's for it) announces her again, with her last proof.
    const h = readTeam(heike)!;
    await engineA.withKeyChange(() => removeMember(anna, heike.deviceId));
    await announceLead(
      new CouchClient(account('heike', 'kreis-statistik')),
      decodeTeamSecret(h.keys.at(-1)!),
      heike.deviceId,
      {
        name: 'Heike Brandt',
        role: 'verwaltung',
        device: 'PC',
        recipient: h.recipient,
        joinedAt: '2026-11-30T10:00:00Z',
      },
      decodeTeamSecret(h.fundingKeys!.at(-1)!),
    );
    expect((await leadsOf(anna)).map((l) => l.name)).not.toContain('Heike Brandt');
    // The next key change: nobody but a proved, present Haushalt would get a funding key — here nobody.
    const carl = await freshVault();
    await joinTeam(carl, account('carl'), (await inviteMember(anna)).code, {
      name: 'Carl',
      role: 'koordination',
      device: 'X',
    });
    await engineA.withKeyChange(() => removeMember(anna, carl.deviceId));
    await saveFunding(anna, undefined, receipt(projectId, 'B-9', 900), title);
    await engineA.syncNow();
    const keyDocs = (await (
      await server.admin('/kreis-statistik/_all_docs?startkey="key-"&endkey="key-\ufff0"')
    ).json()) as {
      rows: { id: string }[];
    };
    const latestFunding = (await fundingSecret(decodeTeamSecret(readTeam(anna)!.keys.at(-1)!))).keyId;
    expect(keyDocs.rows.filter((r) => r.id.startsWith(`key-${latestFunding}-`))).toEqual([]);
    await engineH.syncNow();
    expect(fundingFile(heike.store).receipts.map((r) => r.number)).not.toContain('B-9');

    // Lena (statistics key) writes a funding record under it, at an "f" id and at a plain one: refused.
    const statsKey = await teamKeyFromSecret(decodeTeamSecret(readTeam(lena)!.keys.at(-1)!));
    const forged = versionOfPayload(anna.store.get('funding', projectId)!.payload as PayloadShape);
    for (const docId of [
      `f${await docIdFor(statsKey, 'funding', projectId)}`,
      await docIdFor(statsKey, 'funding', 'erfunden-1'),
    ]) {
      const content: DocContent = {
        table: 'funding',
        id: docId.startsWith('f') ? projectId : 'erfunden-1',
        version: { ...forged, data: { ...project, title: 'Phantom-Vorhaben' } },
      };
      await new CouchClient(account('lena', 'kreis-statistik')).bulkDocs([
        await sealDoc(statsKey, docId, [await revisionFor(statsKey, undefined, content)], content),
      ]);
    }
    await engineL.syncNow();
    expect(engineL.getStatus()).toMatchObject({ state: 'synced' });
    expect(contents(lena)).not.toContain('Phantom-Vorhaben');
  });

  it('Haushalt renews its proof after each new key and keeps reading; a funding document under a key nobody gave it does not stop it', async () => {
    const { anna, ben, heike, engineA, engineH } = await office();
    const projectId = await saveFunding(anna, undefined, project, title);
    await engineA.syncNow();
    for (const [number, user] of [
      ['B-1', 'carl'],
      ['B-2', 'dora'],
    ] as const) {
      const member = await freshVault();
      await joinTeam(member, account(user), (await inviteMember(anna)).code, {
        name: user,
        role: 'koordination',
        device: 'X',
      });
      await engineA.withKeyChange(() => removeMember(anna, member.deviceId));
      await saveFunding(anna, undefined, receipt(projectId, number, 1_000), title);
      await engineA.syncNow();
      await engineH.syncNow();
      expect(engineH.getStatus()).toMatchObject({ state: 'synced' });
      expect(fundingFile(heike.store).receipts.map((r) => r.number)).toContain(number);
    }
    void ben;
    // A document at an "f" id under an unknown key (anyone who can write the database could put it
    // there): counted unreadable, passed by; Haushalt goes on reading.
    await new CouchClient(account('heike', 'kreis-statistik')).putDoc({
      _id: `f${'0'.repeat(32)}`,
      k: 't-0123456789abcdef',
      iv: 'AAAA',
      ct: 'AAAA',
    } as never);
    await saveFunding(anna, undefined, receipt(projectId, 'B-3', 500), title);
    await engineA.syncNow();
    await engineH.syncNow();
    expect(engineH.getStatus()).toMatchObject({ state: 'synced' });
    expect(
      fundingFile(heike.store)
        .receipts.map((r) => r.number)
        .sort(),
    ).toEqual(['B-1', 'B-2', 'B-3']);
  });

  it('the funding file is published only once a Haushalt was invited', async () => {
    const anna = await freshVault();
    await setUpTeam(anna, account('anna'), 'Integrationsbüro Musterstadt', {
      name: 'Anna Schulz',
      role: 'koordination',
      device: 'PC 1',
    });
    const engineA = await started(anna);
    await inviteLead(anna, 'kreis-statistik', 'leitung');
    await saveFunding(anna, undefined, project, title);
    await engineA.syncNow();
    const fundingDocs = async () =>
      (
        (await (await server.admin('/kreis-statistik/_all_docs')).json()) as { rows: { id: string }[] }
      ).rows.filter((r) => /^f[0-9a-f]{32}$/.test(r.id)).length;
    expect(await fundingDocs()).toBe(0);
    await inviteLead(anna, 'kreis-statistik', 'verwaltung');
    await engineA.syncNow();
    expect(await fundingDocs()).toBe(1);
  });
});
