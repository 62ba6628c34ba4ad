// Placeholder: the outputs of a series (programme booklet, .ics, CSV, partner checklist, press release)
// come with the outputs' own work, which replaces this file.
import type { Contribution, Series } from '../../data/outreach';

export function EventExportMenu(_props: { series: Series; contributions: Contribution[] }) {
  return null;
}
