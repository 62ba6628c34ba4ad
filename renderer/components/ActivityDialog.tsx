// An activity: meeting, working group, event, school visit, training, press work …; a new one can be
// created as a recurring series in one step.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Checkbox,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Grid,
  MenuItem,
  TextField,
} from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { useTranslation } from 'react-i18next';
import { dayToDate, isValidDay, toDay } from '../../shared/domain/calendarDay';
import { selectableEntries } from '../../shared/domain/categories';
import {
  activityDraftSchema,
  emptyActivity,
  isActiveVolunteer,
  personName,
  recurringDays,
  type Activity,
  type ActivityDraft,
  type Recurrence,
} from '../../shared/domain/network';
import { useOrganisations, usePersons, useSettings } from '../data/hooks';
import { getActivity, saveActivities } from '../data/network';
import { useVaultSession } from '../data/VaultContext';
import { FormDialogActions, SaveFailed, saveOnCtrlEnter } from './FormDialogParts';
import { CategoryAutocomplete, CategoryMultiAutocomplete } from './CategoryAutocomplete';
import { NumberTextField } from './NumberTextField';
import { usePlausibleDates } from './usePlausibleDates';

interface Props {
  open: boolean;
  activityId?: string;
  onClose: () => void;
  onSaved: (activities: Activity[], withFollowup: boolean) => void;
}

export function ActivityDialog(props: Props) {
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="activity-dialog-title"
    >
      {props.open && <ActivityForm key={props.activityId ?? 'new'} {...props} />}
    </Dialog>
  );
}

const RECURRENCES: Recurrence[] = ['none', 'weekly', 'biweekly', 'monthly'];

function ActivityForm({ activityId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const { lists } = useSettings();
  const organisations = useOrganisations();
  const persons = usePersons();
  const [existing] = useState(() => (activityId ? getActivity(vault.store, activityId) : undefined));
  const [recurrence, setRecurrence] = useState<Recurrence>('none');
  const [count, setCount] = useState(6);
  const [withFollowup, setWithFollowup] = useState(false);
  const [failed, setFailed] = useState(false);
  const [today] = useState(() => toDay(new Date()));
  const volunteers = persons.filter(
    (p) => p.volunteer && (isActiveVolunteer(p, today) || existing?.volunteerIds.includes(p.id)),
  );
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ActivityDraft>({
    resolver: zodResolver(activityDraftSchema),
    defaultValues: existing ?? emptyActivity(today, selectableEntries(lists.activityTypes)[0]?.id ?? ''),
  });
  const message = (key: string | undefined) => (key ? t(key) : undefined);

  const dates = usePlausibleDates<'date'>((field, message) => setError(field, { message }));

  const submit = handleSubmit(async (draft) => {
    setFailed(false);
    // The first date decides: a long series may rightly run for years.
    const date = { field: 'date' as const, label: t('activities.fields.date'), day: draft.date };
    if (!(await dates.confirmDates([{ ...date, ...(existing ? { saved: existing.date } : {}) }]))) return;
    try {
      const days = existing ? [draft.date] : recurringDays(draft.date, recurrence, count);
      onSaved(await saveActivities(vault, existing?.id, draft, days), withFollowup);
    } catch {
      setFailed(true);
    }
  });

  const numberField = (name: 'durationMinutes' | 'participants' | 'minutes', label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberTextField
          kind={name === 'participants' ? 'count' : 'minutes'}
          label={label}
          fullWidth
          value={field.value}
          onChange={field.onChange}
          inputRef={field.ref}
          error={!!errors[name]}
          helperText={message(errors[name]?.message)}
        />
      )}
    />
  );

  return (
    <form onSubmit={submit} noValidate autoComplete="off" onKeyDown={saveOnCtrlEnter(submit)}>
      <DialogTitle id="activity-dialog-title">
        {existing ? t('activities.edit') : t('activities.new')}
      </DialogTitle>
      <DialogContent dividers>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 8 }}>
            <Controller
              control={control}
              name="title"
              render={({ field }) => (
                <TextField
                  {...field}
                  label={t('activities.fields.title')}
                  required
                  autoFocus
                  fullWidth
                  error={!!errors.title}
                  helperText={message(errors.title?.message)}
                />
              )}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Controller
              control={control}
              name="type"
              render={({ field }) => (
                <CategoryAutocomplete
                  label={t('activities.fields.type')}
                  entries={lists.activityTypes}
                  value={field.value}
                  onChange={field.onChange}
                  inputRef={field.ref}
                  required
                  error={!!errors.type}
                  helperText={message(errors.type?.message)}
                />
              )}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Controller
              control={control}
              name="date"
              render={({ field }) => (
                <DatePicker
                  label={t('activities.fields.date')}
                  value={isValidDay(field.value) ? dayToDate(field.value) : null}
                  onChange={(v) => field.onChange(v && !Number.isNaN(v.getTime()) ? toDay(v) : '')}
                  format="dd.MM.yyyy"
                  slotProps={{
                    textField: {
                      fullWidth: true,
                      required: true,
                      error: !!errors.date,
                      helperText: message(errors.date?.message),
                    },
                  }}
                />
              )}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            <Controller
              control={control}
              name="startTime"
              render={({ field }) => (
                <TextField
                  {...field}
                  label={t('activities.fields.startTime')}
                  fullWidth
                  placeholder="09:30"
                  error={!!errors.startTime}
                  helperText={message(errors.startTime?.message)}
                />
              )}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            {numberField('durationMinutes', t('activities.fields.duration'))}
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Controller
              control={control}
              name="organisationIds"
              render={({ field }) => (
                <CategoryMultiAutocomplete
                  label={t('activities.fields.organisations')}
                  entries={organisations.map((o) => ({ id: o.id, label: o.name }))}
                  value={field.value}
                  onChange={field.onChange}
                  inputRef={field.ref}
                />
              )}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Controller
              control={control}
              name="volunteerIds"
              render={({ field }) => (
                <CategoryMultiAutocomplete
                  label={t('activities.fields.volunteers')}
                  entries={volunteers.map((p) => ({ id: p.id, label: personName(p) }))}
                  value={field.value}
                  onChange={field.onChange}
                  inputRef={field.ref}
                />
              )}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            {numberField('participants', t('activities.fields.participants'))}
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>{numberField('minutes', t('activities.fields.minutes'))}</Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Controller
              control={control}
              name="municipality"
              render={({ field }) => (
                <CategoryAutocomplete
                  label={t('activities.fields.municipality')}
                  entries={lists.municipalities}
                  value={field.value}
                  onChange={field.onChange}
                  inputRef={field.ref}
                />
              )}
            />
          </Grid>
          <Grid size={12}>
            <Controller
              control={control}
              name="notes"
              render={({ field }) => (
                <TextField {...field} label={t('activities.fields.notes')} fullWidth multiline minRows={2} />
              )}
            />
          </Grid>
          {!existing && (
            <>
              <Grid size={{ xs: 6, md: 4 }}>
                <TextField
                  select
                  fullWidth
                  label={t('activities.recurrence')}
                  value={recurrence}
                  onChange={(e) => setRecurrence(e.target.value as Recurrence)}
                >
                  {RECURRENCES.map((r) => (
                    <MenuItem key={r} value={r}>
                      {t(`activities.recurrences.${r}`)}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
              {recurrence !== 'none' && (
                <Grid size={{ xs: 6, md: 4 }}>
                  <TextField
                    type="number"
                    fullWidth
                    label={t('activities.occurrences')}
                    value={count}
                    onChange={(e) => setCount(Math.max(2, Math.min(60, Number(e.target.value) || 2)))}
                    slotProps={{ htmlInput: { min: 2, max: 60 } }}
                  />
                </Grid>
              )}
              <Grid size={{ xs: 12, md: 4 }} sx={{ display: 'flex', alignItems: 'center' }}>
                <FormControlLabel
                  control={
                    <Checkbox checked={withFollowup} onChange={(e) => setWithFollowup(e.target.checked)} />
                  }
                  label={t('activities.withFollowup')}
                />
              </Grid>
            </>
          )}
        </Grid>
        <SaveFailed show={failed} />
        {dates.dialog}
      </DialogContent>
      <FormDialogActions onCancel={onClose} saving={isSubmitting} />
    </form>
  );
}
