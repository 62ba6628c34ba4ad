// Team keys through a real CouchDB-compatible server: invitations work once and only within seven
// days, and a member removed by a re-keying cannot read what is written afterwards.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DecryptionError } from '../../../../shared/crypto/aead';
import type { RecordTable } from '../../../../shared/storage/envelope';
import { CouchClient, type CouchAccount, type CouchDoc } from '../../../../shared/sync/couchClient';
import type { MergeRules } from '../../../../shared/sync/merge';
import { syncOnce } from '../../../../shared/sync/replicator';
import { docIdFor, openDoc, teamKeyFromSecret, type TeamKey } from '../../../../shared/sync/syncDoc';
import {
  formatInvitationCode,
  invitationExpiry,
  newDeviceIdentity,
  newInvitationCode,
  newTeamSecret,
  nextTeamKey,
  unwrapKeyDoc,
  wrapForDevice,
  type KeyDoc,
  type TeamSecret,
} from '../../../../shared/sync/teamKeys';
import {
  fetchTeamKey,
  pendingInvitations,
  publishInvitation,
  publishKeyDocs,
  redeemInvitation,
  revokeInvitations,
} from '../../../../shared/sync/teamServer';
import { startCouchServer, type CouchServer } from '../../../support/couchServer.mjs';
import { MemoryReplica } from './memoryReplica';

const RULES = (_table: RecordTable): MergeRules => ({});
const DB = 'kreis-office';
let server: CouchServer;
const account = (user: string): CouchAccount => ({
  server: server.url,
  database: DB,
  user,
  password: `${user}-Passwort-1`,
});

beforeEach(async () => {
  server = await startCouchServer();
  for (const user of ['anna', 'ben', 'carla']) await server.addUser(user, `${user}-Passwort-1`);
  await server.createDatabase(DB, ['anna', 'ben', 'carla']);
}, 60_000);
afterEach(async () => {
  await server.dispose();
});

async function sync(replica: MemoryReplica, user: string, keys: Map<string, TeamKey>, identity?: string) {
  const client = new CouchClient(account(user));
  return syncOnce({
    client,
    replica,
    key: replica.key,
    keys,
    rules: RULES,
    resolveKey: async (keyId) => {
      const team = identity && (await fetchTeamKey(client, keyId, replica.device, identity));
      return team ? teamKeyFromSecret(team) : undefined;
    },
  });
}

function sameSecret(a: TeamSecret, b: TeamSecret): boolean {
  return (
    a.keyId === b.keyId && a.secret.join() === b.secret.join() && a.idSecret.join() === b.idSecret.join()
  );
}

describe('team keys', () => {
  it('an invitation code gives the new device the team key once; mistyped, wrong, used or expired codes change nothing', async () => {
    const team = newTeamSecret();
    const now = new Date('2026-11-30T10:00:00Z');
    const code = newInvitationCode();
    const typed = await formatInvitationCode(code);
    const anna = new CouchClient(account('anna'));
    await publishInvitation(anna, code, {
      team,
      office: 'Integrationsbüro Landkreis Musterstadt',
      invitedBy: 'Anna Schulz',
      expiresAt: invitationExpiry(now),
    });
    const ben = new CouchClient(account('ben'));
    const invitations = async () =>
      ((await (await server.admin(`/${DB}/_all_docs`)).json()) as { rows: { id: string }[] }).rows.filter(
        (row) => row.id.startsWith('inv-'),
      ).length;

    const eightDaysLater = new Date(now.getTime() + 8 * 86_400_000);
    await expect(redeemInvitation(ben, typed, eightDaysLater)).rejects.toMatchObject({ problem: 'expired' });
    const mistyped = typed.slice(0, 5) + (typed[5] === 'A' ? 'B' : 'A') + typed.slice(6);
    await expect(redeemInvitation(ben, mistyped, now)).rejects.toMatchObject({ problem: 'malformed' });
    const other = await formatInvitationCode(newInvitationCode());
    await expect(redeemInvitation(ben, other, now)).rejects.toMatchObject({ problem: 'wrongOrUsed' });
    expect(await invitations()).toBe(1);

    // Lower case and spaces, as typed from a printout.
    const invitation = await redeemInvitation(ben, typed.toLowerCase().replace(/-/g, ' '), now);
    expect(sameSecret(invitation.team, team)).toBe(true);
    expect(invitation).toMatchObject({
      office: 'Integrationsbüro Landkreis Musterstadt',
      invitedBy: 'Anna Schulz',
    });
    expect(await invitations()).toBe(0);
    await expect(redeemInvitation(new CouchClient(account('carla')), typed, now)).rejects.toMatchObject({
      problem: 'wrongOrUsed',
    });

    // With the key from the invitation, Ben's device reads what Anna's wrote.
    const key = await teamKeyFromSecret(team);
    const a = new MemoryReplica('d-anna', key);
    await a.edit('inquiries', 'i-1', { subject: 'Praktikum für Herrn Yilmaz', status: 'offen' });
    await sync(a, 'anna', new Map([[key.keyId, key]]));
    const benKey = await teamKeyFromSecret(invitation.team);
    const b = new MemoryReplica('d-ben', benKey);
    await sync(b, 'ben', new Map([[benKey.keyId, benKey]]));
    expect(b.visible()).toEqual(a.visible());
  });

  it('invitations not used yet can be counted and taken back: their codes then open nothing', async () => {
    const now = new Date('2026-11-30T10:00:00Z');
    const anna = new CouchClient(account('anna'));
    const codes = [newInvitationCode(), newInvitationCode()];
    for (const code of codes) {
      await publishInvitation(anna, code, {
        team: newTeamSecret(),
        office: 'Integrationsbüro Landkreis Musterstadt',
        invitedBy: 'Anna Schulz',
        expiresAt: invitationExpiry(now),
      });
    }
    expect(await pendingInvitations(anna)).toBe(2);
    expect(await revokeInvitations(anna)).toBe(2);
    expect(await pendingInvitations(anna)).toBe(0);
    const ben = new CouchClient(account('ben'));
    for (const code of codes) {
      await expect(redeemInvitation(ben, await formatInvitationCode(code), now)).rejects.toMatchObject({
        problem: 'wrongOrUsed',
      });
    }
  });

  it('a removed member cannot read what is written after the re-keying; the remaining member gets the new key', async () => {
    const first = newTeamSecret();
    const k1 = await teamKeyFromSecret(first);
    const devices = {
      anna: await newDeviceIdentity(),
      ben: await newDeviceIdentity(),
      carla: await newDeviceIdentity(),
    };
    const a = new MemoryReplica('d-anna', k1);
    const b = new MemoryReplica('d-ben', k1);
    const c = new MemoryReplica('d-carla', k1);
    await a.edit('inquiries', 'i-vorher', { subject: 'Vor dem Ausscheiden', status: 'offen' });
    await sync(a, 'anna', new Map([[k1.keyId, k1]]));
    await sync(b, 'ben', new Map([[k1.keyId, k1]]), devices.ben.identity);
    await sync(c, 'carla', new Map([[k1.keyId, k1]]), devices.carla.identity);
    expect(b.visible()).toHaveLength(1);

    // Ben leaves: a new key for Anna and Carla only, every record sent again under it.
    const second: TeamSecret = { ...nextTeamKey(), idSecret: first.idSecret };
    const anna = new CouchClient(account('anna'));
    await publishKeyDocs(anna, [
      await wrapForDevice(second, 'd-anna', devices.anna.recipient),
      await wrapForDevice(second, 'd-carla', devices.carla.recipient),
    ]);
    const k2 = await teamKeyFromSecret(second);
    a.key = k2;
    a.markAllDirty();
    await a.edit('inquiries', 'i-nachher', {
      subject: 'Nach dem Ausscheiden: Familie Haddad',
      status: 'offen',
    });
    expect(await sync(a, 'anna', new Map([[k2.keyId, k2]]))).toMatchObject({ pushed: 2 });

    // Carla's device finds its key document and reads on.
    const carlaKeys = new Map([[k1.keyId, k1]]);
    await sync(c, 'carla', carlaKeys, devices.carla.identity);
    expect(carlaKeys.has(k2.keyId)).toBe(true);
    expect(c.visible()).toEqual(a.visible());

    // Ben's device: no key document for it; its sync stops and it gets nothing new.
    await expect(sync(b, 'ben', new Map([[k1.keyId, k1]]), devices.ben.identity)).rejects.toMatchObject({
      failure: 'revoked',
    });
    expect(b.visible().map((r) => r.id)).toEqual(['i-vorher']);

    // Try it: Ben, still a CouchDB user, reads the new document and Carla's key document directly.
    const ben = new CouchClient(account('ben'));
    const doc = (await ben.getDoc<CouchDoc>(await docIdFor(k1, 'inquiries', 'i-nachher')))!;
    expect(doc.k).toBe(k2.keyId);
    await expect(openDoc(new Map([[k1.keyId, k1]]), doc)).rejects.toBeInstanceOf(DecryptionError);
    await expect(openDoc(new Map([[k2.keyId, k1]]), doc)).rejects.toBeInstanceOf(DecryptionError);
    const carlasKeyDoc = (await ben.getDoc<KeyDoc>(`key-${second.keyId}-d-carla`))!;
    await expect(unwrapKeyDoc(carlasKeyDoc, devices.ben.identity)).rejects.toBeInstanceOf(DecryptionError);
    expect(await ben.getDoc(`key-${second.keyId}-d-ben`)).toBeUndefined();
    // The positive control: Carla's identity opens the same document.
    expect(sameSecret(await unwrapKeyDoc(carlasKeyDoc, devices.carla.identity), second)).toBe(true);
  });
});
