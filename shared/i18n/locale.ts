/** Locale for dates and numbers: German conventions in German, British day-month order in English. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}
