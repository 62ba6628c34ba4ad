// Global shortcuts as Electron accelerator strings ("CommandOrControl+Alt+N"): validation, reading
// one from a key press, and showing it the way German keyboards label the keys.

export const DEFAULT_GLOBAL_SHORTCUT = 'CommandOrControl+Alt+N';

const MODIFIER_ORDER = ['CommandOrControl', 'Alt', 'Shift', 'Super'] as const;
type Modifier = (typeof MODIFIER_ORDER)[number];

const MODIFIER_ALIASES: Record<string, Modifier> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  control: 'CommandOrControl',
  ctrl: 'CommandOrControl',
  command: 'CommandOrControl',
  cmd: 'CommandOrControl',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

const NAMED_KEYS = [
  'Space',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Up',
  'Down',
  'Left',
  'Right',
] as const;

function normalizeKey(key: string): string | null {
  if (/^[A-Za-z0-9]$/.test(key)) return key.toUpperCase();
  const f = /^[Ff]([1-9]|1[0-9]|2[0-4])$/.exec(key);
  if (f) return `F${f[1]}`;
  return NAMED_KEYS.find((k) => k.toLowerCase() === key.toLowerCase()) ?? null;
}

/**
 * The canonical form of a global shortcut (modifiers in a fixed order, then one key), or null when
 * it is not one: it needs Ctrl/Cmd, Alt or Super (Shift alone would swallow typing) and one key.
 */
export function normalizeGlobalAccelerator(input: string): string | null {
  if (input.length === 0 || input.length > 60) return null;
  const parts = input.split('+');
  const key = normalizeKey(parts.pop() ?? '');
  if (!key) return null;
  const modifiers = new Set<Modifier>();
  for (const part of parts) {
    const modifier = MODIFIER_ALIASES[part.toLowerCase()];
    if (!modifier || modifiers.has(modifier)) return null;
    modifiers.add(modifier);
  }
  if (![...modifiers].some((m) => m !== 'Shift')) return null;
  return [...MODIFIER_ORDER.filter((m) => modifiers.has(m)), key].join('+');
}

export function isValidGlobalAccelerator(input: string): boolean {
  return normalizeGlobalAccelerator(input) === input;
}

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** The shortcut a key press in the settings field means; null while only modifiers are down. */
export function acceleratorFromKeyPress(e: KeyPress, platform: 'mac' | 'other' = 'other'): string | null {
  // Letters and digits by position, so AltGr characters (Strg+Alt+E gives "€") still read as E.
  const byCode = /^Key([A-Z])$/.exec(e.code) ?? /^Digit([0-9])$/.exec(e.code);
  const named: Record<string, string> = {
    ' ': 'Space',
    ArrowUp: 'Up',
    ArrowDown: 'Down',
    ArrowLeft: 'Left',
    ArrowRight: 'Right',
  };
  const key = normalizeKey(byCode?.[1] ?? named[e.key] ?? e.key);
  if (!key) return null;
  const ctrl = platform === 'mac' ? e.metaKey : e.ctrlKey;
  const superKey = platform === 'mac' ? e.ctrlKey : e.metaKey;
  const parts = [
    ...(ctrl ? ['CommandOrControl'] : []),
    ...(e.altKey ? ['Alt'] : []),
    ...(e.shiftKey ? ['Shift'] : []),
    ...(superKey ? ['Super'] : []),
    key,
  ];
  return normalizeGlobalAccelerator(parts.join('+'));
}

const LABELS: Record<'de' | 'en', Record<Modifier, string>> = {
  de: { CommandOrControl: 'Strg', Alt: 'Alt', Shift: 'Umschalt', Super: 'Win' },
  en: { CommandOrControl: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Super: 'Win' },
};

/** "CommandOrControl+Alt+N" → "Strg+Alt+N". */
export function formatAccelerator(accelerator: string, language: 'de' | 'en' = 'de'): string {
  return accelerator
    .split('+')
    .map((part) => LABELS[language][part as Modifier] ?? part)
    .join('+');
}
