// Auswertung: inquiries over time, shares, workload — computed by shared/stats, drawn by recharts,
// each with a table of the same numbers. A click on a bar opens the matching inquiries.
import { memo, useCallback, useMemo, useState } from 'react';
import {
  Box,
  Grid,
  MenuItem,
  Paper,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import { labelOf, type CategoryEntry } from '../../../shared/domain/categories';
import { EMPTY_FILTER, type InquiryFilter } from '../../../shared/domain/inquiryFilter';
import { bucketLabel, type Grouping } from '../../../shared/stats/buckets';
import {
  bucketDays,
  computeDashboard,
  NOT_SET,
  percentChange,
  SHARE_KEYS,
  type DashboardModel,
  type ShareKey,
  type StackBy,
  workloadMemberColumns,
} from '../../../shared/stats/dashboard';
import { chartCounts, OTHER, timelineStacks, type ChartBar } from '../../../shared/stats/chartSeries';
import { CategoryMultiAutocomplete } from '../../components/CategoryAutocomplete';
import { categoryTick } from '../../components/CategoryTick';
import { ChartCard } from '../../components/ChartCard';
import { PeriodDayFields } from '../../components/PeriodDayFields';
import { formatDayRange } from '../../components/format';
import { storeListState } from '../../components/inquiryListState';
import { DEFAULT_SORT } from '../../../shared/domain/inquiryFilter';
import { useNow } from '../../components/useNow';
import { useActivities, useFollowups, useInquiries, useOrganisations, useSettings } from '../../data/hooks';
import { localeOf } from '../../i18n';
import { DASHBOARD_PERIODS, dashboardRange, type DashboardPeriod } from '../../../shared/stats/periods';
import { routes, type Navigate } from '../../routing/routes';

/** Okabe–Ito: distinguishable with colour-blindness and in greyscale (different lightness). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const GROUPINGS: Grouping[] = ['week', 'month', 'quarter', 'year'];

const SHARE_LIST: Record<
  ShareKey,
  'requesterTypes' | 'topics' | 'channels' | 'targetGroups' | 'municipalities' | 'results'
> = {
  requesterType: 'requesterTypes',
  topics: 'topics',
  channel: 'channels',
  targetGroup: 'targetGroups',
  municipality: 'municipalities',
  result: 'results',
};

export function DashboardScreen({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const now = useNow();
  const settings = useSettings();
  const { lists } = settings;
  const inquiries = useInquiries();
  const activities = useActivities();
  const followups = useFollowups();
  const [period, setPeriod] = useState<DashboardPeriod>('year');
  const [chosenYear, setChosenYear] = useState(() => new Date().getFullYear());
  const [custom, setCustom] = useState(() => ({
    from: `${new Date().getFullYear()}-01-01`,
    to: toDay(new Date()),
  }));
  const [grouping, setGrouping] = useState<Grouping>('month');
  const [stackBy, setStackBy] = useState<StackBy>('requesterType');
  const [filter, setFilter] = useState<InquiryFilter>(EMPTY_FILTER);
  const range = useMemo(
    () => dashboardRange(period, now, chosenYear, custom),
    [period, now, chosenYear, custom],
  );
  const today = toDay(now);
  const number = useMemo(() => new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }), [lang]);

  const model = useMemo(
    () => computeDashboard(inquiries, activities, followups, { ...range, grouping, stackBy, filter, today }),
    [inquiries, activities, followups, range, grouping, stackBy, filter, today],
  );

  const years = useMemo(() => {
    const set = new Set<number>([now.getFullYear()]);
    for (const i of inquiries) set.add(Number(i.receivedAt.slice(0, 4)));
    return [...set].sort((a, b) => b - a);
  }, [inquiries, now]);

  const stackList = stackBy === 'topics' ? lists.topics : lists.requesterTypes;
  // At most eight stacks: the largest, "Weitere (n)" for the rest, "ohne Angabe" (chartSeries.ts).
  const timeline = timelineStacks(model.timeline, model.categories, 7);
  const timelineData = timeline.rows.map((row) => ({
    key: row.key,
    label: bucketLabel(row.key, lang),
    previousYear: row.previousYear,
    total: row.total,
    ...row.counts,
  }));

  // Shares keep their identity while only grouping or stacking changes (memoised charts below).
  const sharesKey = JSON.stringify([model.shares, model.referrals, model.otherReferrals]);
  const stableShares = useMemo(
    () => ({ shares: model.shares, referrals: model.referrals, otherReferrals: model.otherReferrals }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sharesKey],
  );
  /** Opens "Anfragen" filtered to exactly the inquiries behind a figure. */
  const drill = useCallback(
    (days: { from: string; to: string }, extra: Partial<InquiryFilter>) => {
      storeListState({
        filter: { ...filter, ...days, ...extra, text: '' },
        sort: DEFAULT_SORT,
        period: 'custom',
      });
      navigate(routes.inquiries());
    },
    [filter, navigate],
  );

  const categoryName = (id: string) =>
    id === OTHER
      ? t('figures.folded', { n: timeline.folded })
      : id === NOT_SET
        ? t('figures.notSet')
        : labelOf(stackList, id);
  const memberColumns = workloadMemberColumns(model, lists.teamMembers).map((id) => ({
    id,
    header:
      id === NOT_SET
        ? t('figures.hoursWithoutMember')
        : t('dashboard.hoursOf', { name: labelOf(lists.teamMembers, id) }),
  }));
  const tooltipNumber = (value: unknown) => number.format(Number(value));
  const empty = model.totals.inquiries === 0 ? t('dashboard.emptyPeriod') : undefined;

  const change = percentChange(model.totals.inquiries, model.totals.inquiriesPreviousYear);
  const figure = (value: string, label: string, note?: string) => (
    <Paper sx={{ p: 2, flex: '1 1 180px' }}>
      <Typography variant="h4" component="p">
        {value}
      </Typography>
      <Typography>{label}</Typography>
      {note && (
        <Typography variant="body2" color="text.secondary">
          {note}
        </Typography>
      )}
    </Paper>
  );

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
        onChange={(ids) => setFilter({ ...filter, [key]: ids })}
      />
    </Box>
  );

  return (
    <Box sx={{ p: 3, overflow: 'auto' }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('dashboard.title')}
      </Typography>
      <Paper
        component="section"
        aria-label={t('dashboard.controls')}
        sx={{ p: 2, mb: 2 }}
        className="no-print"
      >
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField
            select
            size="small"
            label={t('dashboard.period')}
            value={period}
            helperText={period === 'custom' ? undefined : formatDayRange(range, lang)}
            onChange={(e) => setPeriod(e.target.value as DashboardPeriod)}
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
              value={chosenYear}
              onChange={(e) => setChosenYear(Number(e.target.value))}
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
              value={custom}
              onChange={setCustom}
              labels={{ from: t('inquiries.filters.from'), to: t('inquiries.filters.to') }}
            />
          )}
          <TextField
            select
            size="small"
            label={t('dashboard.grouping')}
            value={grouping}
            onChange={(e) => setGrouping(e.target.value as Grouping)}
            sx={{ minWidth: 150 }}
          >
            {GROUPINGS.map((g) => (
              <MenuItem key={g} value={g}>
                {t(`dashboard.groupings.${g}`)}
              </MenuItem>
            ))}
          </TextField>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={stackBy}
            onChange={(_e, v: StackBy | null) => v && setStackBy(v)}
            aria-label={t('dashboard.stackBy')}
          >
            <ToggleButton value="requesterType">{t('inquiries.fields.requesterType')}</ToggleButton>
            <ToggleButton value="topics">{t('inquiries.fields.topics')}</ToggleButton>
          </ToggleButtonGroup>
        </Stack>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 1.5 }}>
          {filterField('requesterTypes', t('inquiries.fields.requesterType'), lists.requesterTypes)}
          {filterField('topics', t('inquiries.fields.topics'), lists.topics)}
          {lists.municipalities.length > 0 &&
            filterField('municipalities', t('inquiries.fields.municipality'), lists.municipalities)}
          {lists.teamMembers.length > 0 &&
            filterField('handledBy', t('inquiries.fields.handledBy'), lists.teamMembers)}
        </Stack>
      </Paper>

      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap', mb: 2 }}
        component="section"
        aria-label={t('dashboard.keyFigures')}
      >
        {figure(
          number.format(model.totals.inquiries),
          t('dashboard.figures.inquiries'),
          change === null
            ? t('dashboard.noComparison')
            : t('dashboard.changePreviousYear', {
                change: `${change > 0 ? '+' : ''}${number.format(change)}`,
              }),
        )}
        {figure(number.format(model.totals.activities), t('dashboard.figures.activities'))}
        {figure(number.format(model.totals.hours), t('dashboard.figures.hours'))}
        {figure(
          number.format(model.totals.openFollowups),
          t('dashboard.figures.openFollowups'),
          t('dashboard.figures.overdue', { count: model.totals.overdueFollowups }),
        )}
        {figure(
          model.medianDaysToClose === null ? '–' : number.format(model.medianDaysToClose),
          t('dashboard.figures.medianDays'),
        )}
      </Stack>

      <Stack spacing={2}>
        <ChartCard
          id="timeline"
          title={t('dashboard.timelineTitle', {
            by: stackBy === 'topics' ? t('dashboard.byTopic') : t('dashboard.byRequester'),
          })}
          note={stackBy === 'topics' ? t('dashboard.topicsNote') : t('dashboard.timelineNote')}
          empty={empty}
          table={{
            columns: [
              t('dashboard.bucket'),
              ...timeline.stacks.map(categoryName),
              t('dashboard.total'),
              t('dashboard.previousYear'),
            ],
            rows: timeline.rows.map((row) => [
              bucketLabel(row.key, lang),
              ...timeline.stacks.map((c) => row.counts[c] ?? 0),
              row.total,
              row.previousYear,
            ]),
          }}
        >
          <ResponsiveContainer width="100%" height={320}>
            <ComposedChart data={timelineData} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis allowDecimals={false} tickFormatter={tooltipNumber} />
              <Tooltip formatter={tooltipNumber} />
              <Legend />
              {timeline.stacks.map((cat, i) => (
                <Bar
                  isAnimationActive={false}
                  key={cat}
                  dataKey={cat}
                  name={categoryName(cat)}
                  stackId="a"
                  fill={PALETTE[i % PALETTE.length]}
                  cursor={cat === OTHER || cat === NOT_SET ? undefined : 'pointer'}
                  onClick={(entry) => {
                    if (cat === OTHER || cat === NOT_SET) return;
                    const key = String((entry as { payload?: { key?: string } }).payload?.key ?? '');
                    drill(
                      bucketDays(key, range.from, range.to),
                      stackBy === 'topics' ? { topics: [cat] } : { requesterTypes: [cat] },
                    );
                  }}
                />
              ))}
              <Line
                type="monotone"
                dataKey="previousYear"
                name={t('dashboard.previousYear')}
                stroke="#555555"
                strokeDasharray="6 3"
                strokeWidth={2}
                dot={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </ChartCard>

        <ShareCharts shares={stableShares} range={range} onDrill={drill} />

        <ChartCard
          id="workload"
          title={t('dashboard.workloadTitle')}
          note={t('figures.hoursNote')}
          table={{
            columns: [
              t('dashboard.bucket'),
              t('dashboard.figures.inquiries'),
              t('dashboard.figures.activities'),
              t('dashboard.figures.hours'),
              ...memberColumns.map((m) => m.header),
              t('dashboard.figures.openFollowups'),
              t('dashboard.overdueFollowups'),
            ],
            rows: model.workload.map((w) => [
              bucketLabel(w.key, lang),
              w.inquiries,
              w.activities,
              number.format(w.hours),
              ...memberColumns.map((m) => number.format(w.hoursByMember[m.id] ?? 0)),
              w.openFollowups,
              w.overdueFollowups,
            ]),
          }}
        >
          <ResponsiveContainer width="100%" height={320}>
            <ComposedChart
              data={model.workload.map((w) => ({
                ...w,
                label: bucketLabel(w.key, lang),
                hours: Math.round(w.hours * 10) / 10,
              }))}
              margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis yAxisId="left" allowDecimals={false} tickFormatter={tooltipNumber} />
              <YAxis yAxisId="right" orientation="right" tickFormatter={tooltipNumber} />
              <Tooltip formatter={tooltipNumber} />
              <Legend />
              <Bar
                isAnimationActive={false}
                yAxisId="left"
                dataKey="inquiries"
                name={t('dashboard.figures.inquiries')}
                fill={PALETTE[0]!}
              />
              <Bar
                isAnimationActive={false}
                yAxisId="left"
                dataKey="activities"
                name={t('dashboard.figures.activities')}
                fill={PALETTE[1]}
              />
              <Line
                yAxisId="right"
                dataKey="hours"
                name={t('dashboard.figures.hours')}
                stroke={PALETTE[5]}
                strokeWidth={2}
              />
              <Line
                yAxisId="left"
                dataKey="openFollowups"
                name={t('dashboard.figures.openFollowups')}
                stroke={PALETTE[7]}
                strokeDasharray="4 2"
              />
              <Line
                yAxisId="left"
                dataKey="overdueFollowups"
                name={t('dashboard.overdueFollowups')}
                stroke={PALETTE[3]}
                strokeDasharray="1 3"
                strokeWidth={2}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </ChartCard>
      </Stack>
    </Box>
  );
}

interface ShareChartsProps {
  shares: Pick<DashboardModel, 'shares' | 'referrals' | 'otherReferrals'>;
  range: { from: string; to: string };
  onDrill: (days: { from: string; to: string }, extra: Partial<InquiryFilter>) => void;
}

/** The shares and referral targets: they do not depend on grouping or stacking, so they skip those re-renders. */
const ShareCharts = memo(function ShareCharts({ shares: model, range, onDrill: drill }: ShareChartsProps) {
  const { t, i18n } = useTranslation();
  const { lists } = useSettings();
  const organisations = useOrganisations();
  const number = useMemo(
    () => new Intl.NumberFormat(localeOf(i18n.language), { maximumFractionDigits: 1 }),
    [i18n.language],
  );
  const tooltipNumber = (value: unknown) => number.format(Number(value));
  return (
    <Grid container spacing={2}>
      {SHARE_KEYS.map((key) => {
        const list = lists[SHARE_LIST[key]];
        const name = (bar: ChartBar) =>
          bar.id === OTHER
            ? t('figures.folded', { n: bar.folded })
            : bar.id === NOT_SET
              ? t('figures.notSet')
              : labelOf(list, bar.id);
        // The chart folds small categories into "Weitere (n)"; the table lists every one.
        const data = chartCounts(model.shares[key], 10).map((s) => ({ ...s, name: name(s) }));
        const title = t(`dashboard.shares.${key}`);
        return (
          <Grid key={key} size={{ xs: 12, lg: 6 }}>
            <ChartCard
              id={`share-${key}`}
              title={title}
              {...(key === 'topics' ? { note: t('dashboard.topicsNote') } : {})}
              empty={data.length === 0 ? t('dashboard.emptyShare') : undefined}
              table={{
                columns: [t('dashboard.category'), t('dashboard.count')],
                rows: model.shares[key].map((s) => [name(s), s.count]),
              }}
            >
              <CountBars
                data={data}
                fill={PALETTE[0]!}
                label={t('dashboard.count')}
                format={tooltipNumber}
                onSelect={(id) => id !== OTHER && id !== NOT_SET && drill(range, { [SHARE_LIST[key]]: [id] })}
              />
            </ChartCard>
          </Grid>
        );
      })}
      <Grid size={{ xs: 12, lg: 6 }}>
        {(() => {
          const orgName = new Map(organisations.map((o) => [o.id, o.name]));
          const data = model.referrals.map((r) => ({
            name: r.orgId ? (orgName.get(r.orgId) ?? r.label) : r.label,
            count: r.count,
          }));
          const { targets, count } = model.otherReferrals;
          if (targets > 0) data.push({ name: t('figures.otherReferrals', { count: targets }), count });
          return (
            <ChartCard
              id="referrals"
              title={t('dashboard.referralsTitle')}
              empty={data.length === 0 ? t('dashboard.emptyShare') : undefined}
              table={{
                columns: [t('inquiries.fields.referrals'), t('dashboard.count')],
                rows: data.map((d) => [d.name, d.count]),
              }}
            >
              <CountBars data={data} fill={PALETTE[2]!} label={t('dashboard.count')} format={tooltipNumber} />
            </ChartCard>
          );
        })()}
      </Grid>
    </Grid>
  );
});

const AXIS_WIDTH = 220;
const CATEGORY_TICK = categoryTick(AXIS_WIDTH);

/** A horizontal bar per category with its count; a click reports the category's id. */
function CountBars({
  data,
  fill,
  label,
  format,
  onSelect,
}: {
  data: Array<{ id?: string; name: string; count: number }>;
  fill: string;
  label: string;
  format: (value: unknown) => string;
  onSelect?: (id: string) => void;
}) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 30 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={format} />
        <YAxis type="category" dataKey="name" width={AXIS_WIDTH} interval={0} tick={CATEGORY_TICK} />
        <Tooltip formatter={format} />
        <Bar
          isAnimationActive={false}
          dataKey="count"
          name={label}
          fill={fill}
          {...(onSelect
            ? {
                cursor: 'pointer',
                onClick: (entry: unknown) =>
                  onSelect(String((entry as { payload?: { id?: string } }).payload?.id ?? '')),
              }
            : {})}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
