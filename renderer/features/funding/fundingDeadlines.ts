// The funding file's deadlines as the app shows them: the open follow-ups it keeps for them, so
// "Nächste Fristen", the Vorhaben list, Heute and Wiedervorlagen all read one truth (on Haushalt's
// computer, which keeps no follow-ups, the records' own deadlines).
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Followup } from '../../../shared/domain/followup';
import type { CalendarDay } from '../../../shared/domain/calendarDay';
import type { Project } from '../../../shared/funding/fundingRecords';
import { parseSource, type DeadlineKind, type FundingDeadline } from '../../../shared/funding/deadlines';
import { useFormat } from '../../components/useFormat';
import { useFollowups, useFundingFile, useLeadMode } from '../../data/hooks';
import type { DeadlineTitle, FundingFile } from '../../data/funding';

export interface OpenDeadline {
  /** The follow-up's id. */
  key: string;
  /** `funding:<record id>:<kind>[:<detail>]`. */
  source: string;
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
    if (source)
      open.push({
        key: followup.id,
        source: followup.source!,
        title: followup.title,
        due: followup.due,
        ...source,
      });
  }
  return open.sort(soonestFirst);
}

/**
 * Haushalt's computer has the coordinators' deadline follow-ups without their titles (the statistics
 * projection keeps due day, status and which record they belong to): the same open deadlines, each
 * titled from its record in the funding file.
 */
export function haushaltDeadlines(
  followups: readonly Followup[],
  file: FundingFile,
  titleOf: DeadlineTitle,
): OpenDeadline[] {
  const records = new Map<
    string,
    { kind: string; title?: string; name?: string; payments?: Project['payments'] }
  >();
  for (const item of [...file.programmes, ...file.projects, ...file.applications]) records.set(item.id, item);
  const open: OpenDeadline[] = [];
  for (const deadline of openDeadlines(followups)) {
    const record = records.get(deadline.recordId);
    if (!record) continue;
    const detail = deadline.source.split(':')[3];
    const payment = deadline.kind === 'spend' ? record.payments?.find((p) => p.id === detail) : undefined;
    open.push({
      ...deadline,
      title: titleOf({
        source: deadline.source,
        kind: deadline.kind,
        due: deadline.due,
        subject: record.name ?? record.title ?? '',
        ...(payment ? { detail: payment.date } : {}),
      }),
    });
  }
  return open;
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
  const titleOf = useDeadlineTitle();
  return useMemo(
    () => (readOnly ? haushaltDeadlines(followups, file, titleOf) : openDeadlines(followups)),
    [readOnly, file, titleOf, followups],
  );
}
