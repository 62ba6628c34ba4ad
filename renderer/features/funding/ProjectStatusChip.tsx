// A Vorhaben's status as a chip: awarded and running ones stand out, closed and refused ones recede.
// No orange fill: white on MUI's warning orange is 2.9:1, below WCAG AA.
import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../../shared/funding/fundingRecords';

const COLOR: Record<ProjectStatus, 'default' | 'primary' | 'secondary' | 'success'> = {
  idee: 'default',
  beantragt: 'secondary',
  bewilligt: 'primary',
  nachweis: 'secondary',
  geprueft: 'success',
  abgeschlossen: 'default',
  abgelehnt: 'default',
};

export function ProjectStatusChip({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      label={t(`funding.statuses.${status}`)}
      color={COLOR[status]}
      variant={COLOR[status] === 'default' ? 'outlined' : 'filled'}
    />
  );
}
