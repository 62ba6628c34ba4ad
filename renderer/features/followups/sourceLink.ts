// The link from a follow-up the app made for a funding deadline to where that deadline lives: the
// Vorhaben's page, or the programmes or advised applications of Fördermittel.
import { useTranslation } from 'react-i18next';
import type { Followup } from '../../../shared/domain/followup';
import { fundingRecordOf } from '../../data/funding';
import { useVaultSession } from '../../data/VaultContext';
import { routes, type Navigate } from '../../routing/routes';

export function useFollowupSourceLink(
  navigate: Navigate,
): (followup: Followup) => { label: string; onOpen: () => void } | undefined {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  return (followup) => {
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
