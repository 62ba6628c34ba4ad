// The person who asked, when it matters (name, organisation, contact): shown on request, removable.
import { useFormState, useWatch, Controller, type UseFormReturn } from 'react-hook-form';
import { Box, Button, Grid, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { InquiryDraft } from '../../../shared/domain/inquiry';
import { useErrorText } from '../../components/form/fields';

export function RequesterPerson({
  form,
  show,
  onShowChange,
}: {
  form: UseFormReturn<InquiryDraft>;
  show: boolean;
  onShowChange: (show: boolean) => void;
}) {
  const { t } = useTranslation();
  const { control, setValue, getValues } = form;
  const requester = useWatch({ control, name: 'requester' });
  const { errors } = useFormState({ control, name: 'requester' });
  const errorText = useErrorText();
  const setShowPerson = onShowChange;
  const showPerson = show;
  return (
    <Box sx={{ mt: 2 }}>
      {showPerson || requester ? (
        <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
          <Typography component="legend" variant="body2" sx={{ px: 0.5 }}>
            {t('inquiries.person')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {t('inquiries.personHint')}
          </Typography>
          <Grid container spacing={2}>
            {(['name', 'organisation', 'contact'] as const).map((key) => (
              <Grid key={key} size={{ xs: 12, md: 4 }}>
                <Controller
                  control={control}
                  name={`requester.${key}`}
                  render={({ field }) => (
                    <TextField
                      label={t(
                        `inquiries.fields.person${key === 'name' ? 'Name' : key === 'organisation' ? 'Organisation' : 'Contact'}`,
                      )}
                      fullWidth
                      value={field.value ?? ''}
                      onChange={(e) =>
                        // Always the whole person: a half-created object (only the typed field)
                        // would fail validation without a visible message.
                        setValue(
                          'requester',
                          {
                            name: getValues('requester')?.name ?? '',
                            organisation: getValues('requester')?.organisation ?? '',
                            contact: getValues('requester')?.contact ?? '',
                            [key]: e.target.value,
                          },
                          { shouldDirty: true, shouldValidate: !!errors.requester },
                        )
                      }
                      error={!!errors.requester?.[key]}
                      helperText={errorText(errors.requester?.[key])}
                      onBlur={field.onBlur}
                      inputRef={field.ref}
                    />
                  )}
                />
              </Grid>
            ))}
          </Grid>
          <Button
            sx={{ mt: 1 }}
            onClick={() => {
              setValue('requester', null, { shouldDirty: true });
              setShowPerson(false);
            }}
          >
            {t('inquiries.removePerson')}
          </Button>
        </Box>
      ) : (
        <Button variant="text" onClick={() => setShowPerson(true)}>
          {t('inquiries.addPerson')}
        </Button>
      )}
    </Box>
  );
}
