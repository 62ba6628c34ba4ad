// An activity: meeting, working group, event, school visit, training, press work …; a new one can be
// created as a recurring series in one step. Editing or deleting a date of a series asks whether the
// rest of the series, or all of it, is meant.
// (Over 300 lines: saving, deleting and the series question share the form state and the series;
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
import { RecordConflicts, useTeamWideNote } from '../team';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import type { Resources } from '../../i18n/de';
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
const F = formFields<ActivityForm>();
/** Two side by side on a small screen, three from "md" up. */
const pair = { xs: 6, md: 4 };
const NO_REPEAT: ActivityRepeat = { recurrence: 'none', occurrences: 6, withFollowup: false };
/** The fields added later (absent on older activities), as the form's fields hold them when empty. */
const NOT_SET = { fieldOfAction: '', personsSupported: null, familiesSupported: null } as const;

function ActivityForm({ activityId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const teamWideNote = useTeamWideNote();
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
  const form = useForm<ActivityForm>({
    resolver: zodResolver(activityFormSchema),
    defaultValues: existing
      ? { ...NOT_SET, ...activityData(existing), handledBy: existing.handledBy ?? '', repeat: NO_REPEAT }
      : {
          ...emptyActivity(today, selectableEntries(lists.activityTypes)[0]?.id ?? ''),
          ...NOT_SET,
          handledBy: device.currentUserId ?? '',
          repeat: NO_REPEAT,
        },
  });
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = form;
  const l = (key: keyof Resources['activities']['fields']) => t(`activities.fields.${key}`);
  const orgs = organisations.map((o) => ({ id: o.id, label: o.name }));
  const guides = volunteers.map((p) => ({ id: p.id, label: personName(p) }));
  const places = lists.municipalities;
  const team = lists.teamMembers;
  const recurrences = RECURRENCES.map((r) => ({ id: r, label: t(`activities.recurrences.${r}`) }));
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
      form={form}
      onSubmit={submit}
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
              note={teamWideNote}
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
        <F.Text name="title" label={l('title')} cell={8} required autoFocus fullWidth />
        <F.Category name="type" label={l('type')} cell={4} entries={lists.activityTypes} required />
        <F.Date name="date" label={l('date')} cell={4} required fullWidth />
        <F.Text name="startTime" label={l('startTime')} cell={pair} fullWidth placeholder="09:30" />
        <F.Number name="durationMinutes" label={l('duration')} cell={pair} kind="minutes" />
        <F.CategoryMulti name="organisationIds" label={l('organisations')} cell={6} entries={orgs} />
        <F.CategoryMulti name="volunteerIds" label={l('volunteers')} cell={6} entries={guides} />
        <F.Number name="participants" label={l('participants')} cell={pair} kind="count" />
        <F.Number name="minutes" label={l('minutes')} cell={pair} kind="minutes" />
        <F.Category name="handledBy" label={t('inquiries.fields.handledBy')} cell={4} entries={team} />
        <F.Category name="municipality" label={l('municipality')} cell={4} entries={places} />
        <F.Category name="fieldOfAction" label={l('fieldOfAction')} cell={8} entries={lists.fieldsOfAction} />
        <F.Number
          name="personsSupported"
          label={l('personsSupported')}
          cell={{ xs: 6, md: 6 }}
          kind="count"
          helperText={t('activities.personsSupportedHelp')}
        />
        <F.Number
          name="familiesSupported"
          label={l('familiesSupported')}
          cell={{ xs: 6, md: 6 }}
          kind="count"
          helperText={t('activities.familiesSupportedHelp')}
        />
        <F.Text name="notes" label={l('notes')} cell={12} fullWidth multiline minRows={2} />
        {!existing && (
          <>
            <F.Select
              name="repeat.recurrence"
              label={t('activities.recurrence')}
              cell={pair}
              options={recurrences}
              fullWidth
            />
            {recurrence !== 'none' && (
              <F.Integer
                name="repeat.occurrences"
                label={t('activities.occurrences')}
                cell={pair}
                min={2}
                max={MAX_OCCURRENCES}
              />
            )}
            <F.Checkbox name="repeat.withFollowup" label={t('activities.withFollowup')} cell={4} />
          </>
        )}
      </Grid>
      {failed === 'delete' && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {t('activitySeries.deleteFailed')}
        </Alert>
      )}
      <RecordConflicts table="activities" id={existing?.id} />
    </FormDialogForm>
  );
}
