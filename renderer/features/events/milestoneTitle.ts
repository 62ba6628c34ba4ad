// The title a milestone's follow-up gets, in the UI's language ("Einsendeschluss: Interkulturelle
// Woche 2026"): the same words on Heute, in Wiedervorlagen and in their .ics export.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestoneTitle } from '../../data/events';

export function useMilestoneTitle(): MilestoneTitle {
  const { t } = useTranslation();
  return useCallback(
    (date) =>
      t('events.milestones.followupTitle', {
        kind: t(`events.milestones.kinds.${date.kind}`),
        series: date.subject,
      }),
    [t],
  );
}
