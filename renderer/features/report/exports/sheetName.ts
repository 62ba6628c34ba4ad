// Sheet names for the report workbook: Excel allows 31 characters and no []:*?/\, unique regardless of
// case. A long table title is abbreviated the way a person would shorten it (usual abbreviations first,
// then the longest words), never cut in the middle of a word.

const LIMIT = 31;

/** Usual short forms, tried in this order until the name fits; each keeps the word recognisable. */
/** A whole word or phrase (\\b does not know umlauts). */
const word = (text: string) => new RegExp(`(?<!\\p{L})${text}(?!\\p{L})`, 'gu');

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\s*\(Stand [^)]*\)/g, ''],
  [word('im Überblick'), 'Überblick'],
  [word('at a glance'), 'overview'],
  [word('und'), 'u.'],
  [word('nach'), 'n.'],
  [word('Anfragen'), 'Anfr.'],
  [word('Inquiries'), 'Inq.'],
  [word('Öffentlichkeitsarbeit'), 'ÖA'],
  [word('public relations'), 'PR'],
  [word('Veranstaltungen'), 'Veranst.'],
  [word('Einsätze der Integrationslotsen'), 'Lotseneinsätze'],
  [word('Integrationslotsen'), 'Lotsen'],
  [word('Most frequent'), 'Top'],
  [word("Volunteers' assignments"), 'Assignments'],
  [word('Volunteer meetings'), 'Vol. meetings'],
  [word('Further training'), 'Training'],
  [word('municipality'), 'municip.'],
  [word('Netzwerkpartner'), 'Partner'],
  [word('Handlungsfeld'), 'Handl.-feld'],
  [word('field of action'), 'field'],
  [word('Aktivitäten'), 'Aktiv.'],
  [word('Aufwandsentschädigungen'), 'Aufw.-entsch.'],
  [word('Zeitaufwand'), 'Zeitaufw.'],
  [/\(Stunden\)/g, '(Std.)'],
  [/\(Euro\)/g, '(€)'],
  [word('Häufigste'), 'Häuf.'],
  [word('month'), 'mo.'],
  [word('Monat'), 'Mon.'],
  [/\s*\([^)]*\)/g, ''],
];

/** A word of more than this many letters may be shortened to its start and a full stop. */
const KEEP = 5;

export function abbreviate(title: string, limit = LIMIT): string {
  let name = title
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, short] of ABBREVIATIONS) {
    if (name.length <= limit) return name;
    name = name.replace(pattern, short).replace(/\s+/g, ' ').trim();
  }
  // Still too long: shorten the longest word (not the section number) to "Verweisz." and so on.
  while (name.length > limit) {
    const words = name.split(' ');
    let longest = -1;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (/^\d+$/.test(w) || w.endsWith('.') || w.length <= KEEP + 1) continue;
      if (longest < 0 || w.length > words[longest]!.length) longest = i;
    }
    if (longest < 0) break;
    const word = words[longest]!;
    const excess = name.length - limit;
    words[longest] = `${word.slice(0, Math.max(KEEP, word.length - excess - 1))}.`;
    name = words.join(' ');
  }
  // Many short words: the last whole words give way to an ellipsis.
  while (name.length > limit) name = `${name.replace(/…$/, '').split(' ').slice(0, -1).join(' ')}…`;
  return name;
}

/** A readable, unique sheet name within Excel's rules; `taken` collects the names given so far. */
export function sheetName(title: string, taken: Set<string>): string {
  let name = abbreviate(title);
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${abbreviate(title, LIMIT - 4)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}
