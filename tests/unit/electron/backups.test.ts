import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoBackupFileName, parseAutoBackupFileName } from '../../../shared/desktop/autoBackup';
import { isoWeekKey, planRotation, staleTempFiles } from '../../../electron/main/backupRotation';
import {
  lastAutoBackupAt,
  resolveInsideFolder,
  writeAutoBackup,
  type BackupFs,
} from '../../../electron/main/services/autoBackup';
import { writeFileAtomic } from '../../../electron/main/services/atomicWrite';
import { validateRequest } from '../../../electron/main/ipc/validate';
import type { IpcRequest } from '../../../shared/ipc/contract';

// Tests run in Europe/Berlin (tests/vitest.config.ts): names and calendar units are local time.
const name = (y: number, m: number, d: number, h = 18, mi = 0, s = 0) =>
  autoBackupFileName(new Date(y, m - 1, d, h, mi, s));

/** One backup a day at 18:00 from first to last (inclusive). */
function daily(first: Date, last: Date): string[] {
  const names: string[] = [];
  for (let d = new Date(first); d <= last; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
    names.push(name(d.getFullYear(), d.getMonth() + 1, d.getDate()));
  }
  return names;
}

describe('automatic backup file names', () => {
  it('carry the local date and time and read back exactly', () => {
    const at = new Date(2026, 10, 27, 14, 5, 9);
    expect(autoBackupFileName(at)).toBe('Anlaufstelle-Sicherung-2026-11-27_14-05-09.age');
    expect(parseAutoBackupFileName('Anlaufstelle-Sicherung-2026-11-27_14-05-09.age')).toEqual(at);
  });

  it.each([
    'Anlaufstelle-Sicherung-2026-02-30_10-00-00.age',
    'Anlaufstelle-Sicherung-2026-11-27_24-00-00.age',
    'Anlaufstelle-Sicherung-2026-11-27_10-00-00.age.tmp',
    '.Anlaufstelle-Sicherung-2026-11-27_10-00-00.age.a1b2c3.tmp',
    'Anlaufstelle-Sicherung-2026-11-27.age',
    'Meine Sicherung.age',
    '../Anlaufstelle-Sicherung-2026-11-27_10-00-00.age',
  ])('%s is not an automatic backup', (file) => {
    expect(parseAutoBackupFileName(file)).toBeNull();
  });
});

describe('ISO weeks', () => {
  it.each([
    [new Date(2026, 10, 27), '2026-W48'],
    [new Date(2026, 10, 23), '2026-W48'], // Monday
    [new Date(2026, 10, 22), '2026-W47'], // Sunday
    [new Date(2026, 11, 31), '2026-W53'],
    [new Date(2027, 0, 3), '2026-W53'],
    [new Date(2027, 0, 4), '2027-W01'],
    [new Date(2024, 11, 30), '2025-W01'],
    [new Date(2021, 0, 3), '2020-W53'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekKey(date)).toBe(week);
  });
});

describe('backup rotation: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps 20 of a daily backup over 14 months and deletes the rest', () => {
    // Friday 27 November 2026, daily backups since 1 October 2025.
    const all = daily(new Date(2025, 9, 1), new Date(2026, 10, 27));
    expect(all).toHaveLength(423);
    const plan = planRotation(all);
    expect(plan.keep).toEqual([
      // the last 7 days
      name(2026, 11, 27),
      name(2026, 11, 26),
      name(2026, 11, 25),
      name(2026, 11, 24),
      name(2026, 11, 23),
      name(2026, 11, 22), // also the newest of week 47
      name(2026, 11, 21),
      // the newest of weeks 46 and 45
      name(2026, 11, 15),
      name(2026, 11, 8),
      // the newest of each earlier month, back to December 2025 (12 months with November 2026)
      name(2026, 10, 31),
      name(2026, 9, 30),
      name(2026, 8, 31),
      name(2026, 7, 31),
      name(2026, 6, 30),
      name(2026, 5, 31),
      name(2026, 4, 30),
      name(2026, 3, 31),
      name(2026, 2, 28),
      name(2026, 1, 31),
      name(2025, 12, 31),
    ]);
    expect(plan.remove).toHaveLength(403);
    expect(plan.remove).toContain(name(2025, 11, 30));
    expect(plan.remove).toContain(name(2026, 11, 20));
  });

  it('keeps the newest of several backups a day', () => {
    const plan = planRotation([
      name(2026, 11, 27, 9),
      name(2026, 11, 27, 17, 30),
      name(2026, 11, 27, 12),
      name(2026, 11, 26, 8),
    ]);
    expect(plan.keep).toEqual([name(2026, 11, 27, 17, 30), name(2026, 11, 26, 8)]);
    expect(plan.remove).toEqual([name(2026, 11, 27, 12), name(2026, 11, 27, 9)]);
  });

  it('counts days that have backups, not calendar days: a holiday gap loses nothing', () => {
    const sparse = [
      name(2026, 11, 27),
      name(2026, 11, 10),
      name(2026, 11, 9),
      name(2026, 10, 20),
      name(2026, 10, 19),
      name(2026, 10, 2),
      name(2026, 9, 1),
    ];
    expect(planRotation(sparse)).toEqual({ keep: sparse, remove: [] });
  });

  it('treats the day of the DST change as one day', () => {
    const plan = planRotation([name(2026, 3, 29, 1, 30), name(2026, 3, 29, 3, 30)], {
      daily: 1,
      weekly: 0,
      monthly: 0,
    });
    expect(plan).toEqual({ keep: [name(2026, 3, 29, 3, 30)], remove: [name(2026, 3, 29, 1, 30)] });
  });

  it('never touches files that are not automatic backups', () => {
    const other = ['Meine Sicherung.age', 'Jahresbericht 2025.pdf', '.Anlaufstelle-Sicherung-x.tmp'];
    const plan = planRotation([...other, ...daily(new Date(2026, 0, 1), new Date(2026, 11, 31))]);
    for (const file of other) {
      expect(plan.keep).not.toContain(file);
      expect(plan.remove).not.toContain(file);
    }
  });

  it('always keeps the file just written, even when the clock went back', () => {
    const justWritten = name(2026, 1, 1);
    const plan = planRotation(
      [justWritten, ...daily(new Date(2026, 10, 1), new Date(2026, 10, 27))],
      undefined,
      justWritten,
    );
    expect(plan.keep).toContain(justWritten);
  });

  it('holds its rules for any set of backups', () => {
    const start = new Date(2024, 0, 1).getTime();
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }), { maxLength: 300 }),
        (minutes) => {
          const names = [...new Set(minutes.map((m) => autoBackupFileName(new Date(start + m * 60_000))))];
          const plan = planRotation(names);
          // Everything is either kept or removed, nothing twice.
          expect([...plan.keep, ...plan.remove].sort()).toEqual([...names].sort());
          expect(plan.keep.length).toBeLessThanOrEqual(7 + 4 + 12);
          // The newest backup always survives, and rotating again removes nothing.
          if (names.length > 0) {
            const newest = names.reduce((a, b) =>
              parseAutoBackupFileName(a)! > parseAutoBackupFileName(b)! ? a : b,
            );
            expect(plan.keep[0]).toBe(newest);
          }
          expect(planRotation(plan.keep).remove).toEqual([]);
          // Each kept day is a different day among the daily ones.
          const keptDays = plan.keep.map((n) => n.slice(23, 33));
          expect(new Set(keptDays.slice(0, 7)).size).toBe(Math.min(7, keptDays.slice(0, 7).length));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('leftover temporary files', () => {
  it('are removed when they are more than a day old, and only ours', () => {
    const now = new Date(2026, 10, 27, 18, 0, 0);
    const temp = (file: string) => `.${file}.a1b2c3d4e5f6.tmp`;
    expect(
      staleTempFiles(
        [
          temp(name(2026, 11, 25)),
          temp(name(2026, 11, 27, 9)),
          name(2026, 11, 20),
          '.Meine-Datei.age.a1b2c3d4e5f6.tmp',
          `.${name(2026, 11, 20)}.tmp`,
        ],
        now,
      ),
    ).toEqual([temp(name(2026, 11, 25))]);
  });
});

/** The start of a real age file with a passphrase recipient. */
const AGE = new TextEncoder().encode('age-encryption.org/v1\n-> scrypt c2FsdA 18\n');
const appFrame = { url: 'app://anlaufstelle/index.html', isMainFrame: true };

describe('writing automatic backups', () => {
  let dir: string;
  let folder: string;
  const nodeFs: BackupFs = {
    writeFileAtomic,
    readdir: (f) => readdir(f),
    rm: (p) => rm(p),
    isDirectory: async (p) => (await stat(p)).isDirectory(),
  };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'anlaufstelle-backup-'));
    folder = join(dir, 'Sicherungen');
    await mkdir(folder);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** What main does with a backup:write call: validate the payload, then write with main's clock. */
  async function ipcWrite(payload: unknown, now: Date) {
    const request = validateRequest('backup:write', payload, appFrame);
    if (!request.ok) return request;
    return writeAutoBackup(nodeFs, folder, request.value as IpcRequest<'backup:write'>, now);
  }

  it('writes into the chosen folder, named by the main process’s clock, then rotates old backups away', async () => {
    const old = daily(new Date(2026, 0, 1), new Date(2026, 10, 26));
    for (const file of old) await writeFile(join(folder, file), 'alt');
    await writeFile(join(folder, 'Notizen.txt'), 'bleibt');
    await writeFile(join(folder, `.${name(2026, 11, 1)}.0123456789ab.tmp`), 'abgebrochen');
    const result = await writeAutoBackup(nodeFs, folder, { data: AGE }, new Date(2026, 10, 27, 18, 0, 0));
    const left = await readdir(folder);
    // 330 daily backups since 1 January plus today's: 19 kept, 312 rotated away, and the stale temp file.
    expect(old).toHaveLength(330);
    expect(result).toEqual({ status: 'written', removed: 313 });
    expect(await readFile(join(folder, 'Anlaufstelle-Sicherung-2026-11-27_18-00-00.age'))).toEqual(
      Buffer.from(AGE),
    );
    expect(left).toContain('Notizen.txt');
    expect(left.filter((f) => f.endsWith('.age'))).toHaveLength(7 + 2 + 10);
    expect(left.some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(await lastAutoBackupAt(nodeFs, folder)).toEqual(new Date(2026, 10, 27, 18, 0, 0));
  });

  it('says so when no folder is chosen or the folder is gone, and writes nothing', async () => {
    const now = new Date(2026, 10, 27, 18, 0, 0);
    expect(await writeAutoBackup(nodeFs, null, { data: AGE }, now)).toEqual({
      status: 'no-folder',
      removed: 0,
    });
    const unplugged = join(dir, 'USB-Stick');
    expect(await writeAutoBackup(nodeFs, unplugged, { data: AGE }, now)).toEqual({
      status: 'failed',
      removed: 0,
    });
    expect(await readdir(dir)).toEqual(['Sicherungen']);
    expect(await lastAutoBackupAt(nodeFs, unplugged)).toBeNull();
    expect(await lastAutoBackupAt(nodeFs, null)).toBeNull();
  });

  it('a renderer cannot name the files: future names that would rotate the real backups away are refused', async () => {
    const real = daily(new Date(2026, 10, 1), new Date(2026, 10, 26));
    for (const file of real) await writeFile(join(folder, file), 'echt');
    const kept = planRotation(real).keep;
    for (const file of planRotation(real).remove) await rm(join(folder, file));
    // 7 daily, 4 weekly and 12 monthly future names would outrank every real backup.
    const future = daily(new Date(2099, 0, 1), new Date(2099, 11, 31)).slice(0, 400);
    for (const fileName of future) {
      expect(await ipcWrite({ fileName, data: AGE }, new Date(2026, 10, 27, 18, 0, 0))).toEqual({
        ok: false,
        error: 'invalid payload',
      });
    }
    expect((await readdir(folder)).sort()).toEqual([...kept].sort());
    // Without a name the same call goes through, named by main's clock; the real backups stay.
    expect(await ipcWrite({ data: AGE }, new Date(2026, 10, 27, 18, 30, 5))).toMatchObject({
      status: 'written',
    });
    const written = 'Anlaufstelle-Sicherung-2026-11-27_18-30-05.age';
    expect((await readdir(folder)).sort()).toEqual(planRotation([...kept, written]).keep.sort());
  });

  it('refuses content that is not an age file, over IPC and in the writer, and writes nothing', async () => {
    const written: string[] = [];
    const spy: BackupFs = { ...nodeFs, writeFileAtomic: async (p) => void written.push(p) };
    const now = new Date(2026, 10, 27, 18, 0, 0);
    for (const text of [
      'Name;Anliegen\nJürgen Weiß;Sprachkurs',
      'age-encryption.org/v1',
      'AGE-ENCRYPTION.ORG/V1\nx',
      '',
    ]) {
      const data = new TextEncoder().encode(text);
      expect(validateRequest('backup:write', { data }, appFrame), text).toEqual({
        ok: false,
        error: 'invalid payload',
      });
      expect(await writeAutoBackup(spy, folder, { data }, now)).toEqual({ status: 'failed', removed: 0 });
    }
    expect(written).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
    // The same call with an age file goes through: only the content made the difference.
    expect(validateRequest('backup:write', { data: AGE }, appFrame)).toMatchObject({ ok: true });
    expect(await writeAutoBackup(spy, folder, { data: AGE }, now)).toMatchObject({ status: 'written' });
    expect(written).toEqual([join(folder, 'Anlaufstelle-Sicherung-2026-11-27_18-00-00.age')]);
  });

  it('resolves names only directly inside the chosen folder', () => {
    expect(resolveInsideFolder('/srv/backup', 'a.age')).toBe('/srv/backup/a.age');
    for (const bad of ['../a.age', 'sub/a.age', '/etc/passwd', '..', '.', 'a\\..\\b.age', 'a\0.age', '']) {
      expect(resolveInsideFolder('/srv/backup', bad), bad).toBeNull();
    }
    expect(resolveInsideFolder('relative/folder', 'a.age')).toBeNull();
  });

  it('accepts only the encrypted bytes over IPC: no name, no other key, no text', () => {
    expect(validateRequest('backup:write', { data: AGE }, appFrame)).toMatchObject({ ok: true });
    for (const payload of [
      { fileName: name(2026, 11, 27), data: AGE },
      { data: AGE, folder: '/etc' },
      { data: 'age-encryption.org/v1\n' },
      { fileName: name(2026, 11, 27) },
    ]) {
      expect(validateRequest('backup:write', payload, appFrame)).toMatchObject({ ok: false });
    }
  });
});
