import {
  Autocomplete,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { useTranslation } from 'react-i18next';
import { INQUIRY_STATUSES, selectableEntries, type CategoryEntry } from '../../../shared/domain/categories';
import { dayToDate, isValidDay, toDay } from '../../../shared/domain/calendarDay';
import { EMPTY_FILTER, activeFilterCount, type InquiryFilter } from '../../../shared/domain/inquiryFilter';
import { useSettings } from '../../data/hooks';
import { useFormat } from '../../components/useFormat';
import { PERIODS, periodDays, type Period } from './periods';

interface Props {
  filter: InquiryFilter;
  period: Period;
  onChange: (filter: InquiryFilter, period: Period) => void;
}

type ListFilterKey =
  | 'requesterTypes'
  | 'topics'
  | 'statuses'
  | 'municipalities'
  | 'handledBy'
  | 'channels'
  | 'targetGroups'
  | 'results'
  | 'fieldsOfAction';

export function FilterBar({ filter, period, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { lists } = useSettings();
  const statusEntries: CategoryEntry[] = INQUIRY_STATUSES.map((s) => ({
    id: s,
    label: t(`inquiries.status.${s}`),
  }));

  const multi = (key: ListFilterKey, label: string, entries: CategoryEntry[]) => (
    <Autocomplete
      multiple
      size="small"
      sx={{ minWidth: 200, flex: '1 1 200px' }}
      options={selectableEntries(entries, filter[key] ?? [])}
      value={(filter[key] ?? []).map((id) => entries.find((e) => e.id === id) ?? { id, label: id })}
      onChange={(_e, v) => onChange({ ...filter, [key]: v.map((x) => x.id) }, period)}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      autoHighlight
      limitTags={2}
      renderInput={(params) => <TextField {...params} label={label} />}
    />
  );

  const dayField = (which: 'from' | 'to') => (
    <DatePicker
      label={t(`inquiries.filters.${which}`)}
      value={filter[which] && isValidDay(filter[which]) ? dayToDate(filter[which]) : null}
      onChange={(v) => {
        const day = v && !Number.isNaN(v.getTime()) ? toDay(v) : undefined;
        const next = { ...filter };
        if (day) next[which] = day;
        else delete next[which];
        onChange(next, 'custom');
      }}
      format={fmt.pickerDay}
      slotProps={{ textField: { size: 'small', sx: { width: 170 } } }}
    />
  );

  return (
    <Box component="section" aria-label={t('inquiries.filters.label')}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          size="small"
          type="search"
          label={t('inquiries.filters.text')}
          value={filter.text}
          onChange={(e) => onChange({ ...filter, text: e.target.value }, period)}
          sx={{ minWidth: 220, flex: '2 1 220px' }}
        />
        <TextField
          select
          size="small"
          label={t('inquiries.filters.period')}
          value={period}
          helperText={period === 'custom' ? undefined : fmt.dayRange(filter) || undefined}
          onChange={(e) => {
            const next = e.target.value as Period;
            const days = periodDays(next, new Date());
            const { from: _f, to: _t, ...rest } = filter;
            onChange({ ...rest, ...days }, next);
          }}
          sx={{ minWidth: 160 }}
        >
          {PERIODS.map((p) => (
            <MenuItem key={p} value={p}>
              {t(`inquiries.filters.periods.${p}`)}
            </MenuItem>
          ))}
        </TextField>
        {period === 'custom' && (
          <>
            {dayField('from')}
            {dayField('to')}
          </>
        )}
        <FormControlLabel
          control={
            <Checkbox
              checked={filter.urgentOnly}
              onChange={(e) => onChange({ ...filter, urgentOnly: e.target.checked }, period)}
            />
          }
          label={t('inquiries.filters.urgentOnly')}
        />
      </Stack>
      <Stack
        direction="row"
        spacing={1.5}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center', mt: 1.5 }}
      >
        {multi('requesterTypes', t('inquiries.fields.requesterType'), lists.requesterTypes)}
        {multi('topics', t('inquiries.fields.topics'), lists.topics)}
        {multi('statuses', t('inquiries.fields.status'), statusEntries)}
        {lists.municipalities.length > 0 &&
          multi('municipalities', t('inquiries.fields.municipality'), lists.municipalities)}
        {lists.teamMembers.length > 0 &&
          multi('handledBy', t('inquiries.fields.handledBy'), lists.teamMembers)}
        {multi('channels', t('inquiries.fields.channel'), lists.channels)}
        {multi('targetGroups', t('inquiries.fields.targetGroup'), lists.targetGroups)}
        {multi('results', t('inquiries.fields.result'), lists.results)}
        {multi('fieldsOfAction', t('inquiries.fields.fieldOfAction'), lists.fieldsOfAction)}
        {activeFilterCount(filter) > 0 && (
          <Button onClick={() => onChange(EMPTY_FILTER, 'all')}>{t('inquiries.filters.reset')}</Button>
        )}
      </Stack>
    </Box>
  );
}
