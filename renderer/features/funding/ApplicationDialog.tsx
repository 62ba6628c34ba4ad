// Create or edit an advised application: which network organisation applies to which programme, by
// when, for how much, and how far it has got. Its deadline becomes a Wiedervorlage while in preparation.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  APPLICATION_STATUSES,
  applicationDraftSchema,
  applicationDraftToData,
  applicationToDraft,
  type ApplicationDraft,
} from '../../../shared/funding/fundingRecords';
import { useDeleteAction } from '../../components/form/useDeleteAction';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import { deleteFunding, getFunding, saveFunding } from '../../data/funding';
import { useFundingFile, useOrganisations } from '../../data/hooks';
import { useVaultSession } from '../../data/VaultContext';
import { RecordConflicts } from '../team';
import { useDeadlineTitle } from './fundingDeadlines';

interface Props extends DialogOpen {
  applicationId?: string;
}

export const ApplicationDialog = formDialog(ApplicationForm, {
  titleId: 'application-dialog-title',
  formKey: (p) => p.applicationId ?? 'new',
  maxWidth: 'md',
});

const F = formFields<ApplicationDraft>();

function ApplicationForm({ applicationId, onClose }: Props) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const file = useFundingFile();
  const organisations = useOrganisations();
  const titleOf = useDeadlineTitle();
  const [existing] = useState(() => {
    const data = applicationId ? getFunding(vault.store, applicationId) : undefined;
    return data?.kind === 'application' ? data : undefined;
  });
  const [defaults] = useState<ApplicationDraft>(() =>
    existing
      ? applicationToDraft(existing)
      : {
          organisationId: '',
          programmeId: '',
          title: '',
          deadline: '',
          amountCents: null,
          status: 'vorbereitung',
          notes: '',
        },
  );
  const form = useForm<ApplicationDraft>({
    resolver: zodResolver(applicationDraftSchema),
    defaultValues: defaults,
  });

  const submit = form.handleSubmit(async (draft) => {
    await saveFunding(vault, applicationId, applicationDraftToData(draft), titleOf);
    onClose();
  });

  const deletion = useDeleteAction({
    enabled: !!existing,
    title: t('funding.applications.deleteTitle'),
    text: t('funding.applications.deleteText', { title: existing?.title ?? '' }),
    onDelete: async () => {
      if (!applicationId) return;
      await deleteFunding(vault, applicationId, titleOf);
      onClose();
    },
  });

  return (
    <FormDialogForm
      title={existing ? t('funding.applications.edit') : t('funding.applications.new')}
      form={form}
      onSubmit={submit}
      failed={deletion.failed}
      actionsStart={deletion.button}
      questions={deletion.question}
    >
      <Grid container spacing={2}>
        <F.Text name="title" label={t('funding.applications.title')} required autoFocus fullWidth cell={12} />
        <F.Category
          name="organisationId"
          label={t('funding.applications.organisation')}
          required
          entries={organisations.map((o) => ({ id: o.id, label: o.name }))}
          cell={6}
        />
        {organisations.length === 0 && (
          <Grid size={12}>
            <Typography variant="body2" color="text.secondary">
              {t('funding.applications.noOrganisations')}
            </Typography>
          </Grid>
        )}
        <F.Select
          name="programmeId"
          label={t('funding.applications.programme')}
          options={[
            { id: '', label: t('funding.projects.fields.noProgramme') },
            ...file.programmes.map((p) => ({ id: p.id, label: p.name })),
          ]}
          fullWidth
          cell={6}
        />
        <F.Day name="deadline" label={t('funding.applications.deadline')} cell={4} />
        <F.Number name="amountCents" kind="euro" label={t('funding.applications.amount')} cell={4} />
        <F.Select
          name="status"
          label={t('funding.applications.status')}
          options={APPLICATION_STATUSES.map((s) => ({
            id: s,
            label: t(`funding.applications.statuses.${s}`),
          }))}
          fullWidth
          cell={4}
        />
        <F.Text
          name="notes"
          label={t('funding.applications.notes')}
          fullWidth
          multiline
          minRows={2}
          maxRows={8}
          cell={12}
        />
      </Grid>
      <RecordConflicts table="funding" id={applicationId} />
    </FormDialogForm>
  );
}
