// The text of a form field's validation message: a plain key ("validation.time") or one that names its
// limit ("validationLimits.chars|max=20000", see shared/domain/limitMessage.ts), numbers written the
// reader's way ("20.000"; English "20,000"), cents as euros ("10.000,00").
import type { TFunction } from 'i18next';
import { parseLimitMessage } from '../../shared/domain/limitMessage';
import { formatScaled } from '../../shared/domain/numberInput';
import { translateDataKey } from '../i18n/dataKey';
import { formatCount } from './format';

export function validationText(
  t: TFunction,
  language: string,
  message: string | undefined,
): string | undefined {
  if (!message) return undefined;
  const { key, values } = parseLimitMessage(message);
  const formatted = Object.fromEntries(
    Object.entries(values).map(([k, n]) => [
      k,
      k === 'cents' ? formatScaled(n, 2, true, language === 'en' ? 'en' : 'de') : formatCount(n, language),
    ]),
  );
  // The key comes from a schema in shared/ (data, not code): checked at run time.
  return translateDataKey(t, key, formatted, 'validation.invalid');
}
