// Form fields bound to react-hook-form by `{ control, name, label }`. Each one shows its own
// validation message, translated from the key the schema gives ("validation.required",
// "validationLimits.chars|max=20000"), so a dialog lists its fields and nothing else.
//
// Own thin layer rather than react-hook-form-mui: most of our fields are our own (German numbers,
// category lists with archived entries, optional days as "YYYY-MM-DD" strings) and would need
// wrappers anyway; one way of binding is clearer than two, and no dependency is added.
import type { ReactNode } from 'react';
import {
  useController,
  type Control,
  type FieldError,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { Checkbox, FormControlLabel, MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { useTranslation } from 'react-i18next';
import { dayToDate, isValidDay, toDay } from '../../../shared/domain/calendarDay';
import type { CategoryEntry } from '../../../shared/domain/categories';
import { CategoryAutocomplete, CategoryMultiAutocomplete } from '../CategoryAutocomplete';
import { NumberTextField } from '../NumberTextField';
import type { NumberKind } from '../../../shared/domain/numberInput';
import { OptionalDayPicker } from '../OptionalDayPicker';
import { validationText } from '../validationMessage';

export interface Bound<T extends FieldValues, N extends FieldPath<T>> {
  control: Control<T>;
  name: N;
  label: string;
}

/** The translated message of a field's error, or undefined. */
export function useErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  return (error) => validationText(t, i18n.language, error?.message);
}

type TextProps = Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'onBlur' | 'error'>;

export function FormTextField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  helperText,
  ...rest
}: Bound<T, N> & TextProps) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useErrorText();
  return (
    <TextField
      {...rest}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
      error={!!fieldState.error}
      helperText={errorText(fieldState.error) ?? helperText}
    />
  );
}

/** A choice from a fixed list, as a select. */
export function FormSelectField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  options,
  ...rest
}: Bound<T, N> & { options: ReadonlyArray<{ id: string; label: ReactNode }> } & Omit<TextProps, 'select'>) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useErrorText();
  return (
    <TextField
      {...rest}
      select
      label={label}
      value={field.value}
      onChange={field.onChange}
      inputRef={field.ref}
      error={!!fieldState.error}
      helperText={errorText(fieldState.error)}
    >
      {options.map((o) => (
        <MenuItem key={o.id} value={o.id}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function FormNumberField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  kind,
}: Bound<T, N> & { kind: NumberKind }) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useErrorText();
  return (
    <NumberTextField
      kind={kind}
      label={label}
      fullWidth
      value={field.value as number | null | undefined}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!fieldState.error}
      helperText={errorText(fieldState.error)}
    />
  );
}

interface CategoryProps {
  entries: readonly CategoryEntry[];
  required?: boolean;
  autoFocus?: boolean;
  openOnFocus?: boolean;
}

/** One entry of a category list (Themen, Gemeinden, Team …). */
export function FormCategoryField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  ...rest
}: Bound<T, N> & CategoryProps) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useErrorText();
  return (
    <CategoryAutocomplete
      {...rest}
      label={label}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      inputRef={field.ref}
      error={!!fieldState.error}
      helperText={errorText(fieldState.error)}
    />
  );
}

/** Several entries of a category list. */
export function FormCategoryMultiField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  ...rest
}: Bound<T, N> & CategoryProps) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useErrorText();
  return (
    <CategoryMultiAutocomplete
      {...rest}
      label={label}
      value={field.value as string[]}
      onChange={field.onChange}
      inputRef={field.ref}
      error={!!fieldState.error}
      helperText={errorText(fieldState.error)}
    />
  );
}

/** An optional day ("Im Netzwerk seit", "Aktiv bis"); a half-typed one is refused with its own text. */
export function FormDayField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
}: Bound<T, N>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const errorText = useErrorText();
  const message = fieldState.error?.message;
  return (
    <OptionalDayPicker
      label={label}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      error={!!fieldState.error}
      helperText={
        message === 'validation.dateInvalid' ? t('networkEdit.dayIncomplete') : errorText(fieldState.error)
      }
    />
  );
}

export function FormCheckbox<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
}: Bound<T, N>) {
  const { field } = useController({ control, name });
  return (
    <FormControlLabel
      control={<Checkbox checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)} />}
      label={label}
    />
  );
}

/** A required day, picked or typed (dd.MM.yyyy), kept as "YYYY-MM-DD"; cleared or half typed: ''. */
export function FormDateField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  required,
  fullWidth,
}: Bound<T, N> & { required?: boolean; fullWidth?: boolean }) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useErrorText();
  const day = field.value as string;
  return (
    <DatePicker
      label={label}
      value={isValidDay(day) ? dayToDate(day) : null}
      onChange={(v) => field.onChange(v && !Number.isNaN(v.getTime()) ? toDay(v) : '')}
      inputRef={field.ref}
      format="dd.MM.yyyy"
      slotProps={{
        textField: {
          ...(fullWidth ? { fullWidth } : {}),
          ...(required ? { required } : {}),
          error: !!fieldState.error,
          helperText: errorText(fieldState.error),
        },
      }}
    />
  );
}

/** A required date and time (dd.MM.yyyy HH:mm), kept as a Date. */
export function FormDateTimeField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
}: Bound<T, N>) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useErrorText();
  return (
    <DateTimePicker
      label={label}
      value={field.value as Date | null}
      onChange={(v) => field.onChange(v)}
      inputRef={field.ref}
      format="dd.MM.yyyy HH:mm"
      ampm={false}
      slotProps={{
        textField: {
          fullWidth: true,
          required: true,
          error: !!fieldState.error,
          helperText: errorText(fieldState.error),
        },
      }}
    />
  );
}
