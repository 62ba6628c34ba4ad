// Create or edit a follow-up: a title, a due day (with quick choices), who, and notes.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, ButtonGroup, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { quickDueDay, type QuickDue } from '../../../shared/domain/calendarDay';
import {
  followupDraftSchema,
  followupToDraft,
  type Followup,
  type FollowupDraft,
} from '../../../shared/domain/followup';
import { deleteFollowup, getFollowup, saveFollowup } from '../../data/followups';
import { useDeviceSettings, useSettings } from '../../data/hooks';
import { getInquiry } from '../../data/inquiries';
import { useVaultSession } from '../../data/VaultContext';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import { usePlausibleDates } from '../../components/usePlausibleDates';
import { useDeleteAction } from '../../components/form/useDeleteAction';
import { RecordConflicts, useTeamWideNote } from '../team';
import { useDialogs } from '../../components/dialogs';

interface Props extends DialogOpen {
  followupId?: string;
  inquiryId?: string;
  title?: string;
  onSaved: (followup: Followup) => void;
}

export const FollowupDialog = formDialog(FollowupForm, {
  titleId: 'followup-dialog-title',
  formKey: (p) => p.followupId ?? `new-${p.inquiryId ?? ''}`,
  maxWidth: 'sm',
});

const F = formFields<FollowupDraft>();
const QUICK: QuickDue[] = ['tomorrow', 'oneWeek', 'twoWeeks'];

function FollowupForm({ followupId, inquiryId, title, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const teamWideNote = useTeamWideNote();
  const { vault } = useVaultSession();
  const settings = useSettings();
  const device = useDeviceSettings();
  const [existing] = useState(() => (followupId ? getFollowup(vault.store, followupId) : undefined));
  const linkedInquiryId = existing?.inquiryId ?? inquiryId;
  const inquiry = linkedInquiryId ? getInquiry(vault.store, linkedInquiryId) : undefined;
  const [defaults] = useState<FollowupDraft>(() =>
    existing
      ? followupToDraft(existing)
      : {
          title: title ?? (inquiry ? inquiry.subject : ''),
          due: quickDueDay('oneWeek', new Date()),
          assignee: device.currentUserId ?? '',
          notes: '',
          inquiryId: inquiryId ?? null,
        },
  );
  const form = useForm<FollowupDraft>({
    resolver: zodResolver(followupDraftSchema),
    defaultValues: defaults,
  });
  const { handleSubmit, setValue, setError } = form;
  const dates = usePlausibleDates<'due'>((field, message) => setError(field, { message }));

  const { notify } = useDialogs();
  const deletion = useDeleteAction({
    enabled: !!existing,
    title: t('inquiryActions.deleteFollowupTitle'),
    note: teamWideNote,
    text: t('inquiryActions.deleteFollowupText', { title: existing?.title ?? '' }),
    onDelete: async () => {
      if (!existing) return;
      await deleteFollowup(vault, existing.id, new Date(), device.currentUserId);
      onClose();
      notify(t('inquiryActions.followupDeleted'));
    },
  });

  const submit = handleSubmit(async (draft) => {
    const due = { field: 'due' as const, label: t('followups.fields.due'), day: draft.due };
    if (!(await dates.confirmDates([{ ...due, ...(existing ? { saved: existing.due } : {}) }]))) return;
    // A failed save: FormDialogForm shows it (`failed` is the deletion's).
    onSaved(await saveFollowup(vault, existing?.id, draft, new Date(), existing));
  });

  return (
    <FormDialogForm
      title={existing ? t('followups.edit') : t('followups.new')}
      form={form}
      onSubmit={submit}
      failed={deletion.failed}
      actionsStart={deletion.button}
      questions={
        <>
          {dates.dialog}
          {deletion.question}
        </>
      }
    >
      <Stack spacing={2}>
        {inquiry && (
          <Typography variant="body2" color="text.secondary">
            {t('followups.fields.inquiry')}: {inquiry.subject}
          </Typography>
        )}
        {/* A suggested title (the inquiry's subject) is selected, so typing replaces it instead of
            appending to it ("Dolmetscher für AnzeigeRückruf Polizei"). */}
        <F.Text
          name="title"
          label={t('followups.fields.title')}
          required
          autoFocus
          fullWidth
          onFocus={existing ? undefined : (e) => e.target.select()}
        />
        {/* The quick choices keep one line each: where the dialog is too narrow for both, they go
            under the date instead of breaking into two-line buttons. */}
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <F.Date name="due" label={t('followups.fields.due')} required />
          <ButtonGroup
            variant="outlined"
            aria-label={t('followups.fields.due')}
            sx={{ '& .MuiButton-root': { whiteSpace: 'nowrap' } }}
          >
            {QUICK.map((choice) => (
              <Button
                key={choice}
                onClick={() =>
                  setValue('due', quickDueDay(choice, new Date()), {
                    shouldDirty: true,
                    shouldValidate: true,
                  })
                }
              >
                {t(`followups.quick.${choice}`)}
              </Button>
            ))}
          </ButtonGroup>
        </Stack>
        <F.Category
          name="assignee"
          label={t('followups.fields.assignee')}
          entries={settings.lists.teamMembers}
        />
        <F.Text
          name="notes"
          label={t('followups.fields.notes')}
          fullWidth
          multiline
          minRows={2}
          maxRows={8}
        />
      </Stack>
      <RecordConflicts table="followups" id={existing?.id} />
    </FormDialogForm>
  );
}
