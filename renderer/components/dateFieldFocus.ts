// A date field reached with Tab after a date was typed into it: MUI's field put the focus on its
// sections' container instead of "Tag", and the digits typed next were dropped (the old date stayed,
// or a half-typed "31.03.6" was kept). Focus landing on the container goes on to its first section.
import type { FocusEvent } from 'react';

export function focusFirstSection(event: FocusEvent<HTMLElement>): void {
  const target = event.target;
  if (target.getAttribute('role') === 'spinbutton') return;
  // Moving within the field (Shift+Tab from "Jahr" on its way out) is the field's own business.
  const from = event.relatedTarget;
  if (from instanceof Node && event.currentTarget.contains(from)) return;
  // Only the sections' container holds the spinbuttons (not the calendar button beside it).
  const first = target.querySelector<HTMLElement>('[role="spinbutton"]');
  first?.focus();
}
