// Create or edit a newsletter issue: its number within the year (a number used twice in a year is
// refused) and the period it covers. A new issue starts with the Impressum from the office settings.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  defaultImpressum,
  issueDraftSchema,
  issueFromDraft,
  issueLabel,
  proposeIssue,
  type IssueDraft,
} from '../../../shared/outreach/newsletterIssue';
import { useDeleteAction } from '../../components/form/useDeleteAction';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import { useDialogs } from '../../components/dialogs';
import { deleteOutreach, saveOutreach } from '../../data/outreach';
import { useOutreachFile, useSettings } from '../../data/hooks';
import { useVaultSession } from '../../data/VaultContext';

interface Props extends DialogOpen {
  issueId?: string;
  onSaved: (id: string) => void;
  onDeleted?: () => void;
}

export const IssueDialog = formDialog(IssueForm, {
  titleId: 'newsletter-issue-dialog-title',
  formKey: (p) => p.issueId ?? 'new',
  maxWidth: 'sm',
});

const F = formFields<IssueDraft>();

function IssueForm({ issueId, onSaved, onDeleted }: Props) {
  const { t, i18n } = useTranslation();
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const settings = useSettings();
  const { newsletters } = useOutreachFile();
  const [existing] = useState(() => newsletters.find((n) => n.id === issueId));
  const [defaults] = useState<IssueDraft>(() =>
    existing
      ? { number: existing.number, year: String(existing.year), from: existing.from, to: existing.to }
      : proposeIssue(newsletters, new Date()),
  );
  // The stored issues as the dialog opened: a number taken meanwhile is refused by the next save's check.
  const [schema] = useState(() => issueDraftSchema(newsletters, issueId));
  const form = useForm<IssueDraft>({ resolver: zodResolver(schema), defaultValues: defaults });

  const submit = form.handleSubmit(async (draft) => {
    // Checked once more against what is stored now (another window or the team may have added one).
    const taken = issueDraftSchema(newsletters, issueId).safeParse(draft);
    if (!taken.success) {
      form.setError('number', { message: 'newsletter.validation.duplicate' });
      return;
    }
    const language = i18n.language === 'en' ? 'en' : 'de';
    const data = issueFromDraft(draft, existing, defaultImpressum(settings, language));
    const id = await saveOutreach(vault, issueId, data);
    notify(t('newsletter.saved'));
    onSaved(id);
  });

  const deletion = useDeleteAction({
    enabled: !!existing,
    title: t('newsletter.deleteTitle'),
    text: t('newsletter.deleteText', { label: existing ? issueLabel(existing) : '' }),
    onDelete: async () => {
      if (!issueId) return;
      await deleteOutreach(vault, [issueId]);
      notify(t('newsletter.deleted'));
      onDeleted?.();
    },
  });

  return (
    <FormDialogForm
      title={existing ? t('newsletter.editIssue') : t('newsletter.newIssue')}
      form={form}
      onSubmit={submit}
      failed={deletion.failed}
      actionsStart={deletion.button}
      questions={deletion.question}
    >
      <Grid container spacing={2}>
        <F.Integer name="number" label={t('newsletter.fields.number')} min={1} max={99} cell={6} />
        <F.Text
          name="year"
          label={t('newsletter.fields.year')}
          required
          fullWidth
          cell={6}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
        />
        <F.Date name="from" label={t('newsletter.fields.from')} required fullWidth cell={6} />
        <F.Date name="to" label={t('newsletter.fields.to')} required fullWidth cell={6} />
      </Grid>
      {!existing && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t('newsletter.newHint')}
        </Typography>
      )}
    </FormDialogForm>
  );
}
