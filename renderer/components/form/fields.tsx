// Form fields bound to react-hook-form by `{ name, label }`. Each one shows its own validation
// message, translated from the key the schema gives ("validation.required",
// "validationLimits.chars|max=20000"), so a dialog lists its fields and nothing else. `control` comes
// from the FormDialogForm around (its `form`), and `cell` places a field in the dialog's grid: a field
// is one or two lines. `formFields<Draft>()` gives the same fields with their names checked against the
// form's type.
// (About 380 lines: eleven small fields that share useBound and inCell; split into files they would
// have to export those internals.)
//
// Own thin layer rather than react-hook-form-mui: most of our fields are our own (German numbers,
// category lists with archived entries, optional days as "YYYY-MM-DD" strings) and would need
// wrappers anyway; one way of binding is clearer than two, and no dependency is added.
import type { KeyboardEvent, ReactElement, ReactNode } from 'react';
import {
  useController,
  useFormContext,
  type Control,
  type FieldError,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import {
  Autocomplete,
  Box,
  Checkbox,
  FormControlLabel,
  Grid,
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
import { focusFirstSection } from '../dateFieldFocus';
import { useFormat } from '../useFormat';
import { validationText } from '../validationMessage';

/**
 * Where a field stands in the dialog's grid (12 columns): a number n is the whole width on small
 * screens and n columns from "md" up; or the sizes themselves (`{ xs: 6, md: 4 }`).
 */
export type Cell = number | { xs: number; md: number };

export interface Bound<T extends FieldValues, N extends FieldPath<T>> {
  /** Left out: the form of the FormDialogForm (FormProvider) around. */
  control?: Control<T>;
  name: N;
  label: string;
  /** Wraps the field in its grid cell; left out, the field stands as it is. */
  cell?: Cell;
}

/** The field in its grid cell, if it has one; `center`: vertically centred in the row (a checkbox). */
function inCell(cell: Cell | undefined, field: ReactElement, center?: boolean): ReactElement {
  if (cell === undefined) return field;
  return (
    <Grid
      size={typeof cell === 'number' ? { xs: 12, md: cell } : cell}
      sx={center ? { display: 'flex', alignItems: 'center' } : undefined}
    >
      {field}
    </Grid>
  );
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
  // Without `control`, useController takes the form from the FormProvider around.
  const { field, fieldState } = useController({ control, name });
  const errorText = useErrorText();
  return {
    field,
    message: fieldState.error?.message,
    shown: { error: !!fieldState.error, helperText: errorText(fieldState.error) ?? hint },
  };
}

type TextProps = Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'onBlur' | 'error'>;
type TextExtra = Omit<TextProps, 'helperText'> & { helperText?: string };

export function FormTextField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  cell,
  helperText,
  ...rest
}: Bound<T, N> & TextExtra) {
  const { field, shown } = useBound({ control, name, label }, helperText);
  return inCell(
    cell,
    <TextField
      {...rest}
      {...shown}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
    />,
  );
}

type IntegerExtra = { helperText?: string; min: number; max: number };

/**
 * A whole number (minutes before locking, months, dates in a series), read by the shared parser like
 * the other number fields: a native number input turned a typed "7,5" into 75. "7,5" gets "Bitte eine
 * ganze Zahl eingeben."; empty or not a number is NaN, which the schema refuses with its own message.
 */
export function FormIntegerField<T extends FieldValues, N extends FieldPath<T>>({
  cell,
  helperText,
  min,
  max,
  ...bound
}: Bound<T, N> & IntegerExtra) {
  const { field, shown } = useBound(bound, helperText);
  const value = field.value as number;
  // Its range is checked on leaving the field, like its "7,5" (else only on Speichern).
  const form = useFormContext<T>() as ReturnType<typeof useFormContext<T>> | null;
  return inCell(
    cell,
    <NumberTextField
      kind="count"
      label={bound.label}
      value={value}
      onChange={(value) => field.onChange(value ?? Number.NaN)}
      onBlur={() => {
        field.onBlur();
        if (form) void form.trigger(bound.name);
      }}
      inputRef={field.ref}
      {...shown}
      slotProps={{
        // A spinbutton as before: arrow keys step by one within the limits.
        htmlInput: {
          inputMode: 'numeric',
          role: 'spinbutton',
          'aria-valuemin': min,
          'aria-valuemax': max,
          ...(Number.isFinite(value) ? { 'aria-valuenow': value } : {}),
          onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
            e.preventDefault();
            const from = Number.isFinite(value) ? value : min;
            field.onChange(Math.min(max, Math.max(min, from + (e.key === 'ArrowUp' ? 1 : -1))));
          },
        },
      }}
    />,
  );
}

type SelectExtra = {
  /** `lang`: an option in its own language (the language list). */
  options: ReadonlyArray<{ id: string; label: ReactNode; lang?: string }>;
} & Omit<TextProps, 'select'>;

/** A choice from a fixed list, as a select. */
export function FormSelectField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  cell,
  options,
  ...rest
}: Bound<T, N> & SelectExtra) {
  const { field, shown } = useBound({ control, name, label });
  return inCell(
    cell,
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
    </TextField>,
  );
}

type NumberExtra = {
  kind: NumberKind;
  required?: boolean;
  size?: 'small';
  fullWidth?: boolean;
  /** Shown below the field while there is no error. */
  helperText?: string;
};

/** Amounts, minutes and counts typed the German way ("85,50 €", "1,5 h"). */
export function FormNumberField<T extends FieldValues, N extends FieldPath<T>>({
  cell,
  kind,
  required,
  size,
  fullWidth = true,
  helperText,
  ...bound
}: Bound<T, N> & NumberExtra) {
  const { field, shown } = useBound(bound, helperText);
  return inCell(
    cell,
    <NumberTextField
      {...shown}
      {...{ kind, required, size, fullWidth }}
      label={bound.label}
      value={field.value as number | null | undefined}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />,
  );
}

interface CategoryExtra {
  entries: readonly CategoryEntry[];
  required?: boolean;
  autoFocus?: boolean;
}

/** What both category fields hand to their autocomplete. */
function useCategoryBinding<T extends FieldValues, N extends FieldPath<T>>({
  cell: _cell,
  control,
  name,
  ...rest
}: Bound<T, N> & CategoryExtra) {
  const { field, shown } = useBound({ control, name, label: rest.label });
  return { ...rest, ...shown, onChange: field.onChange, inputRef: field.ref, value: field.value };
}

/** One entry of a category list (Themen, Gemeinden, Team …). */
export function FormCategoryField<T extends FieldValues, N extends FieldPath<T>>(
  props: Bound<T, N> & CategoryExtra,
) {
  const { value, ...bound } = useCategoryBinding(props);
  return inCell(props.cell, <CategoryAutocomplete {...bound} value={(value as string | undefined) ?? ''} />);
}

/** Several entries of a category list. */
export function FormCategoryMultiField<T extends FieldValues, N extends FieldPath<T>>(
  props: Bound<T, N> & CategoryExtra,
) {
  const { value, ...bound } = useCategoryBinding(props);
  return inCell(props.cell, <CategoryMultiAutocomplete {...bound} value={value as string[]} />);
}

/** Free words, each a chip ("Sprachen": Deutsch, Türkisch …); Enter takes one, blanks are dropped. */
export function FormTagsField<T extends FieldValues, N extends FieldPath<T>>({
  cell,
  helperText,
  ...bound
}: Bound<T, N> & { helperText?: string }) {
  const { field, shown } = useBound(bound, helperText);
  return inCell(
    cell,
    <Autocomplete<string, true, false, true>
      multiple
      freeSolo
      options={[]}
      value={field.value as string[]}
      onChange={(_e, v) => field.onChange(v.map((s) => s.trim()).filter(Boolean))}
      renderInput={(params) => <TextField {...params} label={bound.label} inputRef={field.ref} {...shown} />}
    />,
  );
}

/** An optional day ("Im Netzwerk seit", "Aktiv bis"); a half-typed one is refused with its own text. */
export function FormDayField<T extends FieldValues, N extends FieldPath<T>>({ cell, ...bound }: Bound<T, N>) {
  const { t } = useTranslation();
  const { field, message, shown } = useBound(bound);
  return inCell(
    cell,
    <OptionalDayPicker
      label={bound.label}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      error={shown.error}
      helperText={message === 'validation.dateInvalid' ? t('networkEdit.dayIncomplete') : shown.helperText}
    />,
  );
}

export function FormCheckbox<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  cell,
  asSwitch,
}: Bound<T, N> & { asSwitch?: boolean }) {
  const { field } = useController({ control, name });
  const Toggle = asSwitch ? Switch : Checkbox;
  return inCell(
    cell,
    <FormControlLabel
      control={<Toggle checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)} />}
      label={label}
    />,
    true,
  );
}

/** A required day, picked or typed (dd.MM.yyyy), kept as "YYYY-MM-DD"; cleared or half typed: ''. */
export function FormDateField<T extends FieldValues, N extends FieldPath<T>>({
  cell,
  required,
  fullWidth,
  autoFocus,
  ...bound
}: Bound<T, N> & { required?: boolean; fullWidth?: boolean; autoFocus?: boolean }) {
  const { field, shown } = useBound(bound);
  const fmt = useFormat();
  const day = field.value as string;
  return inCell(
    cell,
    <Box sx={{ display: 'contents' }} onFocus={focusFirstSection}>
      <DatePicker
        label={bound.label}
        value={isValidDay(day) ? dayToDate(day) : null}
        onChange={(v) => field.onChange(v && !Number.isNaN(v.getTime()) ? toDay(v) : '')}
        inputRef={field.ref}
        format={fmt.pickerDay}
        autoFocus={autoFocus}
        slotProps={{
          textField: { ...(fullWidth ? { fullWidth } : {}), ...(required ? { required } : {}), ...shown },
        }}
      />
    </Box>,
  );
}

/** A required date and time (dd.MM.yyyy HH:mm in German), kept as a Date. */
export function FormDateTimeField<T extends FieldValues, N extends FieldPath<T>>({
  cell,
  ...bound
}: Bound<T, N>) {
  const { field, shown } = useBound(bound);
  const fmt = useFormat();
  return inCell(
    cell,
    <DateTimePicker
      label={bound.label}
      value={field.value as Date | null}
      onChange={(v) => field.onChange(v)}
      inputRef={field.ref}
      format={fmt.pickerDateTime}
      ampm={false}
      slotProps={{ textField: { fullWidth: true, required: true, ...shown } }}
    />,
  );
}

/** A field typed for the form T: its `name` must be one of T's. */
type Of<T extends FieldValues, Extra = object> = <N extends FieldPath<T>>(
  props: Bound<T, N> & Extra,
) => ReactElement;

/**
 * The fields for one form, once per dialog: `const F = formFields<PersonDraft>()`, then
 * `<F.Text name="lastName" label={…} cell={6} />` inside its FormDialogForm. Only the type is new:
 * the components are the ones above.
 */
export function formFields<T extends FieldValues>() {
  const fields: {
    Text: Of<T, TextExtra>;
    Integer: Of<T, IntegerExtra>;
    Select: Of<T, SelectExtra>;
    Number: Of<T, NumberExtra>;
    Category: Of<T, CategoryExtra>;
    CategoryMulti: Of<T, CategoryExtra>;
    Tags: Of<T, { helperText?: string }>;
    Day: Of<T>;
    Checkbox: Of<T, { asSwitch?: boolean }>;
    Date: Of<T, { required?: boolean; fullWidth?: boolean; autoFocus?: boolean }>;
    DateTime: Of<T>;
  } = {
    Text: FormTextField,
    Integer: FormIntegerField,
    Select: FormSelectField,
    Number: FormNumberField,
    Category: FormCategoryField,
    CategoryMulti: FormCategoryMultiField,
    Tags: FormTagsField,
    Day: FormDayField,
    Checkbox: FormCheckbox,
    Date: FormDateField,
    DateTime: FormDateTimeField,
  };
  return fields;
}
