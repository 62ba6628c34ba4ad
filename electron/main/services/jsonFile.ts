// Small JSON files in the user-data folder (window state, desktop settings): read leniently, written
// atomically. They never hold personal data; that lives only in the encrypted vault.
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomicWrite';

export interface JsonFileDeps {
  readFile(path: string): Promise<string>;
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
}

export const nodeJsonFileDeps: JsonFileDeps = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFileAtomic,
};

/** The parsed content, or null when the file is missing, unreadable or not what parse accepts. */
export async function readJsonFile<T>(
  path: string,
  parse: (raw: unknown) => T | null,
  deps: JsonFileDeps = nodeJsonFileDeps,
): Promise<T | null> {
  let text: string;
  try {
    text = await deps.readFile(path);
  } catch {
    return null;
  }
  try {
    return parse(JSON.parse(text));
  } catch {
    return null;
  }
}

export async function writeJsonFile(
  path: string,
  value: unknown,
  deps: JsonFileDeps = nodeJsonFileDeps,
): Promise<void> {
  await deps.writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
}
