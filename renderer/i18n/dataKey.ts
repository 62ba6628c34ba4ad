// Texts are keyed by typed keys (i18next.d.ts): a misspelt key fails the typecheck. A few keys come
// from data rather than code — an ImportError raised in shared/, a validation message key from a
// zod schema, a toast queued as { key, params }. Those are checked here at run time instead: an
// unknown key shows the fallback text, never the raw key.
import type { ParseKeys, TFunction } from 'i18next';

export type TextKey = ParseKeys;

export function translateDataKey(
  t: TFunction,
  key: string,
  values: Record<string, unknown> = {},
  fallback: TextKey = 'app.name',
): string {
  // i18next answers an unknown key with the key itself.
  const text = t(key as TextKey, values);
  return text === key ? t(fallback) : text;
}
