// Kept apart from i18n/index.ts (which starts i18next and reads localStorage) so formatting helpers
// can be used without starting the UI's translation set-up.

/** Locale for dates and numbers: German conventions in German, British day-month order in English. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}
