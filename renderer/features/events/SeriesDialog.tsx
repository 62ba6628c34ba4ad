// Create or edit an event series: title, motto, period, the call for contributions, the funder's
// credit line and the milestones, each of which becomes a Wiedervorlage when the series is saved.
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Grid, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { MILESTONE_KINDS } from '../../../shared/outreach/eventRecords';
import {
  emptySeriesDraft,
  seriesDraftSchema,
  seriesDraftToData,
  seriesToDraft,
  type SeriesDraft,
} from '../../../shared/outreach/eventsForm';
import { newRecordId } from '../../../shared/storage/records';
import { useDialogs } from '../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import { useDeleteAction } from '../../components/form/useDeleteAction';
import { contributionsOf, deleteSeries, getSeries, saveSeries } from '../../data/events';
import { useVaultSession } from '../../data/VaultContext';
import { RecordConflicts } from '../team';
import { useMilestoneTitle } from './milestoneTitle';

interface Props extends DialogOpen {
  seriesId?: string;
  onSaved: (id: string) => void;
  /** After the series was deleted (its page has nothing left to show). */
  onDeleted?: () => void;
}

export const SeriesDialog = formDialog(SeriesForm, {
  titleId: 'series-dialog-title',
  formKey: (p) => p.seriesId ?? 'new',
  maxWidth: 'md',
});

const F = formFields<SeriesDraft>();

function SeriesForm({ seriesId, onSaved, onDeleted }: Props) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const titleOf = useMilestoneTitle();
  const [existing] = useState(() => (seriesId ? getSeries(vault.store, seriesId) : undefined));
  const [defaults] = useState<SeriesDraft>(() => (existing ? seriesToDraft(existing) : emptySeriesDraft()));
  const form = useForm<SeriesDraft>({ resolver: zodResolver(seriesDraftSchema), defaultValues: defaults });
  const { control, handleSubmit } = form;
  const milestones = useFieldArray({ control, name: 'milestones', keyName: 'key' });
  const kinds = useWatch({ control, name: 'milestones' });

  const submit = handleSubmit(async (draft) => {
    const id = await saveSeries(vault, seriesId, seriesDraftToData(draft), titleOf);
    notify({ key: 'events.series.saved' });
    onSaved(id);
  });

  const count = seriesId ? contributionsOf(vault.store, seriesId).length : 0;
  const deletion = useDeleteAction({
    enabled: !!existing,
    title: t('events.series.deleteTitle'),
    text: t('events.series.deleteText', { title: existing?.title ?? '', count }),
    onDelete: async () => {
      if (!seriesId) return;
      await deleteSeries(vault, seriesId);
      notify({ key: 'events.series.deleted' });
      onDeleted?.();
    },
  });

  const kindOptions = MILESTONE_KINDS.map((k) => ({ id: k, label: t(`events.milestones.kinds.${k}`) }));

  return (
    <FormDialogForm
      title={existing ? t('events.series.edit') : t('events.series.new')}
      form={form}
      onSubmit={submit}
      failed={deletion.failed}
      actionsStart={deletion.button}
      questions={deletion.question}
    >
      <Grid container spacing={2}>
        <F.Text
          name="title"
          label={t('events.series.fields.title')}
          helperText={t('events.series.fields.titleHint')}
          required
          autoFocus
          fullWidth
          cell={12}
        />
        <F.Text name="motto" label={t('events.series.fields.motto')} fullWidth cell={12} />
        <F.Date name="from" label={t('events.series.fields.from')} required fullWidth cell={6} />
        <F.Date name="to" label={t('events.series.fields.to')} required fullWidth cell={6} />
        <F.Text
          name="callText"
          label={t('events.series.fields.callText')}
          helperText={t('events.series.fields.callTextHint')}
          fullWidth
          multiline
          minRows={3}
          maxRows={12}
          cell={12}
        />
        <F.Text
          name="funderCredit"
          label={t('events.series.fields.funderCredit')}
          helperText={t('events.series.fields.funderCreditHint')}
          fullWidth
          cell={12}
        />
      </Grid>
      <Typography variant="h6" component="h3" sx={{ mt: 3 }}>
        {t('events.milestones.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('events.milestones.hint')}
      </Typography>
      <Stack spacing={1.5}>
        {milestones.fields.length === 0 && (
          <Typography color="text.secondary">{t('events.milestones.none')}</Typography>
        )}
        {milestones.fields.map((m, index) => {
          const kind = kinds?.[index]?.kind ?? m.kind;
          return (
            <Grid container spacing={1.5} key={m.key} sx={{ alignItems: 'flex-start' }}>
              <F.Select
                name={`milestones.${index}.kind`}
                label={t('events.milestones.kind')}
                options={kindOptions}
                fullWidth
                cell={{ xs: 12, md: 4 }}
              />
              <F.Date
                name={`milestones.${index}.day`}
                label={t('events.milestones.day')}
                required
                fullWidth
                cell={{ xs: 6, md: 3 }}
              />
              <F.Text
                name={`milestones.${index}.note`}
                label={t('events.milestones.note')}
                fullWidth
                cell={{ xs: 5, md: 4 }}
              />
              <Grid size={{ xs: 1, md: 1 }} sx={{ pt: 1 }}>
                <Tooltip
                  title={t('events.milestones.remove', { kind: t(`events.milestones.kinds.${kind}`) })}
                >
                  <IconButton
                    aria-label={t('events.milestones.remove', { kind: t(`events.milestones.kinds.${kind}`) })}
                    onClick={() => milestones.remove(index)}
                  >
                    <DeleteOutlineIcon />
                  </IconButton>
                </Tooltip>
              </Grid>
            </Grid>
          );
        })}
        <Button
          startIcon={<AddIcon />}
          sx={{ alignSelf: 'flex-start' }}
          onClick={() =>
            // The next kind in the usual order: Aufruf, Einsendeschluss, … are entered top to bottom.
            milestones.append({
              id: newRecordId(),
              kind: MILESTONE_KINDS[Math.min(milestones.fields.length, MILESTONE_KINDS.length - 1)]!,
              day: '',
              note: '',
            })
          }
        >
          {t('events.milestones.add')}
        </Button>
      </Stack>
      <Grid container spacing={2} sx={{ mt: 2 }}>
        <F.Text
          name="notes"
          label={t('events.series.fields.notes')}
          fullWidth
          multiline
          minRows={2}
          maxRows={8}
          cell={12}
        />
      </Grid>
      <RecordConflicts table="outreach" id={seriesId} />
    </FormDialogForm>
  );
}
