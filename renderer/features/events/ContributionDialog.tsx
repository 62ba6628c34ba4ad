// Record or edit a contribution (Beitrag) of an event series: what, who (an organisation from
// Netzwerk), when and where, access and languages, the booklet's short text (with its character count),
// contact, photo and status. A day outside the series' period is asked about, not refused.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SeriesData } from '../../../shared/outreach/eventRecords';
import {
  contributionDraftSchema,
  contributionDraftToData,
  contributionToDraft,
  emptyContributionDraft,
  outsideSeries,
  SHORT_TEXT_MAX,
  type ContributionDraft,
} from '../../../shared/outreach/eventsForm';
import { contributionStatusChoices } from '../../../shared/outreach/eventsStatus';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDialogs } from '../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import { useDeleteAction } from '../../components/form/useDeleteAction';
import { useFormat } from '../../components/useFormat';
import { deleteContribution, getContribution, saveContribution } from '../../data/events';
import { useOrganisations } from '../../data/hooks';
import { useVaultSession } from '../../data/VaultContext';
import type { eventsDe } from '../../i18n/events.de';
import { RecordConflicts } from '../team';
import { CountedTextField } from './CountedTextField';

interface Props extends DialogOpen {
  seriesId: string;
  series: SeriesData;
  contributionId?: string;
}

export const ContributionDialog = formDialog(ContributionForm, {
  titleId: 'contribution-dialog-title',
  formKey: (p) => p.contributionId ?? `new-${p.seriesId}`,
  maxWidth: 'md',
});

const F = formFields<ContributionDraft>();
type FieldLabel = keyof (typeof eventsDe)['events']['contributions']['fields'];

function ContributionForm({ seriesId, series, contributionId, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const organisations = useOrganisations();
  const [existing] = useState(() =>
    contributionId ? getContribution(vault.store, contributionId) : undefined,
  );
  const [defaults] = useState<ContributionDraft>(() =>
    existing ? contributionToDraft(existing) : emptyContributionDraft(series.from),
  );
  const form = useForm<ContributionDraft>({
    resolver: zodResolver(contributionDraftSchema),
    defaultValues: defaults,
  });
  const [failed, setFailed] = useState(false);
  // A day outside the series is asked about first (an opening the week before happens).
  const [outside, setOutside] = useState<ContributionDraft | null>(null);

  const store = async (draft: ContributionDraft) => {
    await saveContribution(vault, contributionId, contributionDraftToData(draft, seriesId, existing));
    notify({ key: 'events.contributions.saved' });
    onClose();
  };

  const submit = form.handleSubmit(async (draft) => {
    // Asked once: a day confirmed before is not asked about again on every save.
    if (outsideSeries(draft.date, series) && draft.date !== existing?.date) {
      setOutside(draft);
      return;
    }
    await store(draft);
  });

  const deletion = useDeleteAction({
    enabled: !!existing,
    title: t('events.contributions.deleteTitle'),
    text: t('events.contributions.deleteText', { title: existing?.title ?? '' }),
    onDelete: async () => {
      if (!contributionId) return;
      await deleteContribution(vault, contributionId);
      notify({ key: 'events.contributions.deleted' });
      onClose();
    },
  });

  const statuses = contributionStatusChoices(existing?.status);
  const field = (key: FieldLabel) => t(`events.contributions.fields.${key}`);

  return (
    <FormDialogForm
      title={existing ? t('events.contributions.edit') : t('events.contributions.new')}
      form={form}
      onSubmit={submit}
      failed={failed || deletion.failed}
      actionsStart={deletion.button}
      questions={
        <>
          <ConfirmDialog
            open={!!outside}
            title={t('events.contributions.outsideTitle')}
            text={
              outside
                ? t('events.contributions.outsideText', {
                    day: fmt.day(outside.date),
                    period: fmt.dayRange({ from: series.from, to: series.to }),
                  })
                : ''
            }
            confirmLabel={t('events.contributions.saveAnyway')}
            cancelLabel={t('form.cancel')}
            onCancel={() => setOutside(null)}
            onConfirm={() => {
              const pending = outside;
              setOutside(null);
              setFailed(false);
              if (pending) void store(pending).catch(() => setFailed(true));
            }}
          />
          {deletion.question}
        </>
      }
    >
      <Grid container spacing={2}>
        <F.Text name="title" label={field('title')} required autoFocus fullWidth cell={12} />
        <F.Category
          name="organisationId"
          label={field('organiser')}
          required
          entries={organisations.map((o) => ({ id: o.id, label: o.name }))}
          cell={6}
        />
        <F.Select
          name="status"
          label={field('status')}
          helperText={t('events.contributions.statusHint')}
          options={statuses.map((s) => ({ id: s, label: t(`events.contributions.statuses.${s}`) }))}
          fullWidth
          cell={6}
        />
        {organisations.length === 0 && (
          <Grid size={12}>
            <Typography variant="body2" color="text.secondary">
              {t('events.contributions.noOrganisations')}
            </Typography>
          </Grid>
        )}
        <F.Date name="date" label={field('date')} required fullWidth cell={{ xs: 12, md: 4 }} />
        <F.Text
          name="startTime"
          label={field('startTime')}
          placeholder="18:00"
          fullWidth
          cell={{ xs: 6, md: 4 }}
        />
        <F.Text
          name="endTime"
          label={field('endTime')}
          placeholder="20:00"
          fullWidth
          cell={{ xs: 6, md: 4 }}
        />
      </Grid>
      <Typography variant="h6" component="h3" sx={{ mt: 3, mb: 1 }}>
        {t('events.contributions.sections.place')}
      </Typography>
      <Grid container spacing={2}>
        <F.Text name="venue" label={field('venue')} fullWidth cell={6} />
        <F.Text name="address" label={field('address')} fullWidth cell={6} />
        <F.Text name="accessibility" label={field('accessibility')} fullWidth cell={4} />
        <F.Text name="entryFee" label={field('entryFee')} fullWidth cell={4} />
        <F.Text name="registration" label={field('registration')} fullWidth cell={4} />
      </Grid>
      <Typography variant="h6" component="h3" sx={{ mt: 3, mb: 1 }}>
        {t('events.contributions.sections.text')}
      </Typography>
      <Grid container spacing={2}>
        <F.Tags name="languages" label={field('languages')} helperText={field('languagesHint')} cell={6} />
        <F.Text name="targetGroup" label={field('targetGroup')} fullWidth cell={6} />
        <CountedTextField<ContributionDraft, 'shortText'>
          name="shortText"
          label={field('shortText')}
          max={SHORT_TEXT_MAX}
        />
        <F.Text name="contact" label={field('contact')} fullWidth cell={12} />
      </Grid>
      <Typography variant="h6" component="h3" sx={{ mt: 3, mb: 1 }}>
        {t('events.contributions.sections.photo')}
      </Typography>
      <Grid container spacing={2}>
        <F.Text name="photoCredit" label={field('photoCredit')} fullWidth cell={6} />
        <F.Text
          name="photoConsent"
          label={field('photoConsent')}
          helperText={field('photoConsentHint')}
          fullWidth
          cell={6}
        />
        <F.Text name="notes" label={field('notes')} fullWidth multiline minRows={2} maxRows={8} cell={12} />
      </Grid>
      <RecordConflicts table="outreach" id={contributionId} />
    </FormDialogForm>
  );
}
