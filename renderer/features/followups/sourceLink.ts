// The link from a follow-up the app made for a date it keeps in step to where that date lives: a
// funding deadline's Vorhaben, programmes or advised applications; an event series' milestone's series.
import { useTranslation } from 'react-i18next';
import type { Followup } from '../../../shared/domain/followup';
import { seriesOfFollowup } from '../../data/events';
import { fundingRecordOf } from '../../data/funding';
import { useVaultSession } from '../../data/VaultContext';
import { routes, type Navigate } from '../../routing/routes';

export function useFollowupSourceLink(
  navigate: Navigate,
): (followup: Followup) => { label: string; onOpen: () => void } | undefined {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  return (followup) => {
    const series = seriesOfFollowup(vault.store, followup.source);
    if (series)
      return {
        label: t('events.followupLink', { title: series.title }),
        onOpen: () => navigate(routes.eventSeries(series.id)),
      };
    const record = fundingRecordOf(vault.store, followup.source);
    if (!record) return undefined;
    const { id, data } = record;
    if (data.kind === 'project')
      return {
        label: t('funding.deadlines.openProject', { title: data.title }),
        onOpen: () => navigate(routes.fundingProject(id)),
      };
    if (data.kind === 'programme')
      return {
        label: t('funding.deadlines.openProgramme', { title: data.name }),
        onOpen: () => navigate(routes.funding('programme')),
      };
    if (data.kind === 'application')
      return {
        label: t('funding.deadlines.openApplication', { title: data.title }),
        onOpen: () => navigate(routes.funding('antraege')),
      };
    return undefined;
  };
}
