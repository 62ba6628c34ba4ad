// The team's figures per member and for the office, with last year's beside them. A coordinator opens
// a member's inquiries of the period from their count (the lead's view passes no `onDrill`).
import { Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../shared/domain/categories';
import { NOT_SET } from '../../../shared/stats/dashboard';
import { OFFICE, type TeamWorkload, type WorkloadFigures } from '../../../shared/stats/teamWorkload';
import { useFormat } from '../../components/useFormat';
import { useSettings } from '../../data/hooks';
import type { DayRange, Drill } from './useDrill';

interface Props {
  workload: TeamWorkload;
  range: DayRange;
  onDrill?: Drill;
}

export function useMemberName(): (member: string) => string {
  const { t } = useTranslation();
  const { teamMembers } = useSettings().lists;
  return (member) =>
    member === OFFICE
      ? t('workload.office')
      : member === NOT_SET
        ? t('workload.notAssigned')
        : labelOf(teamMembers, member);
}

/** Last year's figure under this year's, smaller (read out as "Vorjahr 897"). */
function PreviousYear({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 400, whiteSpace: 'nowrap' }}>
      {t('workload.previousYear', { value })}
    </Typography>
  );
}

export function MemberFiguresTable({ workload, range, onDrill }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const nameOf = useMemberName();
  const columns = [
    t('workload.columns.member'),
    t('dashboard.figures.inquiries'),
    t('dashboard.figures.hours'),
    t('dashboard.figures.activities'),
    t('workload.columns.followups'),
    t('workload.columns.median'),
    t('workload.columns.urgent'),
  ];

  const row = (f: WorkloadFigures) => {
    const name = nameOf(f.member);
    const office = f.member === OFFICE;
    const handledBy = office ? {} : { handledBy: [f.member === NOT_SET ? '' : f.member] };
    const count =
      onDrill && f.inquiries > 0 ? (
        <Button
          size="small"
          sx={{ minWidth: 0, p: 0, fontWeight: 'inherit', textDecoration: 'underline' }}
          aria-label={
            office
              ? t('workload.openOffice', { count: f.inquiries })
              : f.member === NOT_SET
                ? t('workload.openNotAssigned', { count: f.inquiries })
                : t('workload.openInquiries', { count: f.inquiries, name })
          }
          onClick={() => onDrill(range, handledBy)}
        >
          {fmt.count(f.inquiries)}
        </Button>
      ) : (
        fmt.count(f.inquiries)
      );
    const sx = office ? { fontWeight: 700 } : undefined;
    return (
      <TableRow key={f.member} data-member={f.member}>
        <TableCell component="th" scope="row" sx={{ ...sx, minWidth: 110 }}>
          {name}
        </TableCell>
        <TableCell align="right" sx={sx}>
          {count}
          <PreviousYear value={fmt.count(f.previousYear.inquiries)} />
        </TableCell>
        <TableCell align="right" sx={sx}>
          {fmt.figure(f.hours)}
          <PreviousYear value={fmt.figure(f.previousYear.hours)} />
        </TableCell>
        <TableCell align="right" sx={sx}>
          {fmt.count(f.activities)}
          <PreviousYear value={fmt.count(f.previousYear.activities)} />
        </TableCell>
        <TableCell align="right" sx={{ ...sx, whiteSpace: 'nowrap' }}>
          {t('workload.followupsValue', { open: f.openFollowups, overdue: f.overdueFollowups })}
        </TableCell>
        <TableCell align="right" sx={sx}>
          {f.medianDaysToClose === null ? '–' : fmt.figure(f.medianDaysToClose)}
        </TableCell>
        <TableCell align="right" sx={{ ...sx, whiteSpace: 'nowrap' }}>
          {f.urgentShare === null
            ? '–'
            : t('workload.urgentValue', { count: f.urgent, share: fmt.figure(f.urgentShare * 100) })}
        </TableCell>
      </TableRow>
    );
  };

  return (
    <Paper component="section" aria-labelledby="workload-members-title" sx={{ p: 2, overflowX: 'auto' }}>
      <Typography id="workload-members-title" variant="h6" component="h2">
        {t('workload.membersTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('workload.membersNote', { range: fmt.dayRange(range) })}
      </Typography>
      {/* Narrow cell padding: all columns fit beside the navigation at 1024 px. */}
      <Table size="small" aria-labelledby="workload-members-title" sx={{ '& th, & td': { px: 1 } }}>
        <TableHead>
          <TableRow>
            {columns.map((c, i) => (
              <TableCell key={i} align={i === 0 ? 'left' : 'right'}>
                {c}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {workload.members.map(row)}
          {row(workload.office)}
        </TableBody>
      </Table>
    </Paper>
  );
}
