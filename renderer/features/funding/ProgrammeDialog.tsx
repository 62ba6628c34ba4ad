// Create or edit a funding programme: funder, directive and its version, rate, cap, granting
// authority, application deadlines (each becomes a Wiedervorlage), notes and a link.
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Grid, IconButton, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { isValidDay, toDay } from '../../../shared/domain/calendarDay';
import {
  emptyProgrammeDraft,
  programmeDraftSchema,
  programmeDraftToData,
  programmeToDraft,
  type ProgrammeDraft,
} from '../../../shared/funding/fundingRecords';
import { useDeleteAction } from '../../components/form/useDeleteAction';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import { useFormat } from '../../components/useFormat';
import { deleteFunding, getFunding, saveFunding } from '../../data/funding';
import { useFundingFile } from '../../data/hooks';
import { useVaultSession } from '../../data/VaultContext';
import { RecordConflicts } from '../team';
import { useDeadlineTitle } from './fundingDeadlines';

interface Props extends DialogOpen {
  programmeId?: string;
}

export const ProgrammeDialog = formDialog(ProgrammeForm, {
  titleId: 'programme-dialog-title',
  formKey: (p) => p.programmeId ?? 'new',
  maxWidth: 'md',
});

const F = formFields<ProgrammeDraft>();

function ProgrammeForm({ programmeId, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const file = useFundingFile();
  const titleOf = useDeadlineTitle();
  const [existing] = useState(() => {
    const data = programmeId ? getFunding(vault.store, programmeId) : undefined;
    return data?.kind === 'programme' ? data : undefined;
  });
  const [defaults] = useState<ProgrammeDraft>(() =>
    existing ? programmeToDraft(existing) : emptyProgrammeDraft(),
  );
  const form = useForm<ProgrammeDraft>({
    resolver: zodResolver(programmeDraftSchema),
    defaultValues: defaults,
  });
  const deadlines = useFieldArray({ control: form.control, name: 'deadlines' });
  const uses = programmeId
    ? file.projects.filter((p) => p.programmeId === programmeId).length +
      file.applications.filter((a) => a.programmeId === programmeId).length
    : 0;

  const submit = form.handleSubmit(async (draft) => {
    await saveFunding(vault, programmeId, programmeDraftToData(draft), titleOf);
    onClose();
  });

  const deletion = useDeleteAction({
    enabled: !!existing,
    title: t('funding.programmes.deleteTitle'),
    text: t('funding.programmes.deleteText', { name: existing?.name ?? '' }),
    note: uses ? t('funding.programmes.inUse', { count: uses }) : undefined,
    onDelete: async () => {
      if (!programmeId) return;
      await deleteFunding(vault, programmeId, titleOf);
      onClose();
    },
  });

  return (
    <FormDialogForm
      title={existing ? t('funding.programmes.edit') : t('funding.programmes.new')}
      form={form}
      onSubmit={submit}
      failed={deletion.failed}
      actionsStart={deletion.button}
      questions={deletion.question}
    >
      <Grid container spacing={2}>
        <F.Text name="name" label={t('funding.programmes.name')} required autoFocus fullWidth cell={8} />
        <F.Text name="version" label={t('funding.programmes.version')} fullWidth cell={4} />
        <F.Text name="funder" label={t('funding.programmes.funder')} fullWidth cell={6} />
        <F.Text name="authority" label={t('funding.programmes.authority')} fullWidth cell={6} />
        <F.Number name="ratePercent" kind="count" label={t('funding.programmes.rate')} cell={6} />
        <F.Number name="capCents" kind="euro" label={t('funding.programmes.cap')} cell={6} />
        <F.Text name="link" label={t('funding.programmes.link')} fullWidth cell={12} />
      </Grid>
      <Typography variant="h6" component="h3" sx={{ mt: 3, mb: 1 }}>
        {t('funding.programmes.deadlines')}
      </Typography>
      <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        {deadlines.fields.map((field, index) => {
          const day = form.getValues(`deadlines.${index}.day`);
          return (
            <Stack direction="row" spacing={1} key={field.id} sx={{ alignItems: 'center' }}>
              <F.Date name={`deadlines.${index}.day`} label={t('funding.programmes.deadlines')} required />
              <IconButton
                aria-label={t('funding.programmes.removeDeadline', {
                  day: isValidDay(day) ? fmt.day(day) : '',
                })}
                onClick={() => deadlines.remove(index)}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Stack>
          );
        })}
        <Button startIcon={<AddIcon />} onClick={() => deadlines.append({ day: toDay(new Date()) })}>
          {t('funding.programmes.addDeadline')}
        </Button>
      </Stack>
      <Grid container spacing={2} sx={{ mt: 2 }}>
        <F.Text
          name="notes"
          label={t('funding.programmes.notes')}
          fullWidth
          multiline
          minRows={2}
          maxRows={8}
          cell={12}
        />
      </Grid>
      <RecordConflicts table="funding" id={programmeId} />
    </FormDialogForm>
  );
}
