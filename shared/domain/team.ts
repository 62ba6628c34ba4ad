// The office team as the app keeps it: this device's connection to the team (a device secret, never
// synced, exported or backed up) and one member record per member device (synced like any record).

/** A record erased on this device, remembered so a late edit from elsewhere cannot bring it back. */
export interface ErasedDoc {
  docId: string;
  table: string;
  id: string;
  /** The server's open leaves when it was erased here. */
  leaves: string[];
  /** The erasure reached the server. */
  pushed: boolean;
}

export interface TeamDevice {
  /** Server address, e.g. https://couchdb.landkreis.example:6984 */
  server: string;
  database: string;
  user: string;
  /** The CouchDB password IT gave this member: stays on this device. */
  password: string;
  office: string;
  /** This device's age X25519 identity (AGE-SECRET-KEY-1…) and its public recipient. */
  identity: string;
  recipient: string;
  /** Every team key this device holds (base64), the current one last. */
  keys: { keyId: string; secret: string; idSecret: string }[];
  /** The last change of the server's database this device has merged. */
  checkpoint?: string;
  erased?: ErasedDoc[];
  /** When a sync round last completed (ISO instant). */
  lastSyncAt?: string;
  /**
   * A new member's name, to become this computer's "Ich bin" once the first round has brought the
   * office's list (kept here, so a lock or a failed round before that does not lose it).
   */
  adoptName?: string;
  /**
   * Leitung (nur Auswertung): the connection is to the statistics database, `keys` are statistics
   * keys, and this computer only reads. Absent: Koordination.
   */
  role?: FiguresRole;
  /** Haushalt: the funding keys it was given (the funding file), the current one last. */
  fundingKeys?: { keyId: string; secret: string; idSecret: string }[];
  /** Leitung/Haushalt: the keys ("statistics key id|funding key id") its announcement was last made under. */
  announced?: string;
}

/**
 * The office's statistics database, where the coordinators' computers publish the statistics
 * projection for the office lead (synced like the office's settings; no key in it: the statistics
 * key is derived from the team key).
 */
export interface StatisticsSettings {
  database: string;
  /** A Haushalt was invited: the funding file is published too (not before). */
  funding?: boolean;
  /**
   * Computers taken out (leads removed, coordinators removed or made lead): never handed a
   * statistics or funding key again, whatever they announce.
   */
  removed?: string[];
}

export const STATISTICS_ID = 'statistik';

export const MEMBER_ROLES = ['koordination', 'leitung', 'verwaltung'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
/**
 * Leitung (nur Auswertung) and Haushalt: figures only, from the statistics database; Haushalt also
 * reads the funding file.
 */
export type FiguresRole = Exclude<MemberRole, 'koordination'>;
export const FIGURES_ROLES: readonly FiguresRole[] = ['leitung', 'verwaltung'];

export interface MemberData {
  name: string;
  role: MemberRole;
  /** A label for the computer ("Laptop Büro 2"). */
  device: string;
  /** The device's age recipient: new team keys are wrapped to it. */
  recipient: string;
  joinedAt: string;
  /** Set when the member was removed; the record stays for the history ("Bearbeitet von"). */
  removedAt?: string;
  /** When this member's computer last completed a sync round (kept to a quarter of an hour). */
  lastSyncAt?: string;
}

export const MEMBER_PREFIX = 'member-';

export function memberId(deviceId: string): string {
  return `${MEMBER_PREFIX}${deviceId}`;
}
