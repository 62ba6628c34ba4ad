// How a contribution moves: eingereicht → geprüft → freigegeben, one step at a time (a contribution is
// approved only once it was checked), and one step back to correct a slip.
import { CONTRIBUTION_STATUSES, type ContributionStatus } from './eventRecords';

/** The statuses a contribution in `status` may move to next (its own not included). */
export function nextContributionStatuses(status: ContributionStatus): ContributionStatus[] {
  const at = CONTRIBUTION_STATUSES.indexOf(status);
  return CONTRIBUTION_STATUSES.filter((_s, i) => Math.abs(i - at) === 1);
}

export function canMoveContribution(from: ContributionStatus, to: ContributionStatus): boolean {
  return from === to || nextContributionStatuses(from).includes(to);
}

/**
 * The statuses the form offers, in their order: for a stored contribution its own and its neighbours;
 * a new one may be entered in any (the office's own contribution is approved at once).
 */
export function contributionStatusChoices(status: ContributionStatus | undefined): ContributionStatus[] {
  if (!status) return [...CONTRIBUTION_STATUSES];
  return CONTRIBUTION_STATUSES.filter((s) => canMoveContribution(status, s));
}

/** How many contributions stand in each status (the series list shows them). */
export function countByStatus(
  contributions: ReadonlyArray<{ status: ContributionStatus }>,
): Record<ContributionStatus, number> {
  const counts = { eingereicht: 0, geprueft: 0, freigegeben: 0 };
  for (const c of contributions) counts[c.status]++;
  return counts;
}
