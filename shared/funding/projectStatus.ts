// How a Vorhaben moves through its states. Forward one step at a time (a proof of use cannot be
// "geprüft" before it was handed in), back one step to correct a slip; an application can be
// refused ("abgelehnt") and, refused by mistake, go back to "beantragt".
import { awardRequired, PROJECT_STATUSES, type ProjectData, type ProjectStatus } from './fundingRecords';

const ORDER: readonly ProjectStatus[] = PROJECT_STATUSES.filter((s) => s !== 'abgelehnt');

/** The states a Vorhaben in `status` may move to next (its own state not included). */
export function nextStatuses(status: ProjectStatus): ProjectStatus[] {
  if (status === 'abgelehnt') return ['beantragt'];
  const at = ORDER.indexOf(status);
  const next: ProjectStatus[] = [];
  if (at > 0) next.push(ORDER[at - 1]!);
  if (at < ORDER.length - 1) next.push(ORDER[at + 1]!);
  if (status === 'beantragt') next.push('abgelehnt');
  return next;
}

export type TransitionRefusal = 'notAllowed' | 'awardMissing';

/** Whether `project` may move to `to`, and why not. */
export function checkTransition(
  project: Pick<ProjectData, 'status' | 'award'>,
  to: ProjectStatus,
): TransitionRefusal | undefined {
  if (to === project.status) return undefined;
  if (!nextStatuses(project.status).includes(to)) return 'notAllowed';
  if (awardRequired(to) && (!project.award.date || project.award.amountCents === null)) return 'awardMissing';
  return undefined;
}

/** The Vorhaben in its new state; handing in the proof of use notes the day (receipts' retention). */
export function withStatus(project: ProjectData, to: ProjectStatus, today: string): ProjectData {
  const refusal = checkTransition(project, to);
  if (refusal) throw new Error(`transition ${project.status} → ${to}: ${refusal}`);
  return {
    ...project,
    status: to,
    proofSubmittedOn: to === 'nachweis' && !project.proofSubmittedOn ? today : project.proofSubmittedOn,
  };
}

/** The statuses the form offers: the current one and those it may move to, in the usual order. */
export function statusChoices(status: ProjectStatus): ProjectStatus[] {
  const allowed = new Set([status, ...nextStatuses(status)]);
  return PROJECT_STATUSES.filter((s) => allowed.has(s));
}
