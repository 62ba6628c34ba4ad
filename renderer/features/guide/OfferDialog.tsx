// Create or edit a Wegweiser offer: its provider from Netzwerk, the chapter, who it is for and in
// which languages, where, when and at what cost, the day it was last checked and whether the
// provider agreed to its publication (without that it never leaves the app).
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import {
  emptyOfferDraft,
  offerDraftSchema,
  offerDraftToData,
  offerToDraft,
  type OfferDraft,
} from '../../../shared/outreach/guideForm';
import { useDialogs } from '../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import { useDeleteAction } from '../../components/form/useDeleteAction';
import { useNow } from '../../components/useNow';
import { useOrganisations, useSettings } from '../../data/hooks';
import { deleteOutreach, getOutreach, saveOutreach } from '../../data/outreach';
import { useVaultSession } from '../../data/VaultContext';
import { RecordConflicts } from '../team';

interface Props extends DialogOpen {
  offerId?: string;
}

export const OfferDialog = formDialog(OfferForm, {
  titleId: 'offer-dialog-title',
  formKey: (p) => p.offerId ?? 'new',
  maxWidth: 'md',
});

const F = formFields<OfferDraft>();

function OfferForm({ offerId, onClose }: Props) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const settings = useSettings();
  const organisations = useOrganisations();
  const today = toDay(useNow());
  const [existing] = useState(() => {
    const data = offerId ? getOutreach(vault.store, offerId) : undefined;
    return data?.kind === 'offer' ? data : undefined;
  });
  const [defaults] = useState<OfferDraft>(() => (existing ? offerToDraft(existing) : emptyOfferDraft()));
  const schema = useMemo(() => offerDraftSchema(today), [today]);
  const form = useForm<OfferDraft>({ resolver: zodResolver(schema), defaultValues: defaults });

  const submit = form.handleSubmit(async (draft) => {
    const data = offerDraftToData(draft);
    await saveOutreach(vault, offerId, data);
    onClose();
    notify(t('guide.saved', { title: data.title }));
  });

  const deletion = useDeleteAction({
    enabled: !!existing,
    title: t('guide.deleteTitle'),
    text: t('guide.deleteText', { title: existing?.title ?? '' }),
    onDelete: async () => {
      if (!offerId) return;
      await deleteOutreach(vault, [offerId]);
      onClose();
    },
  });

  return (
    <FormDialogForm
      title={existing ? t('guide.editOffer') : t('guide.newOffer')}
      form={form}
      onSubmit={submit}
      failed={deletion.failed}
      actionsStart={deletion.button}
      questions={deletion.question}
    >
      <Grid container spacing={2}>
        <F.Text name="title" label={t('guide.fields.title')} required autoFocus fullWidth cell={12} />
        <F.Category
          name="organisationId"
          label={t('guide.fields.provider')}
          required
          entries={organisations.map((o) => ({ id: o.id, label: o.name }))}
          cell={6}
        />
        <F.Category
          name="chapter"
          label={t('guide.fields.chapter')}
          entries={settings.lists.guideChapters}
          cell={6}
        />
        {organisations.length === 0 && (
          <Grid size={12}>
            <Typography variant="body2" color="text.secondary">
              {t('guide.noOrganisations')}
            </Typography>
          </Grid>
        )}
        <F.Text
          name="description"
          label={t('guide.fields.description')}
          fullWidth
          multiline
          minRows={2}
          maxRows={8}
          cell={12}
        />
        <F.Text name="targetGroup" label={t('guide.fields.targetGroup')} fullWidth cell={6} />
        <F.Tags
          name="languages"
          label={t('guide.fields.languages')}
          helperText={t('guide.fields.languagesHint')}
          cell={6}
        />
        <CategoryWithHint />
        <F.Text name="openingHours" label={t('guide.fields.openingHours')} fullWidth cell={6} />
        <F.Text name="cost" label={t('guide.fields.cost')} fullWidth cell={6} />
        <F.Text name="contact" label={t('guide.fields.contact')} fullWidth cell={6} />
        <F.Day name="checkedOn" label={t('guide.fields.checkedOn')} cell={6} />
        <F.Checkbox name="publishConsent" label={t('guide.fields.publishConsent')} cell={6} />
        <F.Text
          name="notes"
          label={t('guide.fields.notes')}
          fullWidth
          multiline
          minRows={2}
          maxRows={8}
          cell={12}
        />
      </Grid>
      <RecordConflicts table="outreach" id={offerId} />
    </FormDialogForm>
  );
}

/** The Gemeinde, with the hint that empty means the whole district. */
function CategoryWithHint() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <Grid size={{ xs: 12, md: 6 }}>
      <F.Category
        name="municipality"
        label={t('guide.fields.municipality')}
        entries={settings.lists.municipalities}
      />
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mx: 1.75, mt: 0.5 }}>
        {t('guide.fields.municipalityHint')}
      </Typography>
    </Grid>
  );
}
