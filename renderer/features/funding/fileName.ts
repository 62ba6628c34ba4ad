// The file name an export of a Vorhaben is offered under: its kind and the Vorhaben's title, without
// the characters a file system refuses.
export function fundingFileStem(kind: string, title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return safe ? `${kind} ${safe}` : kind;
}
