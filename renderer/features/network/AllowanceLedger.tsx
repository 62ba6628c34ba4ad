// A volunteer's allowance ledger (Aufwandsentschädigung): one row per payment, a month typed the
// German way and an amount in euros.
import { Controller, useFieldArray, useWatch, type Control } from 'react-hook-form';
import { Box, Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import { parseMonthInput, type PersonDraft } from '../../../shared/domain/network';
import { useFormat } from '../../components/useFormat';
import { FormNumberField, useErrorText } from '../../components/form/fields';

/**
 * The allowance ledger. Its own component, so the field array exists only while the person is a
 * volunteer (registering it earlier would create a half "volunteer" object on every person).
 */
export function AllowanceLedger({ control }: { control: Control<PersonDraft> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const allowances = useFieldArray({ control, name: 'volunteer.allowances' as never });
  const months = useWatch({ control, name: 'volunteer.allowances' });
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        {t('network.person.allowances')}
      </Typography>
      {allowances.fields.map((item, index) => (
        <Stack key={item.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Controller
            control={control}
            name={`volunteer.allowances.${index}.month`}
            render={({ field, fieldState }) => (
              <MonthField
                value={field.value}
                onChange={field.onChange}
                inputRef={field.ref}
                error={!!fieldState.error}
                helperText={
                  fieldState.error?.message === 'validation.month'
                    ? t('networkEdit.monthInvalid')
                    : errorText(fieldState.error)
                }
              />
            )}
          />
          <FormNumberField
            control={control}
            name={`volunteer.allowances.${index}.amountCents`}
            label={t('network.person.amount')}
            kind="euro"
            size="small"
            fullWidth={false}
            required
          />
          <IconButton
            aria-label={t('network.person.removeAllowance', {
              month: fmt.month(months?.[index]?.month ?? ''),
            })}
            onClick={() => allowances.remove(index)}
          >
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <Box>
        <Button
          onClick={() => allowances.append({ month: toDay(new Date()).slice(0, 7), amountCents: 0 } as never)}
        >
          {t('network.person.addAllowance')}
        </Button>
      </Box>
    </>
  );
}

/**
 * A month typed "11.2026" or "11/2026" (shown the way of the UI's language); stored as "2026-11". What cannot be read yet
 * stays as typed, so the schema refuses it with a message instead of saving a wrong month.
 */
function MonthField(props: {
  value: string;
  onChange: (month: string) => void;
  inputRef: React.Ref<HTMLInputElement>;
  error: boolean;
  helperText: string | undefined;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [text, setText] = useState(() => fmt.month(props.value));
  return (
    <TextField
      label={t('networkEdit.month')}
      size="small"
      value={text}
      inputRef={props.inputRef}
      onChange={(e) => {
        setText(e.target.value);
        props.onChange(parseMonthInput(e.target.value) ?? e.target.value);
      }}
      error={props.error}
      helperText={props.helperText}
    />
  );
}
