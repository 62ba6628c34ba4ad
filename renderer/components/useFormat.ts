// One way for components to show dates and numbers: formatters bound to the UI's current language,
// so no screen picks a locale itself and a language switch re-renders with the new one.
// (It sits in components/, not i18n/: i18n/ is a leaf that imports only itself and shared/.)
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatsFor, type Formats } from './format';

export type { Formats } from './format';

export function useFormat(): Formats {
  const { i18n } = useTranslation();
  return useMemo(() => formatsFor(i18n.language), [i18n.language]);
}
