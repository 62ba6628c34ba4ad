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
import {
  Autocomplete,
  Checkbox,
  FormControlLabel,
  MenuItem,
  Switch,
  TextField,
  type TextFieldProps,
} from '@mui/material';
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

/** A bound field's controller, and its error as MUI props (`error`, `helperText`). */
function useBound<T extends FieldValues, N extends FieldPath<T>>(
  { control, name }: Bound<T, N>,
  /** Shown below the field while there is no error. */
  hint?: string,
) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useErrorText();
  return {
    field,
    message: fieldState.error?.message,
    shown: { error: !!fieldState.error, helperText: errorText(fieldState.error) ?? hint },
  };
}

type TextProps = Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'onBlur' | 'error'>;

export function FormTextField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  helperText,
  ...rest
}: Bound<T, N> & Omit<TextProps, 'helperText'> & { helperText?: string }) {
  const { field, shown } = useBound({ control, name, label }, helperText);
  return (
    <TextField
      {...rest}
      {...shown}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
    />
  );
}

/**
 * A whole number typed as such (minutes before locking, months): empty or not a number is NaN,
 * which the schema refuses with its own message.
 */
export function FormIntegerField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  helperText,
  min,
  max,
}: Bound<T, N> & { helperText?: string; min: number; max: number }) {
  const { field, shown } = useBound({ control, name, label }, helperText);
  const value = field.value as number;
  return (
    <TextField
      type="number"
      label={label}
      value={Number.isNaN(value) ? '' : value}
      onChange={(e) => field.onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
      onBlur={field.onBlur}
      inputRef={field.ref}
      {...shown}
      slotProps={{ htmlInput: { min, max, step: 1 } }}
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
}: Bound<T, N> & {
  /** `lang`: an option in its own language (the language list). */
  options: ReadonlyArray<{ id: string; label: ReactNode; lang?: string }>;
} & Omit<TextProps, 'select'>) {
  const { field, shown } = useBound({ control, name, label });
  return (
    <TextField
      {...rest}
      {...shown}
      select
      label={label}
      value={field.value}
      onChange={field.onChange}
      inputRef={field.ref}
    >
      {options.map((o) => (
        <MenuItem key={o.id} value={o.id} lang={o.lang}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Amounts, minutes and counts typed the German way ("85,50 €", "1,5 h"). */
export function FormNumberField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  kind,
  required,
  size,
  fullWidth = true,
}: Bound<T, N> & { kind: NumberKind; required?: boolean; size?: 'small'; fullWidth?: boolean }) {
  const { field, shown } = useBound({ control, name, label });
  return (
    <NumberTextField
      {...shown}
      kind={kind}
      label={label}
      required={required}
      size={size}
      fullWidth={fullWidth}
      value={field.value as number | null | undefined}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}

interface CategoryProps {
  entries: readonly CategoryEntry[];
  required?: boolean;
  autoFocus?: boolean;
  openOnFocus?: boolean;
}

/** What both category fields hand to their autocomplete. */
function useCategoryBinding<T extends FieldValues, N extends FieldPath<T>>(bound: Bound<T, N>) {
  const { field, shown } = useBound(bound);
  return { ...shown, label: bound.label, onChange: field.onChange, inputRef: field.ref, value: field.value };
}

/** One entry of a category list (Themen, Gemeinden, Team …). */
export function FormCategoryField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  ...rest
}: Bound<T, N> & CategoryProps) {
  const { value, ...bound } = useCategoryBinding({ control, name, label });
  return <CategoryAutocomplete {...rest} {...bound} value={(value as string | undefined) ?? ''} />;
}

/** Several entries of a category list. */
export function FormCategoryMultiField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  ...rest
}: Bound<T, N> & CategoryProps) {
  const { value, ...bound } = useCategoryBinding({ control, name, label });
  return <CategoryMultiAutocomplete {...rest} {...bound} value={value as string[]} />;
}

/** Free words, each a chip ("Sprachen": Deutsch, Türkisch …); Enter takes one, blanks are dropped. */
export function FormTagsField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  helperText,
}: Bound<T, N> & { helperText?: string }) {
  const { field, shown } = useBound({ control, name, label }, helperText);
  return (
    <Autocomplete<string, true, false, true>
      multiple
      freeSolo
      options={[]}
      value={field.value as string[]}
      onChange={(_e, v) => field.onChange(v.map((s) => s.trim()).filter(Boolean))}
      renderInput={(params) => <TextField {...params} label={label} inputRef={field.ref} {...shown} />}
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
  const { field, message, shown } = useBound({ control, name, label });
  return (
    <OptionalDayPicker
      label={label}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      error={shown.error}
      helperText={message === 'validation.dateInvalid' ? t('networkEdit.dayIncomplete') : shown.helperText}
    />
  );
}

export function FormCheckbox<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  asSwitch,
}: Bound<T, N> & { asSwitch?: boolean }) {
  const { field } = useController({ control, name });
  const Toggle = asSwitch ? Switch : Checkbox;
  return (
    <FormControlLabel
      control={<Toggle checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)} />}
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
  const { field, shown } = useBound({ control, name, label });
  const day = field.value as string;
  return (
    <DatePicker
      label={label}
      value={isValidDay(day) ? dayToDate(day) : null}
      onChange={(v) => field.onChange(v && !Number.isNaN(v.getTime()) ? toDay(v) : '')}
      inputRef={field.ref}
      format="dd.MM.yyyy"
      slotProps={{
        textField: { ...(fullWidth ? { fullWidth } : {}), ...(required ? { required } : {}), ...shown },
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
  const { field, shown } = useBound({ control, name, label });
  return (
    <DateTimePicker
      label={label}
      value={field.value as Date | null}
      onChange={(v) => field.onChange(v)}
      inputRef={field.ref}
      format="dd.MM.yyyy HH:mm"
      ampm={false}
      slotProps={{ textField: { fullWidth: true, required: true, ...shown } }}
    />
  );
}
