// A validation message that names its limit ("Bitte höchstens 20.000 Zeichen eingeben."). zod and
// react-hook-form carry one string per error, so the message key and its numbers travel together as
// "key|max=20000|hours=200"; renderer/components/validationMessage.ts turns that into the text.

export function limitMessage(key: string, values: Readonly<Record<string, number>>): string {
  return [key, ...Object.entries(values).map(([name, n]) => `${name}=${n}`)].join('|');
}

/** The key and numbers of a message; a plain key has no numbers. */
export function parseLimitMessage(message: string): { key: string; values: Record<string, number> } {
  const [key = '', ...parts] = message.split('|');
  const values: Record<string, number> = {};
  for (const part of parts) {
    const [name, n] = part.split('=');
    if (name && n !== undefined && Number.isFinite(Number(n))) values[name] = Number(n);
  }
  return { key, values };
}

/** "Bitte höchstens 200 Zeichen eingeben." for a text field of at most `max` characters. */
export function maxChars(max: number): string {
  return limitMessage('validationLimits.chars', { max });
}

/**
 * "Bitte höchstens 10.000,00 € eingeben." for an amount of at most `maxCents` (a value named `cents`
 * is written as euros, not as the count of cents "1.000.000").
 */
export function maxEuro(maxCents: number): string {
  return limitMessage('validationLimits.euro', { cents: maxCents });
}

/** "Bitte höchstens 100.000 eingeben." for a number of at most `max`. */
export function maxNumber(max: number): string {
  return limitMessage('validationLimits.number', { max });
}
