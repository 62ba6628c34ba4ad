// The funding file's deadlines as the app shows them: the open follow-ups it keeps for them, so
// "Nächste Fristen", the Vorhaben list, Heute and Wiedervorlagen all read one truth (on Haushalt's
// computer, which keeps no follow-ups, the records' own deadlines).
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Followup } from '../../../shared/domain/followup';
import type { CalendarDay } from '../../../shared/domain/calendarDay';
import {
  deadlinesOf,
  parseSource,
  type DeadlineKind,
  type FundingDeadline,
} from '../../../shared/funding/deadlines';
import { toDay } from '../../../shared/domain/calendarDay';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { useFollowups, useFundingFile, useLeadMode } from '../../data/hooks';
import type { DeadlineTitle, FundingFile } from '../../data/funding';

export interface OpenDeadline {
  /** The follow-up's id, or the deadline's source where no follow-up is kept (Haushalt). */
  key: string;
  title: string;
  due: CalendarDay;
  recordId: string;
  kind: DeadlineKind;
}

const soonestFirst = (a: OpenDeadline, b: OpenDeadline) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);

/** Open funding deadlines, soonest first: the follow-ups kept for them (a coordinator's computer). */
export function openDeadlines(followups: readonly Followup[]): OpenDeadline[] {
  const open: OpenDeadline[] = [];
  for (const followup of followups) {
    if (followup.status !== 'offen') continue;
    const source = parseSource(followup.source);
    if (source) open.push({ key: followup.id, title: followup.title, due: followup.due, ...source });
  }
  return open.sort(soonestFirst);
}

/**
 * Haushalt's computer keeps no follow-ups (they stay with the coordinators): the deadlines as the
 * records state them, those not passed yet and the proofs and payments also when passed.
 */
export function recordDeadlines(
  file: FundingFile,
  today: CalendarDay,
  titleOf: DeadlineTitle,
): OpenDeadline[] {
  const open: OpenDeadline[] = [];
  const items = [...file.programmes, ...file.projects, ...file.applications];
  for (const item of items) {
    const receipts = item.kind === 'project' ? file.receipts.filter((r) => r.projectId === item.id) : [];
    for (const deadline of deadlinesOf(item.id, item, today, receipts)) {
      if (deadline.past) continue;
      open.push({
        key: deadline.source,
        title: titleOf(deadline),
        due: deadline.due,
        recordId: item.id,
        kind: deadline.kind,
      });
    }
  }
  return open.sort(soonestFirst);
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

/** The open funding deadlines on this computer: its follow-ups, or on Haushalt's the records' own. */
export function useFundingDeadlines(): OpenDeadline[] {
  const readOnly = useLeadMode();
  const followups = useFollowups();
  const file = useFundingFile();
  const today = toDay(useNow());
  const titleOf = useDeadlineTitle();
  return useMemo(
    () => (readOnly ? recordDeadlines(file, today, titleOf) : openDeadlines(followups)),
    [readOnly, file, today, titleOf, followups],
  );
}
