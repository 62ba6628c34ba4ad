// The Auswertung's controls: period (with year or own days), grouping, stacking and category filters.
import { Box, MenuItem, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CategoryEntry } from '../../../shared/domain/categories';
import type { InquiryFilter } from '../../../shared/domain/inquiryFilter';
import type { Grouping } from '../../../shared/stats/buckets';
import type { StackBy } from '../../../shared/stats/dashboard';
import type { WorkloadMeasure } from '../../../shared/stats/teamWorkload';
import { DASHBOARD_PERIODS, type DashboardPeriod } from '../../../shared/stats/periods';
import { CategoryMultiAutocomplete } from '../../components/CategoryAutocomplete';
import { PeriodDayFields } from '../../components/PeriodDayFields';
import { useFormat } from '../../components/useFormat';
import { useSettings } from '../../data/hooks';

const GROUPINGS: Grouping[] = ['week', 'month', 'quarter', 'year'];

export interface DashboardChoice {
  period: DashboardPeriod;
  /** The year of "Jahr wählen". */
  chosenYear: number;
  /** The days of "Eigener Zeitraum". */
  custom: { from: string; to: string };
  grouping: Grouping;
  stackBy: StackBy;
  filter: InquiryFilter;
  /** What the Team view's chart shows. */
  workloadMeasure: WorkloadMeasure;
}

interface Props {
  value: DashboardChoice;
  onChange: (change: Partial<DashboardChoice>) => void;
  /** The period's days, shown under the period field. */
  range: { from: string; to: string };
  /** The years offered for "Jahr wählen", newest first. */
  years: number[];
  /** Period and grouping only (the Team view: no stacking, no category filters). */
  periodOnly?: boolean;
}

export function DashboardControls({ value, onChange, range, years, periodOnly = false }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { lists } = useSettings();
  const { period, filter } = value;

  const filterField = (
    key: 'requesterTypes' | 'topics' | 'municipalities' | 'handledBy',
    label: string,
    entries: CategoryEntry[],
  ) => (
    <Box sx={{ flex: '1 1 200px', minWidth: 180 }}>
      <CategoryMultiAutocomplete
        label={label}
        entries={entries}
        value={filter[key]}
        onChange={(ids) => onChange({ filter: { ...filter, [key]: ids } })}
      />
    </Box>
  );

  return (
    <Paper
      component="section"
      aria-label={periodOnly ? t('dashboard.periodControls') : t('dashboard.controls')}
      sx={{ p: 2, mb: 2 }}
      className="no-print"
    >
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField
          select
          size="small"
          label={t('dashboard.period')}
          value={period}
          helperText={period === 'custom' ? undefined : fmt.dayRange(range)}
          onChange={(e) => onChange({ period: e.target.value as DashboardPeriod })}
          sx={{ minWidth: 190 }}
        >
          {DASHBOARD_PERIODS.map((p) => (
            <MenuItem key={p} value={p}>
              {t(`dashboard.periods.${p}`)}
            </MenuItem>
          ))}
        </TextField>
        {period === 'chosenYear' && (
          <TextField
            select
            size="small"
            label={t('dashboard.year')}
            value={value.chosenYear}
            onChange={(e) => onChange({ chosenYear: Number(e.target.value) })}
          >
            {years.map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
        )}
        {period === 'custom' && (
          <PeriodDayFields
            value={value.custom}
            onChange={(custom) => onChange({ custom })}
            labels={{ from: t('inquiries.filters.from'), to: t('inquiries.filters.to') }}
          />
        )}
        <TextField
          select
          size="small"
          label={t('dashboard.grouping')}
          value={value.grouping}
          onChange={(e) => onChange({ grouping: e.target.value as Grouping })}
          sx={{ minWidth: 150 }}
        >
          {GROUPINGS.map((g) => (
            <MenuItem key={g} value={g}>
              {t(`dashboard.groupings.${g}`)}
            </MenuItem>
          ))}
        </TextField>
        {!periodOnly && (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={value.stackBy}
            onChange={(_e, v: StackBy | null) => v && onChange({ stackBy: v })}
            aria-label={t('dashboard.stackBy')}
          >
            <ToggleButton value="requesterType">{t('inquiries.fields.requesterType')}</ToggleButton>
            <ToggleButton value="topics">{t('inquiries.fields.topics')}</ToggleButton>
          </ToggleButtonGroup>
        )}
      </Stack>
      {!periodOnly && (
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 1.5 }}>
          {filterField('requesterTypes', t('inquiries.fields.requesterType'), lists.requesterTypes)}
          {filterField('topics', t('inquiries.fields.topics'), lists.topics)}
          {lists.municipalities.length > 0 &&
            filterField('municipalities', t('inquiries.fields.municipality'), lists.municipalities)}
          {lists.teamMembers.length > 0 &&
            filterField('handledBy', t('inquiries.fields.handledBy'), lists.teamMembers)}
        </Stack>
      )}
    </Paper>
  );
}
