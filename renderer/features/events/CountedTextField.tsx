// A text field with its limit in view: "123 / 600 Zeichen" below it while typing, and, beyond the
// limit, the refusal beside the count (the short text of the programme booklet).
import { useController, type FieldPath, type FieldValues } from 'react-hook-form';
import { Grid, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/form/fields';

export function CountedTextField<T extends FieldValues, N extends FieldPath<T>>({
  name,
  label,
  max,
}: {
  name: N;
  label: string;
  max: number;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { field, fieldState } = useController<T, N>({ name });
  const value = (field.value as string | undefined) ?? '';
  // The schema trims before it counts; so does the count.
  const count = t('events.contributions.chars', { count: value.trim().length, max });
  const error = errorText(fieldState.error);
  const over = value.trim().length > max;
  return (
    <Grid size={12}>
      <TextField
        name={field.name}
        value={value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        label={label}
        fullWidth
        multiline
        minRows={3}
        maxRows={10}
        error={!!error || over}
        helperText={error ? `${error} ${count}` : count}
      />
    </Grid>
  );
}
