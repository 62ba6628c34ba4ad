// The team key and how it reaches a member's device.
//
// - The team key is 32 random bytes with a key id; syncDoc.ts derives the cipher and the id keys
//   from it. It lives in each member's vault and nowhere else in the clear.
// - Each device has its own age X25519 identity (kept in its vault as a device secret); its public
//   recipient is published in the team's member records. A key document on the server holds the
//   team key wrapped to one device's recipient: that is how a new team key (after a member was
//   removed) reaches the remaining members and no one else.
// - An invitation is a one-time code of 256 bits. The invitation document's id and its wrapping
//   key are both derived from the code (HKDF), so the server can neither find the code nor open the
//   document; it holds the team key and an expiry date, sealed together.
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { DecryptionError, open, seal } from '../crypto/aead';
import { fromBase64, randomBytes, toBase64, toHex, utf8Decode, utf8Encode } from '../crypto/bytes';
import { formatRecoveryKey, parseRecoveryKey } from '../crypto/recoveryKey';
import type { TeamSecret } from './syncDoc';
import { FIGURES_ROLES, type FiguresRole } from '../domain/team';

export const TEAM_SECRET_BYTES = 32;
/** An invitation is valid for seven days. */
export const INVITATION_DAYS = 7;

export type { TeamSecret };

/** A new team: its first key and its id secret. */
export function newTeamSecret(): TeamSecret {
  return { ...nextTeamKey(), idSecret: randomBytes(TEAM_SECRET_BYTES) };
}

/** A new key for the same team (a member was removed): new key id and key, same id secret. */
export function nextTeamKey(): Omit<TeamSecret, 'idSecret'> {
  return { keyId: `t-${toHex(randomBytes(8))}`, secret: randomBytes(TEAM_SECRET_BYTES) };
}

/**
 * The statistics key that goes with a team key: derived from it one way, so every coordinator holds
 * it without it being handed round, and the office lead, given only this, can derive nothing of the
 * team key. A new team key (a member removed or made lead) brings a new statistics key; the id
 * secret is derived from the team's fixed one, so the statistics documents keep their ids.
 */
export function statisticsSecret(team: TeamSecret): Promise<TeamSecret> {
  return derivedSecret(team, 'statistics');
}

/**
 * The funding key: the funding file as Haushalt reads it (in the statistics database, under a key of
 * its own). Derived like the statistics key but apart from it: the lead, who holds the statistics
 * key, can open no funding document.
 */
export function fundingSecret(team: TeamSecret): Promise<TeamSecret> {
  return derivedSecret(team, 'funding');
}

async function derivedSecret(team: TeamSecret, purpose: 'statistics' | 'funding'): Promise<TeamSecret> {
  const [secret, idSecret, keyId] = await Promise.all([
    hkdf(team.secret, `anlaufstelle/v1|${purpose}-key`, TEAM_SECRET_BYTES),
    hkdf(team.idSecret, `anlaufstelle/v1|${purpose}-ids`, TEAM_SECRET_BYTES),
    hkdf(team.secret, `anlaufstelle/v1|${purpose}-key-id`, 8),
  ]);
  return { keyId: `t-${toHex(keyId)}`, secret, idSecret };
}

async function hkdf(material: Uint8Array, info: string, length: number): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey('raw', new Uint8Array(material), 'HKDF', false, ['deriveBits']);
  const bits = await subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8Encode('anlaufstelle/v1|statistics'), info: utf8Encode(info) },
    base,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** A device's key pair: the identity stays in its vault, the recipient is published to the team. */
export async function newDeviceIdentity(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

// ---------- Key documents ----------

export interface KeyDoc {
  _id: string;
  _rev?: string;
  type: 'teamKey';
  keyId: string;
  /** age ciphertext (base64) of the key id and the team key, to one device's recipient. */
  wrapped: string;
}

export function keyDocId(keyId: string, deviceId: string): string {
  return `key-${keyId}-${deviceId}`;
}

export async function wrapForDevice(team: TeamSecret, deviceId: string, recipient: string): Promise<KeyDoc> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  // The key id travels inside, so a key document moved to another key id does not open as that key.
  const plain = JSON.stringify(encodeSecret(team));
  const wrapped = await encrypter.encrypt(plain);
  return {
    _id: keyDocId(team.keyId, deviceId),
    type: 'teamKey',
    keyId: team.keyId,
    wrapped: toBase64(wrapped),
  };
}

export async function unwrapKeyDoc(doc: KeyDoc, identity: string): Promise<TeamSecret> {
  try {
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    const team = decodeSecret(JSON.parse(await decrypter.decrypt(fromBase64(doc.wrapped), 'text')));
    if (team.keyId !== doc.keyId) throw new DecryptionError();
    return team;
  } catch {
    throw new DecryptionError();
  }
}

type EncodedSecret = { keyId: string; secret: string; idSecret: string };

function encodeSecret(team: TeamSecret): EncodedSecret {
  return { keyId: team.keyId, secret: toBase64(team.secret), idSecret: toBase64(team.idSecret) };
}

function decodeSecret(value: unknown): TeamSecret {
  const encoded = (value ?? {}) as Partial<EncodedSecret>;
  if (typeof encoded.keyId !== 'string' || !/^t-[0-9a-f]{16}$/.test(encoded.keyId))
    throw new DecryptionError();
  if (typeof encoded.secret !== 'string' || typeof encoded.idSecret !== 'string') throw new DecryptionError();
  const secret = fromBase64(encoded.secret);
  const idSecret = fromBase64(encoded.idSecret);
  if (secret.length !== TEAM_SECRET_BYTES || idSecret.length !== TEAM_SECRET_BYTES)
    throw new DecryptionError();
  return { keyId: encoded.keyId, secret, idSecret };
}

// ---------- Invitations ----------

export type InvitationProblem = 'malformed' | 'wrongOrUsed' | 'expired';

export class InvitationError extends Error {
  constructor(readonly problem: InvitationProblem) {
    super(`invitation ${problem}`);
    this.name = 'InvitationError';
  }
}

export interface Invitation {
  team: TeamSecret;
  /** The office's name, shown to the joining member before anything is downloaded. */
  office: string;
  /** Who invited, for "Eingeladen von …". */
  invitedBy: string;
  expiresAt: string;
  /**
   * Leitung: `team` is the statistics key and the database the statistics database; the new member's
   * computer reads figures only. Absent: Koordination (the team key).
   */
  role?: FiguresRole;
  /** Haushalt: the funding key too (the funding file). */
  funding?: TeamSecret;
}

export interface InvitationDoc {
  _id: string;
  _rev?: string;
  type: 'invitation';
  iv: string;
  ct: string;
}

export function newInvitationCode(): Uint8Array<ArrayBuffer> {
  return randomBytes(32);
}

/** "ABCD-EFGH-…": the recovery key's format (13 groups and a check group), so typos are caught. */
export function formatInvitationCode(code: Uint8Array): Promise<string> {
  return formatRecoveryKey(code);
}

export async function parseInvitationCode(text: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await parseRecoveryKey(text);
  } catch {
    throw new InvitationError('malformed');
  }
}

async function fromCode(code: Uint8Array, info: string, length: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey('raw', new Uint8Array(code), 'HKDF', false, ['deriveBits']);
  const bits = await subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8Encode('anlaufstelle/v1|invitation'), info: utf8Encode(info) },
    base,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** The ids of invitation documents begin so. */
export const INVITATION_PREFIX = 'inv-';

export async function invitationDocId(code: Uint8Array): Promise<string> {
  return `${INVITATION_PREFIX}${toHex(await fromCode(code, 'anlaufstelle/v1|invitation-id', 16))}`;
}

async function invitationKey(code: Uint8Array): Promise<CryptoKey> {
  const raw = await fromCode(code, 'anlaufstelle/v1|invitation-wrap', 32);
  return globalThis.crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function sealInvitation(code: Uint8Array, invitation: Invitation): Promise<InvitationDoc> {
  const id = await invitationDocId(code);
  const plain = {
    ...invitation,
    team: encodeSecret(invitation.team),
    ...(invitation.funding ? { funding: encodeSecret(invitation.funding) } : {}),
  };
  const { iv, ct } = await seal(
    await invitationKey(code),
    utf8Encode(JSON.stringify(plain)),
    `anlaufstelle/v1|invitation|${id}`,
  );
  return { _id: id, type: 'invitation', iv: toBase64(iv), ct: toBase64(ct) };
}

/** Opens an invitation found under the code's id; a code past its seven days is refused. */
export async function openInvitation(code: Uint8Array, doc: InvitationDoc, now: Date): Promise<Invitation> {
  let plain: {
    team: { keyId: string; secret: string };
    office: string;
    invitedBy: string;
    expiresAt: string;
    role?: string;
    funding?: unknown;
  };
  try {
    const bytes = await open(
      await invitationKey(code),
      { iv: fromBase64(doc.iv), ct: fromBase64(doc.ct) },
      `anlaufstelle/v1|invitation|${doc._id}`,
    );
    plain = JSON.parse(utf8Decode(bytes)) as typeof plain;
  } catch {
    throw new InvitationError('wrongOrUsed');
  }
  if (!(Date.parse(plain.expiresAt) > now.getTime())) throw new InvitationError('expired');
  let team: TeamSecret;
  let funding: TeamSecret | undefined;
  try {
    team = decodeSecret(plain.team);
    if (plain.funding !== undefined) funding = decodeSecret(plain.funding);
  } catch {
    throw new InvitationError('wrongOrUsed');
  }
  const { office, invitedBy, expiresAt } = plain;
  const role = FIGURES_ROLES.find((r) => r === plain.role);
  return {
    office,
    invitedBy,
    expiresAt,
    team,
    ...(role ? { role } : {}),
    ...(role && funding ? { funding } : {}),
  };
}

export function invitationExpiry(now: Date): string {
  return new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000).toISOString();
}
