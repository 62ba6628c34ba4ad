import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n';

/** Figures in the app's language with at most one decimal ("12,5"); `format` fits recharts' formatters. */
export function useFigureFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const number = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 });
    return { number, format: (value: unknown) => number.format(Number(value)) };
  }, [lang]);
}
