// A person of the network; optionally with consent (purpose, given, withdrawn) and as a volunteer guide
// (Integrationslotse) with area, active period and allowance ledger.
import { useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Checkbox, FormControlLabel, Grid, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import {
  emptyPerson,
  monthsNewlyOverCap,
  monthsOverCap,
  personDraftSchema,
  type Person,
  type PersonDraft,
} from '../../../shared/domain/network';
import { useOrganisations, useSettings } from '../../data/hooks';
import { getPerson, savePerson } from '../../data/network';
import { useVaultSession } from '../../data/VaultContext';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import type { Resources } from '../../i18n/de';
import { useQuestion } from '../../components/useQuestion';
import { PersonDsgvoActions } from './PersonDsgvo';
import { AllowanceLedger } from './AllowanceLedger';
import { useFormat } from '../../components/useFormat';
import { usePlausibleDates } from '../../components/usePlausibleDates';
import { RecordConflicts } from '../team';

interface Props extends DialogOpen {
  personId?: string;
  organisationId?: string;
  onSaved: (person: Person) => void;
}

export const PersonDialog = formDialog(PersonForm, {
  titleId: 'person-dialog-title',
  formKey: (p) => p.personId ?? `new-${p.organisationId ?? ''}`,
});

const F = formFields<PersonDraft>();

type DayField = 'consent.givenOn' | 'consent.withdrawnOn' | 'volunteer.activeFrom' | 'volunteer.activeUntil';

function PersonForm({ personId, organisationId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const settings = useSettings();
  const organisations = useOrganisations();
  const [existing] = useState(() => (personId ? getPerson(vault.store, personId) : undefined));
  const form = useForm<PersonDraft>({
    resolver: zodResolver(personDraftSchema),
    defaultValues: existing
      ? { ...emptyPerson(), ...existing }
      : { ...emptyPerson(), organisationId: organisationId ?? '' },
  });
  const { control, handleSubmit, setValue, setError } = form;
  const orgs = organisations.map((o) => ({ id: o.id, label: o.name }));
  const areas = settings.lists.municipalities;
  const languagesHelp = t('network.person.languagesHelp');
  const consent = useWatch({ control, name: 'consent' });
  const volunteer = useWatch({ control, name: 'volunteer' });
  const overCap = volunteer ? monthsOverCap(volunteer.allowances ?? [], settings.allowanceCapCents) : [];

  const dates = usePlausibleDates<DayField>((field, message) => setError(field, { message }));
  const capText = fmt.euro(settings.allowanceCapCents);
  // Saving an allowance over the monthly cap is allowed (a real payment), but only when confirmed.
  const overCapQuestion = useQuestion({
    title: t('networkEdit.overCapTitle'),
    confirmLabel: t('networkEdit.overCapConfirm'),
    cancelLabel: t('form.cancel'),
  });
  const confirmOverCap = (draft: PersonDraft): Promise<boolean> => {
    const over = monthsNewlyOverCap(
      existing?.volunteer?.allowances ?? [],
      draft.volunteer?.allowances ?? [],
      settings.allowanceCapCents,
    );
    if (over.length === 0) return Promise.resolve(true);
    const months = over
      .map((o) =>
        t('networkEdit.overCapMonth', {
          month: fmt.month(o.month),
          sum: fmt.euro(o.cents),
        }),
      )
      .join(', ');
    return overCapQuestion.ask(t('networkEdit.overCapText', { cap: capText, months }));
  };

  const submit = handleSubmit(async (draft) => {
    // History about a person ("aktiv seit 2018") may predate the vault: only impossible or far-future dates.
    const personDates: Array<[DayField, string, string | undefined]> = [
      ['consent.givenOn', t('network.person.consentGiven'), draft.consent?.givenOn],
      ['consent.withdrawnOn', t('network.person.consentWithdrawn'), draft.consent?.withdrawnOn],
      ['volunteer.activeFrom', t('network.person.activeFrom'), draft.volunteer?.activeFrom],
      ['volunteer.activeUntil', t('network.person.activeUntil'), draft.volunteer?.activeUntil],
    ];
    const checks = personDates.map(([field, label, day]) => ({
      field,
      label,
      day: day ?? '',
      sinceFirstUse: false,
    }));
    if (!(await dates.confirmDates(checks))) return;
    if (!(await confirmOverCap(draft))) return;
    // A failed save: FormDialogForm shows it.
    onSaved(await savePerson(vault, existing?.id, draft));
  });

  const label = (key: keyof Resources['network']['person']) => t(`network.person.${key}`);
  const half = { xs: 6, md: 3 };
  const third = { xs: 6, md: 4 };

  return (
    <FormDialogForm
      title={existing ? t('network.editPerson') : t('network.newPerson')}
      form={form}
      onSubmit={submit}
      {...(existing
        ? { actionsStart: <PersonDsgvoActions personId={existing.id} onDeleted={onClose} /> }
        : {})}
      questions={
        <>
          {dates.dialog}
          {overCapQuestion.dialog}
        </>
      }
    >
      <Grid container spacing={2}>
        <F.Text name="firstName" label={label('firstName')} cell={4} fullWidth autoFocus />
        <F.Text name="lastName" label={label('lastName')} cell={4} fullWidth />
        <F.Text name="function" label={label('function')} cell={4} fullWidth />
        <F.Category name="organisationId" label={t('network.person.organisation')} cell={6} entries={orgs} />
        <F.Text name="phone" label={label('phone')} cell={3} fullWidth />
        <F.Text name="mobile" label={label('mobile')} cell={3} fullWidth />
        <F.Text name="email" label={label('email')} cell={4} fullWidth />
        <F.Text name="address" label={label('address')} cell={8} fullWidth />
        <F.Tags name="languages" label={t('network.person.languages')} cell={12} helperText={languagesHelp} />
        <F.Text name="notes" label={label('notes')} cell={12} fullWidth multiline minRows={2} />
      </Grid>

      <Section legend={t('network.person.consent')}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('network.person.consentHint')}
        </Typography>
        {consent ? (
          <Grid container spacing={2}>
            <F.Text
              name="consent.purpose"
              label={t('network.person.consentPurpose')}
              cell={6}
              fullWidth
              required
            />
            <F.Day name="consent.givenOn" label={t('network.person.consentGiven')} cell={half} />
            <F.Day name="consent.withdrawnOn" label={t('network.person.consentWithdrawn')} cell={half} />
          </Grid>
        ) : (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography variant="body2">{t('networkEdit.consentNotRecorded')}</Typography>
            <Button
              onClick={() =>
                setValue(
                  'consent',
                  { purpose: '', givenOn: toDay(new Date()), withdrawnOn: '' },
                  { shouldDirty: true },
                )
              }
            >
              {t('network.person.addConsent')}
            </Button>
          </Stack>
        )}
      </Section>

      <Section legend={t('network.person.volunteer')}>
        <FormControlLabel
          control={
            <Checkbox
              checked={!!volunteer}
              onChange={(e) =>
                setValue(
                  'volunteer',
                  e.target.checked
                    ? { municipality: '', activeFrom: toDay(new Date()), activeUntil: '', allowances: [] }
                    : null,
                  { shouldDirty: true },
                )
              }
            />
          }
          label={t('network.person.isVolunteer')}
        />
        {volunteer && (
          <Stack spacing={2} sx={{ mt: 1 }}>
            <Grid container spacing={2}>
              <F.Category name="volunteer.municipality" label={label('area')} cell={4} entries={areas} />
              <F.Day name="volunteer.activeFrom" label={t('network.person.activeFrom')} cell={third} />
              <F.Day name="volunteer.activeUntil" label={t('network.person.activeUntil')} cell={third} />
            </Grid>
            <AllowanceLedger control={control} />
            {overCap.map((month) => (
              <Alert key={month} severity="warning" role="alert">
                {t('network.person.overCap', { month: fmt.month(month), cap: capText })}
              </Alert>
            ))}
          </Stack>
        )}
      </Section>
      <RecordConflicts table="persons" id={existing?.id} />
    </FormDialogForm>
  );
}

/** A framed group of fields with its legend (Einwilligung, Integrationslotse). */
function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, mt: 2, mx: 0 }}>
      <Typography component="legend" variant="body2" sx={{ px: 0.5 }}>
        {legend}
      </Typography>
      {children}
    </Box>
  );
}
