// The funding file's deadlines as the app shows them: the open follow-ups it keeps for them, so
// "Nächste Fristen", the Vorhaben list, Heute and Wiedervorlagen all read one truth.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Followup } from '../../../shared/domain/followup';
import { parseSource, type DeadlineKind, type FundingDeadline } from '../../../shared/funding/deadlines';
import { useFormat } from '../../components/useFormat';
import type { DeadlineTitle } from '../../data/funding';

export interface OpenDeadline {
  followup: Followup;
  recordId: string;
  kind: DeadlineKind;
}

/** Open funding deadlines, soonest first. */
export function openDeadlines(followups: readonly Followup[]): OpenDeadline[] {
  const open: OpenDeadline[] = [];
  for (const followup of followups) {
    if (followup.status !== 'offen') continue;
    const source = parseSource(followup.source);
    if (source) open.push({ followup, ...source });
  }
  return open.sort((a, b) =>
    a.followup.due < b.followup.due ? -1 : a.followup.due > b.followup.due ? 1 : 0,
  );
}

/** The title a deadline's follow-up gets, in the UI's language. */
export function useDeadlineTitle(): DeadlineTitle {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useCallback(
    (deadline: FundingDeadline) =>
      t(`funding.deadlines.followupTitles.${deadline.kind}`, {
        subject: deadline.subject,
        day: deadline.detail ? fmt.day(deadline.detail) : '',
      }),
    [t, fmt],
  );
}
