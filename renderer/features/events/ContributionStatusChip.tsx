// A contribution's status as a chip: approved ones stand out, submitted ones recede. No orange fill
// (white on MUI's warning orange is below WCAG AA).
import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ContributionStatus } from '../../../shared/outreach/eventRecords';

const COLOR: Record<ContributionStatus, 'default' | 'secondary' | 'success'> = {
  eingereicht: 'default',
  geprueft: 'secondary',
  freigegeben: 'success',
};

export function ContributionStatusChip({ status }: { status: ContributionStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      label={t(`events.contributions.statuses.${status}`)}
      color={COLOR[status]}
      variant={COLOR[status] === 'default' ? 'outlined' : 'filled'}
    />
  );
}
