import { useTranslation } from 'react-i18next';
import { useDeviceSettings } from '../../data/hooks';

/** For the confirmation of a deletion: in a team, that it reaches every member's computer. */
export function useTeamWideNote(): string | undefined {
  const { t } = useTranslation();
  return useDeviceSettings().team ? t('team.everywhere') : undefined;
}
