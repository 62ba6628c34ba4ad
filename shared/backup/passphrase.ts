// The suggested backup passphrase: 120 random bits in six groups of four characters (Crockford
// Base32: no I, L, O, U), easy to print, read out and type.
import { randomBytes } from '../crypto/bytes';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const MIN_BACKUP_PASSPHRASE_LENGTH = 12;

export function generateBackupPassphrase(): string {
  const bytes = randomBytes(24);
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

export function backupPassphraseProblem(passphrase: string): 'tooShort' | null {
  return [...passphrase].length < MIN_BACKUP_PASSPHRASE_LENGTH ? 'tooShort' : null;
}
