// The office lead's computer announces itself in the statistics database: who it is and its public
// age recipient, sealed under the statistics key (the server sees neither name nor recipient). The
// coordinators list the leads from these and wrap a new statistics key to their recipients.
import { DecryptionError, open, seal } from '../crypto/aead';
import { fromBase64, toBase64, toHex, utf8Decode, utf8Encode } from '../crypto/bytes';
import type { CouchClient } from './couchClient';
import type { TeamKey } from './syncDoc';
import type { FiguresRole } from '../domain/team';

export const LEAD_PREFIX = 'lead-';

export interface LeadProfile {
  name: string;
  /** Leitung or Haushalt (announcements from before the choice: Leitung). */
  role?: FiguresRole;
  device: string;
  recipient: string;
  joinedAt: string;
  /**
   * Haushalt: proof that this computer was given the funding key (a MAC under it of device and
   * recipient). The announcement is the lead's own writing; the funding key goes on to a new key
   * only where this proof holds, so a lead's computer cannot call itself Haushalt.
   */
  funding?: { keyId: string; proof: string };
}

export interface LeadDoc {
  _id: string;
  _rev?: string;
  type: 'lead';
  k: string;
  iv: string;
  ct: string;
}

export interface Lead extends LeadProfile {
  deviceId: string;
}

const aad = (docId: string, keyId: string) => `anlaufstelle/v1|lead|${docId}|${keyId}`;

export async function sealLeadDoc(key: TeamKey, deviceId: string, profile: LeadProfile): Promise<LeadDoc> {
  const _id = `${LEAD_PREFIX}${deviceId}`;
  const { iv, ct } = await seal(key.cipher, utf8Encode(JSON.stringify(profile)), aad(_id, key.keyId));
  return { _id, type: 'lead', k: key.keyId, iv: toBase64(iv), ct: toBase64(ct) };
}

export async function openLeadDoc(keys: ReadonlyMap<string, TeamKey>, doc: LeadDoc): Promise<Lead> {
  const key = keys.get(doc.k);
  if (!key) throw new DecryptionError();
  const plain = await open(
    key.cipher,
    { iv: fromBase64(doc.iv), ct: fromBase64(doc.ct) },
    aad(doc._id, doc.k),
  );
  const profile = JSON.parse(utf8Decode(plain)) as LeadProfile;
  if (typeof profile.name !== 'string' || typeof profile.recipient !== 'string') throw new DecryptionError();
  return { ...profile, deviceId: doc._id.slice(LEAD_PREFIX.length) };
}

/** Writes (or replaces) this lead computer's announcement. */
export async function publishLeadDoc(client: CouchClient, doc: LeadDoc): Promise<void> {
  const existing = await client.getDoc<LeadDoc>(doc._id);
  await client.putDoc({ ...doc, ...(existing ? { _rev: existing._rev } : {}) });
}

/** The leads announced in the statistics database (those that do not open with these keys left out). */
export async function listLeads(client: CouchClient, keys: ReadonlyMap<string, TeamKey>): Promise<Lead[]> {
  const leads: Lead[] = [];
  for (const doc of await client.docsWithPrefix<LeadDoc>(LEAD_PREFIX)) {
    try {
      leads.push(await openLeadDoc(keys, doc));
    } catch {
      // Another team's or a tampered announcement: not a lead of this team.
    }
  }
  return leads.sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** Takes a lead's announcement back (the lead was removed). */
export async function removeLeadDoc(client: CouchClient, deviceId: string): Promise<void> {
  const existing = await client.getDoc<LeadDoc>(`${LEAD_PREFIX}${deviceId}`);
  if (existing?._rev) await client.deleteDoc(existing._id, existing._rev);
}

async function proofOf(key: TeamKey, deviceId: string, recipient: string): Promise<string> {
  const text = `anlaufstelle/v1|funding-holder|${deviceId}|${recipient}`;
  return toHex(new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key.mac, utf8Encode(text))));
}

/** Haushalt's proof, for its announcement, that it holds the funding key `key`. */
export async function fundingProof(
  key: TeamKey,
  deviceId: string,
  recipient: string,
): Promise<NonNullable<LeadProfile['funding']>> {
  return { keyId: key.keyId, proof: await proofOf(key, deviceId, recipient) };
}

/** Whether a lead's computer proved it holds one of these funding keys (Haushalt, invited as such). */
export async function holdsFundingKey(lead: Lead, keys: ReadonlyMap<string, TeamKey>): Promise<boolean> {
  const key = lead.funding && keys.get(lead.funding.keyId);
  if (!key || lead.role !== 'verwaltung') return false;
  return (await proofOf(key, lead.deviceId, lead.recipient)) === lead.funding!.proof;
}
