// The team's own documents on the server, beside the records: invitations and key documents.
import type { CouchClient } from './couchClient';
import {
  INVITATION_PREFIX,
  InvitationError,
  invitationDocId,
  keyDocId,
  openInvitation,
  parseInvitationCode,
  sealInvitation,
  unwrapKeyDoc,
  type Invitation,
  type InvitationDoc,
  type KeyDoc,
  type TeamSecret,
} from './teamKeys';

export async function publishInvitation(
  client: CouchClient,
  code: Uint8Array,
  invitation: Invitation,
): Promise<void> {
  await client.putDoc(await sealInvitation(code, invitation));
}

/**
 * Redeems a typed invitation code: opens the invitation and deletes it, so the code works once.
 * A malformed, wrong, used or expired code throws InvitationError and changes nothing.
 */
export async function redeemInvitation(client: CouchClient, typed: string, now: Date): Promise<Invitation> {
  const { invitation, doc } = await peekInvitation(client, typed, now);
  await consumeInvitation(client, doc);
  return invitation;
}

/** Opens a typed invitation code without using it up (to check it fits this computer first). */
export async function peekInvitation(
  client: CouchClient,
  typed: string,
  now: Date,
): Promise<{ invitation: Invitation; doc: InvitationDoc & { _rev: string } }> {
  const code = await parseInvitationCode(typed);
  const doc = await client.getDoc<InvitationDoc>(await invitationDocId(code));
  if (!doc) throw new InvitationError('wrongOrUsed');
  return { invitation: await openInvitation(code, doc, now), doc };
}

/** Uses the invitation up, so its code works once. */
export async function consumeInvitation(
  client: CouchClient,
  doc: { _id: string; _rev: string },
): Promise<void> {
  // Someone else redeemed it a moment earlier: theirs, not ours.
  if (!(await client.deleteDoc(doc._id, doc._rev))) throw new InvitationError('wrongOrUsed');
}

/**
 * The invitations on the server not used yet (expired ones too: only their codes open them, so
 * their dates are not visible here).
 */
export async function pendingInvitations(client: CouchClient): Promise<number> {
  return (await client.docsWithPrefix(INVITATION_PREFIX)).length;
}

/** Takes back every invitation not used yet: their codes then open nothing. Returns how many. */
export async function revokeInvitations(client: CouchClient): Promise<number> {
  let revoked = 0;
  for (const doc of await client.docsWithPrefix(INVITATION_PREFIX)) {
    if (await client.deleteDoc(doc._id, doc._rev)) revoked++;
  }
  return revoked;
}

/** Writes key documents (a new team key for each remaining member's device). */
export async function publishKeyDocs(client: CouchClient, docs: KeyDoc[]): Promise<void> {
  for (const doc of docs) {
    const existing = await client.getDoc<KeyDoc>(doc._id);
    await client.putDoc({ ...doc, ...(existing ? { _rev: existing._rev } : {}) });
  }
}

/** The team key `keyId` as wrapped for this device; undefined when it was not given one. */
export async function fetchTeamKey(
  client: CouchClient,
  keyId: string,
  deviceId: string,
  identity: string,
): Promise<TeamSecret | undefined> {
  const doc = await client.getDoc<KeyDoc>(keyDocId(keyId, deviceId));
  return doc ? unwrapKeyDoc(doc, identity) : undefined;
}
