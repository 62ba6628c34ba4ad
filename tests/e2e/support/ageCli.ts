// The standard `age` tool (Debian package "age"), as an independent reader of backups. age reads a
// passphrase only from a terminal, so it runs under `script`, which gives it one.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function ageDecrypt(file: string, passphrase: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'age-out-'));
  const out = join(dir, 'plain');
  try {
    const child = spawn('script', ['-qec', `age -d -o '${out}' '${file}'`, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let sent = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!sent && /passphrase/i.test(output)) {
        sent = true;
        child.stdin.write(`${passphrase}\n`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`age -d failed (${code}): ${output}`);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Splits a decrypted backup into its manifest line and payload bytes. */
export function splitBackup(plain: Buffer): { manifest: Record<string, unknown>; payload: Buffer } {
  const newline = plain.indexOf(0x0a);
  return {
    manifest: JSON.parse(plain.subarray(0, newline).toString('utf8')) as Record<string, unknown>,
    payload: plain.subarray(newline + 1),
  };
}
