// Which automatic backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months
// that have backups (grandfather-father-son, as restic's --keep-daily/weekly/monthly). Days, weeks
// and months are local calendar units. Files that are not automatic backups are never touched.
import { parseAutoBackupFileName } from '../../shared/desktop/autoBackup';

export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** ISO 8601 week (Monday start; week 1 holds the year's first Thursday), e.g. "2026-W48". */
export function isoWeekKey(d: Date): string {
  // The local calendar date, moved to the Thursday of its week, decides the week-year.
  const date = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}

function monthKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

export interface RotationPlan {
  keep: string[];
  remove: string[];
}

/**
 * Splits the automatic backups among `fileNames` into those to keep and those to delete, newest
 * first. `protect` (the file just written) is always kept.
 */
export function planRotation(
  fileNames: readonly string[],
  policy: RotationPolicy = DEFAULT_ROTATION,
  protect?: string,
): RotationPlan {
  const backups = fileNames
    .map((name) => ({ name, at: parseAutoBackupFileName(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  const rules: [number, (d: Date) => string][] = [
    [policy.daily, dayKey],
    [policy.weekly, isoWeekKey],
    [policy.monthly, monthKey],
  ];
  for (const [count, bucketOf] of rules) {
    let kept = 0;
    let lastBucket: string | null = null;
    for (const b of backups) {
      if (kept >= count) break;
      const bucket = bucketOf(b.at);
      if (bucket === lastBucket) continue;
      lastBucket = bucket;
      keep.add(b.name);
      kept++;
    }
  }
  if (protect !== undefined && backups.some((b) => b.name === protect)) keep.add(protect);
  return {
    keep: backups.filter((b) => keep.has(b.name)).map((b) => b.name),
    remove: backups.filter((b) => !keep.has(b.name)).map((b) => b.name),
  };
}

const TEMP_PATTERN = /^\.(Anlaufstelle-Sicherung-[^/\\]+\.age)\.[0-9a-f]{12}\.tmp$/;
const DAY_MS = 86_400_000;

/**
 * Temporary files of automatic backups that were never renamed (the app or machine stopped while
 * writing) and are more than a day older than `now`: safe to delete, as no write takes that long.
 */
export function staleTempFiles(fileNames: readonly string[], now: Date): string[] {
  return fileNames.filter((name) => {
    const m = TEMP_PATTERN.exec(name);
    const at = m ? parseAutoBackupFileName(m[1]!) : null;
    return at !== null && now.getTime() - at.getTime() > DAY_MS;
  });
}
