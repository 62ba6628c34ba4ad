// Automatic backups into the folder the user chose: written under a temporary name and renamed,
// then older automatic backups rotated away. The renderer passes only the encrypted bytes (an age
// file); main names the file with its own clock, so a compromised renderer can neither choose names
// that make the rotation delete the real backups nor write anything but an age file.
import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { IpcRequest, IpcResponse } from '../../../shared/ipc/contract';
import { looksLikeAgeFile } from '../../../shared/backup/ageHeader';
import { autoBackupFileName, parseAutoBackupFileName } from '../../../shared/desktop/autoBackup';
import { DEFAULT_ROTATION, planRotation, staleTempFiles, type RotationPolicy } from '../backupRotation';

export interface BackupFs {
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  readdir(folder: string): Promise<string[]>;
  rm(path: string): Promise<void>;
  isDirectory(path: string): Promise<boolean>;
}

/** The file's path directly inside folder, or null for anything that would land elsewhere. */
export function resolveInsideFolder(folder: string, fileName: string): string | null {
  if (
    !fileName ||
    !isAbsolute(folder) ||
    fileName !== basename(fileName) ||
    fileName === '.' ||
    fileName === '..'
  ) {
    return null;
  }
  if (fileName.includes('/') || fileName.includes('\\') || fileName.includes('\0')) return null;
  const path = resolve(folder, fileName);
  const rel = relative(resolve(folder), path);
  return rel === fileName ? path : null;
}

/** Writes `request.data` as the automatic backup made `now` (main's clock), then rotates. */
export async function writeAutoBackup(
  fs: BackupFs,
  folder: string | null,
  request: IpcRequest<'backup:write'>,
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Promise<IpcResponse<'backup:write'>> {
  if (!folder) return { status: 'no-folder', removed: 0 };
  // The contract checks this already; the writer checks again, as it is the one that writes.
  if (!looksLikeAgeFile(request.data)) return { status: 'failed', removed: 0 };
  const fileName = autoBackupFileName(now);
  const path = resolveInsideFolder(folder, fileName);
  if (!path) return { status: 'failed', removed: 0 };
  try {
    // A missing folder (USB stick not plugged in, network drive offline) is reported, not created.
    if (!(await fs.isDirectory(folder))) return { status: 'failed', removed: 0 };
    await fs.writeFileAtomic(path, request.data);
  } catch {
    return { status: 'failed', removed: 0 };
  }
  let removed = 0;
  try {
    const names = await fs.readdir(folder);
    const plan = planRotation(names, policy, fileName);
    for (const name of [...plan.remove, ...staleTempFiles(names, now)]) {
      const old = resolveInsideFolder(folder, name);
      if (!old) continue;
      await fs.rm(old);
      removed++;
    }
  } catch {
    // The new backup is safe; rotation runs again next time.
  }
  return { status: 'written', removed };
}

/** The newest automatic backup in folder (from its name), or null. */
export async function lastAutoBackupAt(
  fs: Pick<BackupFs, 'readdir'>,
  folder: string | null,
): Promise<Date | null> {
  if (!folder) return null;
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return null;
  }
  let newest: Date | null = null;
  for (const name of names) {
    const at = parseAutoBackupFileName(name);
    if (at && (!newest || at > newest)) newest = at;
  }
  return newest;
}
