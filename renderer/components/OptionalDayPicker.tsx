// An optional day ("Im Netzwerk seit", "Aktiv seit") in a date picker. The picker reports nothing
// while a date is only half-typed ("12.03.JJJJ"), so the form would save the field as empty and the
// typing would vanish. This field notices it when focus leaves (or Ctrl+Enter saves) and holds a
// marker that the schema refuses: the user gets a German message and nothing is saved.
import { useRef } from 'react';
import { Box } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { dayToDate, isValidDay, toDay } from '../../shared/domain/calendarDay';
import { focusFirstSection } from './dateFieldFocus';
import { useFormat } from './useFormat';

/** Not a day and not empty: what a half-typed optional date field holds. */
export const INCOMPLETE_DAY = 'incomplete';

interface Props {
  label: string;
  value: string;
  onChange: (day: string) => void;
  error?: boolean;
  helperText?: string;
}

export function OptionalDayPicker({ label, value, onChange, error, helperText }: Props) {
  // The picker's hidden input holds what is typed ("12.03.JJJJ"), or nothing when every part is empty.
  const typed = useRef<HTMLInputElement>(null);
  const fmt = useFormat();
  const check = () => {
    const text = typed.current?.value ?? '';
    if (text && (value === '' || value === INCOMPLETE_DAY)) onChange(INCOMPLETE_DAY);
    else if (!text && value === INCOMPLETE_DAY) onChange('');
  };
  return (
    <Box
      onFocus={focusFirstSection}
      onBlurCapture={check}
      onKeyDownCapture={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) check();
      }}
    >
      <DatePicker
        label={label}
        // A half-typed value stays null for the picker: a new value would replace the typed parts.
        value={isValidDay(value) ? dayToDate(value) : null}
        onChange={(v) => onChange(!v ? '' : Number.isNaN(v.getTime()) ? INCOMPLETE_DAY : toDay(v))}
        format={fmt.pickerDay}
        slotProps={{ textField: { fullWidth: true, error, helperText, inputRef: typed } }}
      />
    </Box>
  );
}
