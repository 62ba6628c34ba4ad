// An activity: meeting, working group, event, school visit, training, press work …; a new one can be
// created as a recurring series in one step. Editing or deleting a date of a series asks whether the
// rest of the series, or all of it, is meant.
// (About 360 lines: saving, deleting and the series question share the form state and the series;
// split further they would pass most of it back and forth.)
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  activityData,
  inScope,
  sharedChanges,
  withNewSeriesId,
  type SeriesScope,
} from '../../../shared/domain/activitySeries';
import { toDay } from '../../../shared/domain/calendarDay';
import { selectableEntries } from '../../../shared/domain/categories';
import {
  activityDraftSchema,
  emptyActivity,
  isActiveVolunteer,
  personName,
  recurringDays,
  activityRepeatSchema,
  MAX_OCCURRENCES,
  RECURRENCES,
  type Activity,
  type ActivityDraft,
  type ActivityRepeat,
} from '../../../shared/domain/network';
import { activitySeries, deleteActivities, saveActivityEdit } from '../../data/activities';
import { useDeviceSettings, useOrganisations, usePersons, useSettings } from '../../data/hooks';
import { getActivity, saveActivities } from '../../data/network';
import { useVaultSession } from '../../data/VaultContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import {
  FormCategoryField,
  FormCategoryMultiField,
  FormCheckbox,
  FormDateField,
  FormIntegerField,
  FormNumberField,
  FormSelectField,
  FormTextField,
} from '../../components/form/fields';
import { useSeriesScope } from './SeriesScopeDialog';
import { usePlausibleDates } from '../../components/usePlausibleDates';

interface Props extends DialogOpen {
  activityId?: string;
  onSaved: (activities: Activity[], withFollowup: boolean) => void;
}

export const ActivityDialog = formDialog(ActivityForm, {
  titleId: 'activity-dialog-title',
  formKey: (p) => p.activityId ?? 'new',
});

/** The form: the activity, and for a new one its repetition (which makes the dates, never stored). */
const activityFormSchema = activityDraftSchema.extend({ repeat: activityRepeatSchema });
type ActivityForm = ActivityDraft & { repeat: ActivityRepeat };
const NO_REPEAT: ActivityRepeat = { recurrence: 'none', occurrences: 6, withFollowup: false };

function ActivityForm({ activityId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const { lists } = useSettings();
  const device = useDeviceSettings();
  const dialogs = useDialogs();
  const organisations = useOrganisations();
  const persons = usePersons();
  const [existing] = useState(() => (activityId ? getActivity(vault.store, activityId) : undefined));
  const [series] = useState(() => (existing ? activitySeries(vault.store, existing).members : []));
  const [failed, setFailed] = useState<'save' | 'delete' | false>(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [today] = useState(() => toDay(new Date()));
  const volunteers = persons.filter(
    (p) => p.volunteer && (isActiveVolunteer(p, today) || existing?.volunteerIds.includes(p.id)),
  );
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting, isDirty },
  } = useForm<ActivityForm>({
    resolver: zodResolver(activityFormSchema),
    defaultValues: existing
      ? { ...activityData(existing), handledBy: existing.handledBy ?? '', repeat: NO_REPEAT }
      : {
          ...emptyActivity(today, selectableEntries(lists.activityTypes)[0]?.id ?? ''),
          handledBy: device.currentUserId ?? '',
          repeat: NO_REPEAT,
        },
  });
  const recurrence = useWatch({ control, name: 'repeat.recurrence' });

  const dates = usePlausibleDates<'date'>((field, message) => setError(field, { message }));
  const scope = useSeriesScope();
  const inSeries = series.length > 1;
  const scopeCounts = (of: NonNullable<typeof existing>): Record<SeriesScope, number> => ({
    one: 1,
    following: inScope(of, series, 'following').length,
    all: series.length,
  });

  const submit = handleSubmit(async ({ repeat, ...draft }) => {
    setFailed(false);
    // The first date decides: a long series may rightly run for years.
    const date = { field: 'date' as const, label: t('activities.fields.date'), day: draft.date };
    if (!(await dates.confirmDates([{ ...date, ...(existing ? { saved: existing.date } : {}) }]))) return;
    try {
      if (existing) {
        // Only a change that would carry over to other dates needs the question (a participant count
        // is each date's own).
        const chosen =
          inSeries && sharedChanges(activityData(existing), draft).length > 0
            ? await scope.ask('edit', scopeCounts(existing))
            : 'one';
        if (!chosen) return;
        onSaved(await saveActivityEdit(vault, existing, draft, chosen), false);
      } else {
        const days = recurringDays(draft.date, repeat.recurrence, repeat.occurrences);
        onSaved(
          await saveActivities(vault, undefined, withNewSeriesId(draft, days), days),
          repeat.withFollowup,
        );
      }
    } catch {
      setFailed('save');
    }
  });

  const remove = async (chosen: SeriesScope | null) => {
    setConfirmDelete(false);
    if (!existing || !chosen) return;
    setFailed(false);
    try {
      const deleted = await deleteActivities(vault, existing, chosen);
      dialogs.notify(t('activitySeries.deleted', { count: deleted }));
      onClose();
    } catch {
      setFailed('delete');
    }
  };
  const askDelete = async () => {
    if (!existing) return;
    if (inSeries) await remove(await scope.ask('delete', scopeCounts(existing)));
    else setConfirmDelete(true);
  };

  return (
    <FormDialogForm
      title={existing ? t('activities.edit') : t('activities.new')}
      dirty={isDirty}
      onSubmit={submit}
      saving={isSubmitting}
      failed={failed === 'save'}
      actionsStart={
        existing && (
          <>
            <Button color="error" onClick={() => void askDelete()} disabled={isSubmitting}>
              {t('activitySeries.delete')}
            </Button>
            <Box sx={{ flex: 1 }} />
          </>
        )
      }
      questions={
        <>
          {dates.dialog}
          {scope.dialog}
          {existing && (
            <ConfirmDialog
              open={confirmDelete}
              title={t('activitySeries.deleteOneTitle')}
              text={t('activitySeries.deleteOneText', {
                title: existing.title,
                date: fmt.day(existing.date),
              })}
              confirmLabel={t('activitySeries.delete')}
              cancelLabel={t('activitySeries.cancel')}
              onConfirm={() => void remove('one')}
              onCancel={() => setConfirmDelete(false)}
              destructive
            />
          )}
        </>
      }
    >
      {existing && inSeries && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('activitySeries.position', {
            position: series.findIndex((a) => a.id === existing.id) + 1,
            count: series.length,
          })}
        </Typography>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <FormTextField
            control={control}
            name="title"
            label={t('activities.fields.title')}
            required
            autoFocus
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormCategoryField
            control={control}
            name="type"
            label={t('activities.fields.type')}
            entries={lists.activityTypes}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormDateField
            control={control}
            name="date"
            label={t('activities.fields.date')}
            required
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 6, md: 4 }}>
          <FormTextField
            control={control}
            name="startTime"
            label={t('activities.fields.startTime')}
            fullWidth
            placeholder="09:30"
          />
        </Grid>
        <Grid size={{ xs: 6, md: 4 }}>
          <FormNumberField
            control={control}
            name="durationMinutes"
            label={t('activities.fields.duration')}
            kind="minutes"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormCategoryMultiField
            control={control}
            name="organisationIds"
            label={t('activities.fields.organisations')}
            entries={organisations.map((o) => ({ id: o.id, label: o.name }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormCategoryMultiField
            control={control}
            name="volunteerIds"
            label={t('activities.fields.volunteers')}
            entries={volunteers.map((p) => ({ id: p.id, label: personName(p) }))}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 4 }}>
          <FormNumberField
            control={control}
            name="participants"
            label={t('activities.fields.participants')}
            kind="count"
          />
        </Grid>
        <Grid size={{ xs: 6, md: 4 }}>
          <FormNumberField
            control={control}
            name="minutes"
            label={t('activities.fields.minutes')}
            kind="minutes"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormCategoryField
            control={control}
            name="handledBy"
            label={t('inquiries.fields.handledBy')}
            entries={lists.teamMembers}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormCategoryField
            control={control}
            name="municipality"
            label={t('activities.fields.municipality')}
            entries={lists.municipalities}
          />
        </Grid>
        <Grid size={12}>
          <FormTextField
            control={control}
            name="notes"
            label={t('activities.fields.notes')}
            fullWidth
            multiline
            minRows={2}
          />
        </Grid>
        {!existing && (
          <>
            <Grid size={{ xs: 6, md: 4 }}>
              <FormSelectField
                control={control}
                name="repeat.recurrence"
                label={t('activities.recurrence')}
                options={RECURRENCES.map((r) => ({ id: r, label: t(`activities.recurrences.${r}`) }))}
              />
            </Grid>
            {recurrence !== 'none' && (
              <Grid size={{ xs: 6, md: 4 }}>
                <FormIntegerField
                  control={control}
                  name="repeat.occurrences"
                  label={t('activities.occurrences')}
                  min={2}
                  max={MAX_OCCURRENCES}
                />
              </Grid>
            )}
            <Grid size={{ xs: 12, md: 4 }} sx={{ display: 'flex', alignItems: 'center' }}>
              <FormCheckbox
                control={control}
                name="repeat.withFollowup"
                label={t('activities.withFollowup')}
              />
            </Grid>
          </>
        )}
      </Grid>
      {failed === 'delete' && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {t('activitySeries.deleteFailed')}
        </Alert>
      )}
    </FormDialogForm>
  );
}
