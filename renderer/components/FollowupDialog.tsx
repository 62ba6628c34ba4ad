// Create or edit a follow-up: a title, a due day (with quick choices), who, and notes.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, ButtonGroup, Stack, TextField, Typography } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { useTranslation } from 'react-i18next';
import { dayToDate, isValidDay, quickDueDay, toDay, type QuickDue } from '../../shared/domain/calendarDay';
import {
  followupDraftSchema,
  followupToDraft,
  type Followup,
  type FollowupDraft,
} from '../../shared/domain/followup';
import { deleteFollowup, getFollowup, saveFollowup } from '../data/followups';
import { useDeviceSettings, useSettings } from '../data/hooks';
import { getInquiry } from '../data/inquiries';
import { useVaultSession } from '../data/VaultContext';
import { FormDialog, FormDialogForm } from './form/FormDialog';
import { CategoryAutocomplete } from './CategoryAutocomplete';
import { usePlausibleDates } from './usePlausibleDates';
import { ConfirmDialog } from './ConfirmDialog';
import { useDialogs } from './dialogs';
import { validationText } from './validationMessage';

interface Props {
  open: boolean;
  followupId?: string;
  inquiryId?: string;
  title?: string;
  onClose: () => void;
  onSaved: (followup: Followup) => void;
}

export function FollowupDialog(props: Props) {
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      formKey={props.followupId ?? `new-${props.inquiryId ?? ''}`}
      titleId="followup-dialog-title"
      maxWidth="sm"
    >
      <FollowupForm {...props} />
    </FormDialog>
  );
}

const QUICK: QuickDue[] = ['tomorrow', 'oneWeek', 'twoWeeks'];

function FollowupForm({ followupId, inquiryId, title, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
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
  const [failed, setFailed] = useState(false);
  const {
    control,
    handleSubmit,
    setValue,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FollowupDraft>({ resolver: zodResolver(followupDraftSchema), defaultValues: defaults });
  const dates = usePlausibleDates<'due'>((field, message) => setError(field, { message }));

  const { notify } = useDialogs();
  const [confirmDelete, setConfirmDelete] = useState(false);

  const submit = handleSubmit(async (draft) => {
    setFailed(false);
    const due = { field: 'due' as const, label: t('followups.fields.due'), day: draft.due };
    if (!(await dates.confirmDates([{ ...due, ...(existing ? { saved: existing.due } : {}) }]))) return;
    try {
      onSaved(await saveFollowup(vault, existing?.id, draft));
    } catch {
      setFailed(true);
    }
  });

  const remove = async () => {
    setConfirmDelete(false);
    if (!existing) return;
    try {
      await deleteFollowup(vault, existing.id, new Date(), device.currentUserId);
      onClose();
      notify(t('inquiryActions.followupDeleted'));
    } catch {
      setFailed(true);
    }
  };

  const message = (key: string | undefined) => validationText(t, i18n.language, key);

  return (
    <FormDialogForm
      titleId="followup-dialog-title"
      title={existing ? t('followups.edit') : t('followups.new')}
      dirty={isDirty}
      onSubmit={submit}
      saving={isSubmitting}
      failed={failed}
      actionsStart={
        existing && (
          <Button color="error" onClick={() => setConfirmDelete(true)} sx={{ mr: 'auto' }}>
            {t('inquiryActions.delete')}
          </Button>
        )
      }
      questions={
        <>
          {dates.dialog}
          <ConfirmDialog
            open={confirmDelete}
            title={t('inquiryActions.deleteFollowupTitle')}
            text={t('inquiryActions.deleteFollowupText', { title: existing?.title ?? '' })}
            confirmLabel={t('inquiryActions.delete')}
            cancelLabel={t('form.cancel')}
            destructive
            onCancel={() => setConfirmDelete(false)}
            onConfirm={() => void remove()}
          />
        </>
      }
    >
      <Stack spacing={2}>
        {inquiry && (
          <Typography variant="body2" color="text.secondary">
            {t('followups.fields.inquiry')}: {inquiry.subject}
          </Typography>
        )}
        <Controller
          control={control}
          name="title"
          render={({ field }) => (
            <TextField
              {...field}
              label={t('followups.fields.title')}
              required
              autoFocus
              fullWidth
              error={!!errors.title}
              helperText={message(errors.title?.message)}
            />
          )}
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
          <Controller
            control={control}
            name="due"
            render={({ field }) => (
              <DatePicker
                label={t('followups.fields.due')}
                value={isValidDay(field.value) ? dayToDate(field.value) : null}
                onChange={(v) => field.onChange(v && !Number.isNaN(v.getTime()) ? toDay(v) : '')}
                inputRef={field.ref}
                format="dd.MM.yyyy"
                slotProps={{
                  textField: {
                    required: true,
                    error: !!errors.due,
                    helperText: message(errors.due?.message),
                  },
                }}
              />
            )}
          />
          <ButtonGroup variant="outlined" aria-label={t('followups.fields.due')} sx={{ mt: { sm: 1 } }}>
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
        <Controller
          control={control}
          name="assignee"
          render={({ field }) => (
            <CategoryAutocomplete
              label={t('followups.fields.assignee')}
              entries={settings.lists.teamMembers}
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
            />
          )}
        />
        <Controller
          control={control}
          name="notes"
          render={({ field }) => (
            <TextField
              {...field}
              label={t('followups.fields.notes')}
              fullWidth
              multiline
              minRows={2}
              maxRows={8}
            />
          )}
        />
      </Stack>
    </FormDialogForm>
  );
}
