// Quick capture and editing of an inquiry. Tab order follows a phone call: who asks, about what,
// the subject, where it was referred, how long it took — then everything else.
import { useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Grid, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { INQUIRY_STATUSES, selectableEntries } from '../../../shared/domain/categories';
import {
  dataToDraft,
  emptyInquiryDraft,
  withTypedReferral,
  inquiryDraftSchema,
  type Inquiry,
  type InquiryDraft,
} from '../../../shared/domain/inquiry';
import { draftFromTemplate, templateFromDraft } from '../../../shared/domain/template';
import { useDeviceSettings, useSettings, useTemplates } from '../../data/hooks';
import { getInquiry, saveInquiry } from '../../data/inquiries';
import { saveTemplate } from '../../data/templates';
import { useVaultSession } from '../../data/VaultContext';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { usePlausibleDates } from '../../components/usePlausibleDates';
import { toDay } from '../../../shared/domain/calendarDay';
import { FormDialog, FormDialogForm } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import type { Resources } from '../../i18n/de';
import { InquiryReferrals } from './InquiryReferrals';
import { InquiryMoreFields } from './InquiryMoreFields';
import { DrawnAfter } from '../../components/DrawnAfter';
import { RequesterPerson } from './RequesterPerson';
import { TemplateChips, TemplateNameDialog } from './InquiryTemplates';

const F = formFields<InquiryDraft>();

interface Props {
  open: boolean;
  /** Undefined: a new inquiry. */
  inquiryId: string | undefined;
  onClose: () => void;
  onSaved: (inquiry: Inquiry) => void;
}

export function InquiryFormDialog({ open, inquiryId, onClose, onSaved }: Props) {
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      formKey={inquiryId ?? 'new'}
      titleId="inquiry-dialog-title"
      fullScreen={small}
    >
      <InquiryForm inquiryId={inquiryId} onSaved={onSaved} />
    </FormDialog>
  );
}

interface FormProps {
  inquiryId: string | undefined;
  onSaved: (inquiry: Inquiry) => void;
}

function InquiryForm({ inquiryId, onSaved }: FormProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const settings = useSettings();
  const device = useDeviceSettings();
  const templates = useTemplates();
  const lists = settings.lists;
  const [existing] = useState(() => (inquiryId ? getInquiry(vault.store, inquiryId) : undefined));
  const [defaults] = useState<InquiryDraft>(() =>
    existing
      ? dataToDraft(existing)
      : emptyInquiryDraft(new Date(), {
          channel: selectableEntries(lists.channels)[0]?.id ?? '',
          handledBy: device.currentUserId ?? '',
        }),
  );
  // What is typed in "Verwiesen an" but not yet taken (Ctrl+Enter saves it as it stands).
  const [referralInput, setReferralInput] = useState('');
  const [templateNameOpen, setTemplateNameOpen] = useState(false);
  const [showPerson, setShowPerson] = useState(!!defaults.requester);
  const form = useForm<InquiryDraft>({ resolver: zodResolver(inquiryDraftSchema), defaultValues: defaults });
  const l = (key: keyof Resources['inquiries']['fields']) => t(`inquiries.fields.${key}`);
  const asking = lists.requesterTypes;
  const statuses = INQUIRY_STATUSES.map((s) => ({ id: s, label: t(`inquiries.status.${s}`) }));
  const {
    handleSubmit,
    reset,
    getValues,
    setFocus,
    setError,
    formState: { isDirty },
  } = form;
  // Text typed in "Verwiesen an" but not yet taken counts as unsaved input too.
  const unsaved = isDirty || referralInput.trim() !== '';
  const { notify } = useDialogs();

  const dates = usePlausibleDates<'receivedAt'>((field, message) => setError(field, { message }));

  const submit = handleSubmit(async (typed) => {
    const draft = withTypedReferral(typed, referralInput);
    const received = { field: 'receivedAt' as const, label: t('inquiries.fields.receivedAt') };
    const asSaved = existing ? { saved: toDay(new Date(existing.receivedAt)) } : {};
    if (!(await dates.confirmDates([{ ...received, ...asSaved, day: toDay(draft.receivedAt) }]))) return;
    // A failed save: FormDialogForm shows it.
    onSaved(await saveInquiry(vault, existing?.id, draft, new Date(), device.currentUserId, existing));
  });

  const applyTemplate = (index: number) => {
    const template = templates[index];
    if (!template) return;
    reset(draftFromTemplate(template, getValues('receivedAt') ?? new Date()), { keepDefaultValues: true });
    setShowPerson(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey && !existing && /^Digit[1-9]$/.test(event.code)) {
      event.preventDefault();
      applyTemplate(Number(event.code.slice(5)) - 1);
    }
  };

  return (
    <FormDialogForm
      title={existing ? t('inquiries.edit') : t('inquiries.new')}
      form={form}
      dirty={unsaved}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      actionsStart={
        !existing && (
          <Button onClick={() => setTemplateNameOpen(true)} sx={{ mr: 'auto' }}>
            {t('inquiries.saveAsTemplate')}
          </Button>
        )
      }
      questions={
        <>
          {dates.dialog}
          <TemplateNameDialog
            open={templateNameOpen}
            onClose={() => setTemplateNameOpen(false)}
            onSave={async (name) => {
              await saveTemplate(vault, templateFromDraft(name, getValues()));
              setTemplateNameOpen(false);
              notify(t('inquiries.templateSaved'));
            }}
          />
        </>
      }
    >
      {!existing && (
        <TemplateChips
          templates={templates}
          onApply={applyTemplate}
          onDeleted={() => setFocus('requesterType')}
        />
      )}
      <Grid container spacing={2}>
        <F.Category
          name="requesterType"
          label={l('requesterType')}
          cell={6}
          entries={asking}
          required
          autoFocus
        />
        <F.CategoryMulti name="topics" label={l('topics')} cell={6} entries={lists.topics} required />
        <F.Text name="subject" label={l('subject')} cell={12} required fullWidth />
      </Grid>
      {/* The rest in turns, each its own short task (the form's first draw was one of 100–200 ms at
          twice the ten-year size); the first lines are there at once, for the autofocus and typing. */}
      <DrawnAfter minHeight={232}>
        <Grid container spacing={2} sx={{ mt: 2 }}>
          <Grid size={{ xs: 12, md: 9 }}>
            <InquiryReferrals form={form} input={referralInput} onInputChange={setReferralInput} />
          </Grid>
          <F.Number name="minutes" label={l('minutes')} cell={3} kind="minutes" />
          <F.Text name="notes" label={l('notes')} cell={12} fullWidth multiline minRows={2} maxRows={10} />
          <F.Category name="result" label={l('result')} cell={5} entries={lists.results} />
          <F.Select name="status" label={l('status')} cell={{ xs: 8, md: 4 }} fullWidth options={statuses} />
          <F.Checkbox name="urgent" label={l('urgent')} cell={{ xs: 4, md: 3 }} />
        </Grid>
      </DrawnAfter>

      <InquiryMoreFields />
      <DrawnAfter minHeight={56}>
        <RequesterPerson form={form} show={showPerson} onShowChange={setShowPerson} />
      </DrawnAfter>

      {existing && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t('inquiries.createdChanged', {
            created: fmt.dateTime(existing.createdAt),
            changed: fmt.dateTime(existing.changedAt),
          })}
          {existing.closedAt && ` · ${t('inquiries.closedAt', { date: fmt.date(existing.closedAt) })}`}
        </Typography>
      )}
    </FormDialogForm>
  );
}
