// Shared wording helpers of the report exports.
import type { Language } from '../../../../shared/domain/settings';

/** "2026-03-01" → "01.03.2026" (German) or "01/03/2026" (English). */
export function formatReportDay(day: string, language: Language): string {
  const [y, m, d] = day.split('-');
  return language === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}
