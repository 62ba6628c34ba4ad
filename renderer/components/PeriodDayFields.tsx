// "Von" and "Bis" of an own period (Auswertung, Jahresbericht): the German date pickers of the
// dialogs. A picker reports every keystroke as a date ("01.07.2" is the year 2), so the typed days
// stay here until both are complete and in order; only then do the figures change. Half-typed input
// is never an error; a problem is named once the field is left.
import { useState } from 'react';
import { Stack, Typography } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { useTranslation } from 'react-i18next';
import { dayToDate, toDay, type CalendarDay } from '../../shared/domain/calendarDay';
import { EARLIEST_DAY, LATEST_DAY } from '../../shared/domain/datePlausibility';
import { isPeriodDay, ownPeriod, type DayRange } from '../../shared/stats/periods';
import { useFormat } from './useFormat';

type Which = 'from' | 'to';

interface Props {
  value: DayRange;
  onChange: (range: DayRange) => void;
  labels: Record<Which, string>;
  size?: 'small' | 'medium';
}

function dayOf(date: Date | null): CalendarDay | null {
  return date && !Number.isNaN(date.getTime()) ? toDay(date) : null;
}

export function PeriodDayFields({ value, onChange, labels, size = 'small' }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [drafts, setDrafts] = useState<Record<Which, Date | null>>(() => ({
    from: dayToDate(value.from),
    to: dayToDate(value.to),
  }));
  const [editing, setEditing] = useState<Which | null>(null);
  const days = { from: dayOf(drafts.from), to: dayOf(drafts.to) };
  const period = ownPeriod(days.from, days.to);

  const change = (which: Which, date: Date | null) => {
    const next = { ...drafts, [which]: date };
    setDrafts(next);
    const result = ownPeriod(dayOf(next.from), dayOf(next.to));
    if ('range' in result && (result.range.from !== value.from || result.range.to !== value.to))
      onChange(result.range);
  };

  const problem = (which: Which): string | undefined => {
    if (editing === which) return undefined;
    if (!isPeriodDay(days[which])) return t('figures.period.incomplete');
    if (which === 'to' && 'problem' in period && period.problem === 'order') return t('figures.period.order');
    return undefined;
  };

  // While the typed days are not a valid period, the figures keep the last one: say which.
  const stale = days.from !== value.from || days.to !== value.to;
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }} useFlexGap>
      {(['from', 'to'] as const).map((which) => {
        const error = problem(which);
        return (
          <DatePicker
            key={which}
            label={labels[which]}
            value={drafts[which]}
            onChange={(date) => change(which, date)}
            format={fmt.pickerDay}
            minDate={dayToDate(EARLIEST_DAY)}
            maxDate={dayToDate(LATEST_DAY)}
            slotProps={{
              textField: {
                size,
                sx: { width: size === 'small' ? 170 : 190 },
                error: !!error,
                ...(error ? { helperText: error } : {}),
                onFocus: () => setEditing(which),
                onBlur: () => setEditing((current) => (current === which ? null : current)),
              },
            }}
          />
        );
      })}
      {stale && (
        <Typography
          role="status"
          variant="body2"
          color="warning.dark"
          sx={{ alignSelf: 'center', maxWidth: 360 }}
        >
          {t('figures.period.stillShowing', { range: fmt.dayRange(value) })}
        </Typography>
      )}
    </Stack>
  );
}
