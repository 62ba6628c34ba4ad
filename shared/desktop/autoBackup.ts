// Names of automatic backup files: "Anlaufstelle-Sicherung-2026-11-27_14-05-09.age" (local time),
// so a person sees when each was made and the rotation can tell them apart from any other file.

const PATTERN = /^Anlaufstelle-Sicherung-(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})\.age$/;

const pad = (n: number) => String(n).padStart(2, '0');

export function autoBackupFileName(at: Date): string {
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}-${pad(at.getMinutes())}-${pad(at.getSeconds())}`;
  return `Anlaufstelle-Sicherung-${day}_${time}.age`;
}

/** When the backup was made, or null for any name that is not an automatic backup's. */
export function parseAutoBackupFileName(name: string): Date | null {
  const m = PATTERN.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi, s);
  // Rejects impossible dates (2026-02-30) instead of rolling them over.
  return at.getFullYear() === y && at.getMonth() === mo - 1 && at.getDate() === d && at.getHours() === h
    ? at
    : null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** At unlock, a new automatic backup is due when none exists or the last one is older than a day. */
export function isAutoBackupDue(lastAt: Date | null, now: Date): boolean {
  return (
    lastAt === null || now.getTime() - lastAt.getTime() >= DAY_MS || lastAt.getTime() > now.getTime() + DAY_MS
  );
}
