// Kept apart from i18n/index.ts (which starts i18next and reads localStorage) so formatting helpers
// can be used without starting the UI's translation set-up. The one definition lives in shared/, so
// the report's own formatting uses the same.
export { localeOf } from '../../shared/i18n/locale';
