// Time buckets in German local time: ISO weeks (Monday start), months, quarters, years.
export type Grouping = 'week' | 'month' | 'quarter' | 'year';

export interface LocalParts {
  year: number;
  month: number; // 1–12
  day: number;
}

/** Local calendar parts of an ISO instant (the runtime's time zone: the office's). */
export function localParts(iso: string): LocalParts {
  const d = new Date(iso);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Four-digit years in keys and days: "0002-07" sorts and parses like "2026-07". */
function year4(y: number): string {
  return String(y).padStart(4, '0');
}

/** A UTC date of year `y` (also below 100, which Date.UTC would read as 19yy). */
export function utcDate(y: number, monthIndex: number, day: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(y, monthIndex, day);
  return date;
}

/** "YYYY-MM-DD" of a UTC date. */
export function utcDay(date: Date): string {
  return `${year4(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** ISO-8601 week: [week-based year, week number]. */
export function isoWeek(year: number, month: number, day: number): [number, number] {
  const date = utcDate(year, month - 1, day);
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // Thursday of this week decides the year
  const weekYear = date.getUTCFullYear();
  const firstDay = utcDate(weekYear, 0, 1).getTime();
  return [weekYear, Math.ceil(((date.getTime() - firstDay) / 86_400_000 + 1) / 7)];
}

export function bucketOf(parts: LocalParts, grouping: Grouping): string {
  switch (grouping) {
    case 'year':
      return year4(parts.year);
    case 'quarter':
      return `${year4(parts.year)}-Q${Math.ceil(parts.month / 3)}`;
    case 'month':
      return `${year4(parts.year)}-${pad(parts.month)}`;
    case 'week': {
      const [y, w] = isoWeek(parts.year, parts.month, parts.day);
      return `${year4(y)}-W${pad(w)}`;
    }
  }
}

/** Every bucket from the one containing `from` to the one containing `to` (days "YYYY-MM-DD"), in order. */
export function bucketsBetween(from: string, to: string, grouping: Grouping): string[] {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const out: string[] = [];
  const cursor = utcDate(fy, fm - 1, fd);
  const end = utcDate(ty, tm - 1, td).getTime();
  let last = '';
  while (cursor.getTime() <= end) {
    const key = bucketOf(
      { year: cursor.getUTCFullYear(), month: cursor.getUTCMonth() + 1, day: cursor.getUTCDate() },
      grouping,
    );
    if (key !== last) out.push((last = key));
    cursor.setUTCDate(cursor.getUTCDate() + 1); // day by day: at most a few thousand steps, always right
  }
  return out;
}

const MONTHS_DE = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "KW 12/2026", "Mär 2026", "Q1 2026", "2026" (English: "W 12/2026", "Mar 2026"). */
export function bucketLabel(key: string, language: string): string {
  const en = language === 'en';
  if (/^\d{4}$/.test(key)) return key;
  const q = /^(\d{4})-Q(\d)$/.exec(key);
  if (q) return `Q${q[2]} ${q[1]}`;
  const w = /^(\d{4})-W(\d{2})$/.exec(key);
  if (w) return `${en ? 'W' : 'KW'} ${Number(w[2])}/${w[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `${(en ? MONTHS_EN : MONTHS_DE)[Number(m[2]) - 1]} ${m[1]}`;
  return key;
}

/** The same bucket one year earlier (for the previous-year comparison line). */
export function previousYearBucket(key: string): string {
  return `${year4(Number(key.slice(0, 4)) - 1)}${key.slice(4)}`;
}
