import { useState, type KeyboardEvent } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  MenuItem,
  TextField,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_CHANNELS,
  DEFAULT_REQUESTER_TYPES,
  DEFAULT_TOPICS,
  INQUIRY_STATUSES,
  selectableEntries,
  type CategoryEntry,
} from '../../../shared/domain/categories';
import {
  dataToDraft,
  emptyInquiryDraft,
  inquiryDraftSchema,
  type Inquiry,
  type InquiryDraft,
} from '../../../shared/domain/inquiry';
import { formatDate, formatDateTime } from '../../components/format';

interface Props {
  open: boolean;
  inquiry: Inquiry | undefined;
  onSave: (draft: InquiryDraft) => Promise<void>;
  onClose: () => void;
}

function entryById(entries: readonly CategoryEntry[], id: string): CategoryEntry | null {
  return entries.find((e) => e.id === id) ?? null;
}

export function InquiryFormDialog({ open, inquiry, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      fullScreen={small}
      aria-labelledby="inquiry-dialog-title"
    >
      {/* Mounted per opening, so every new inquiry starts from fresh defaults ("now"). */}
      {open && (
        <InquiryForm
          key={inquiry?.id ?? 'new'}
          inquiry={inquiry}
          onSave={onSave}
          onClose={onClose}
          title={inquiry ? t('inquiries.edit') : t('inquiries.new')}
        />
      )}
    </Dialog>
  );
}

function InquiryForm({ inquiry, onSave, onClose, title }: Omit<Props, 'open'> & { title: string }) {
  const { t, i18n } = useTranslation();
  const [saveFailed, setSaveFailed] = useState(false);
  const [defaults] = useState(() =>
    inquiry ? dataToDraft(inquiry) : emptyInquiryDraft(new Date(), { channel: DEFAULT_CHANNELS[0]!.id }),
  );
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<InquiryDraft>({ resolver: zodResolver(inquiryDraftSchema), defaultValues: defaults });

  const submit = handleSubmit(async (draft) => {
    setSaveFailed(false);
    try {
      await onSave(draft);
    } catch {
      setSaveFailed(true);
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  const message = (key: string | undefined) => (key ? t(key) : undefined);

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate autoComplete="off">
      <DialogTitle id="inquiry-dialog-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Controller
              control={control}
              name="requesterType"
              render={({ field }) => (
                <Autocomplete
                  options={selectableEntries(DEFAULT_REQUESTER_TYPES, [field.value])}
                  value={entryById(DEFAULT_REQUESTER_TYPES, field.value)}
                  onChange={(_e, v) => field.onChange(v?.id ?? '')}
                  getOptionLabel={(o) => o.label}
                  isOptionEqualToValue={(a, b) => a.id === b.id}
                  autoHighlight
                  openOnFocus={!field.value}
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label={t('inquiries.fields.requesterType')}
                      required
                      autoFocus
                      inputRef={field.ref}
                      error={!!errors.requesterType}
                      helperText={message(errors.requesterType?.message)}
                    />
                  )}
                />
              )}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Controller
              control={control}
              name="channel"
              render={({ field }) => (
                <TextField
                  select
                  label={t('inquiries.fields.channel')}
                  value={field.value}
                  onChange={field.onChange}
                  inputRef={field.ref}
                  required
                  fullWidth
                  error={!!errors.channel}
                  helperText={message(errors.channel?.message)}
                >
                  {selectableEntries(DEFAULT_CHANNELS, [field.value]).map((c) => (
                    <MenuItem key={c.id} value={c.id}>
                      {c.label}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Controller
              control={control}
              name="status"
              render={({ field }) => (
                <TextField
                  select
                  label={t('inquiries.fields.status')}
                  value={field.value}
                  onChange={field.onChange}
                  inputRef={field.ref}
                  fullWidth
                >
                  {INQUIRY_STATUSES.map((s) => (
                    <MenuItem key={s} value={s}>
                      {t(`inquiries.status.${s}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <Controller
              control={control}
              name="topics"
              render={({ field }) => (
                <Autocomplete
                  multiple
                  options={selectableEntries(DEFAULT_TOPICS, field.value)}
                  value={field.value.map((id) => entryById(DEFAULT_TOPICS, id) ?? { id, label: id })}
                  onChange={(_e, v) => field.onChange(v.map((entry) => entry.id))}
                  getOptionLabel={(o) => o.label}
                  isOptionEqualToValue={(a, b) => a.id === b.id}
                  autoHighlight
                  disableCloseOnSelect={false}
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label={t('inquiries.fields.topics')}
                      required
                      inputRef={field.ref}
                      error={!!errors.topics}
                      helperText={message(errors.topics?.message)}
                    />
                  )}
                />
              )}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Controller
              control={control}
              name="receivedAt"
              render={({ field }) => (
                <DateTimePicker
                  label={t('inquiries.fields.receivedAt')}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  inputRef={field.ref}
                  format="dd.MM.yyyy HH:mm"
                  ampm={false}
                  slotProps={{
                    textField: {
                      fullWidth: true,
                      required: true,
                      error: !!errors.receivedAt,
                      helperText: message(errors.receivedAt?.message),
                    },
                  }}
                />
              )}
            />
          </Grid>
          <Grid size={12}>
            <Controller
              control={control}
              name="subject"
              render={({ field }) => (
                <TextField
                  {...field}
                  label={t('inquiries.fields.subject')}
                  required
                  fullWidth
                  error={!!errors.subject}
                  helperText={message(errors.subject?.message)}
                />
              )}
            />
          </Grid>
          <Grid size={12}>
            <Controller
              control={control}
              name="notes"
              render={({ field }) => (
                <TextField
                  {...field}
                  label={t('inquiries.fields.notes')}
                  fullWidth
                  multiline
                  minRows={3}
                  maxRows={12}
                  error={!!errors.notes}
                  helperText={message(errors.notes?.message)}
                />
              )}
            />
          </Grid>
        </Grid>
        {inquiry && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {t('inquiries.createdChanged', {
              created: formatDateTime(inquiry.createdAt, i18n.language),
              changed: formatDateTime(inquiry.changedAt, i18n.language),
            })}
            {inquiry.closedAt &&
              ` · ${t('inquiries.closedAt', { date: formatDate(inquiry.closedAt, i18n.language) })}`}
          </Typography>
        )}
        {saveFailed && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {t('inquiries.saveFailed')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('form.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={isSubmitting} title={t('form.saveHint')}>
          {isSubmitting ? t('form.saving') : t('form.save')}
        </Button>
      </DialogActions>
    </form>
  );
}
