// "Ziele und Indikatoren" (Landesintegrationskonzept) is the office's own text, but the state asks for
// it per field of action: an outline of the office's Handlungsfelder, each with goal, indicator and
// where it stands, gives the text that shape without the coordinator retyping the list.
import type { Language } from '../domain/settings';
import { profileLabels } from './profileLabels';

export function goalsOutline(fields: readonly string[], language: Language): string {
  const { goal, indicator, status } = profileLabels(language).outline;
  return fields.map((field) => [field, `${goal}: `, `${indicator}: `, `${status}: `].join('\n')).join('\n\n');
}
