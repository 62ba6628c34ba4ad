// The backup's outer layer: an age v1 file with a passphrase (scrypt) recipient, so anyone with the
// passphrase can open it with the standard `age -d` tool. Streamed in chunks so long work reports
// progress and lets the window breathe.
import { Decrypter, Encrypter } from 'age-encryption';
import { ScryptIdentity, ScryptRecipient, ScryptWorkFactorError } from './ageScrypt';
import { looksLikeAgeFile } from './ageHeader';
import { BackupError } from './format';

/** Far above the ten-year size (about 60 MB); larger files are refused before any work. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
const CHUNK = 1024 * 1024;

export type ProgressListener = (fraction: number) => void;

/** Feeds the bytes in chunks and reports how far the reader got. */
function chunked(bytes: Uint8Array, onProgress: ProgressListener): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + CHUNK));
      offset += CHUNK;
      onProgress(Math.min(1, offset / bytes.length));
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Encrypts the backup plaintext to an age file under the passphrase. */
export async function sealBackupFile(
  plaintext: Uint8Array,
  passphrase: string,
  onProgress: ProgressListener = () => {},
  /** log2 of scrypt's N; age's default 18. Lower only in tests. */
  scryptWorkFactor = 18,
): Promise<Uint8Array<ArrayBuffer>> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(new ScryptRecipient(passphrase, scryptWorkFactor));
  return collect(await encrypter.encrypt(chunked(plaintext, onProgress)));
}

/** Opens an age file with the passphrase; every failure is a BackupError with a German message key. */
export async function openBackupFile(
  file: Uint8Array,
  passphrase: string,
  onProgress: ProgressListener = () => {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (file.length === 0) throw new BackupError('empty');
  if (file.length > MAX_BACKUP_BYTES) {
    throw new BackupError('tooLarge', { mb: Math.round(file.length / 1024 / 1024) });
  }
  if (!looksLikeAgeFile(file)) throw new BackupError('notAge');
  const decrypter = new Decrypter();
  decrypter.addIdentity(new ScryptIdentity(passphrase));
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = await decrypter.decrypt(chunked(file, onProgress));
  } catch (e) {
    if (e instanceof ScryptWorkFactorError) throw new BackupError('workFactor', { logN: e.logN });
    const message = e instanceof Error ? e.message : '';
    if (/no identity matched/.test(message)) throw new BackupError('wrongPassphrase');
    throw new BackupError('damaged');
  }
  try {
    return await collect(stream);
  } catch {
    throw new BackupError('damaged');
  }
}
