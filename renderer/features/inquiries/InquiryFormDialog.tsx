// Quick capture and editing of an inquiry. Tab order follows a phone call: who asks, about what,
// the subject, where it was referred, how long it took — then everything else.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  Grid,
  Stack,
  TextField,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import CancelIcon from '@mui/icons-material/Cancel';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
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
import {
  useDeviceSettings,
  useInquiries,
  useOrganisations,
  usePersons,
  useSettings,
  useTemplates,
} from '../../data/hooks';
import { displayPerson, saveOrganisation } from '../../data/network';
import { emptyOrganisation } from '../../../shared/domain/network';
import { getInquiry, saveInquiry } from '../../data/inquiries';
import { deleteTemplate, saveTemplate } from '../../data/templates';
import { useVaultSession } from '../../data/VaultContext';
import { useDialogs } from '../../components/dialogs';
import { formatDate, formatDateTime } from '../../components/format';
import { usePlausibleDates } from '../../components/usePlausibleDates';
import { toDay } from '../../../shared/domain/calendarDay';
import { FormDialog, FormDialogForm } from '../../components/form/FormDialog';
import {
  FormCategoryField,
  FormCategoryMultiField,
  FormCheckbox,
  FormNumberField,
  FormSelectField,
  FormTextField,
} from '../../components/form/fields';
import { ReferralField } from './ReferralField';
import { validationText } from '../../components/validationMessage';

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
  const { t, i18n } = useTranslation();
  const { vault } = useVaultSession();
  const settings = useSettings();
  const device = useDeviceSettings();
  const templates = useTemplates();
  const inquiries = useInquiries();
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
  const [saveFailed, setSaveFailed] = useState(false);
  // What is typed in "Verwiesen an" but not yet taken (Ctrl+Enter saves it as it stands).
  const [referralInput, setReferralInput] = useState('');
  const [templateNameOpen, setTemplateNameOpen] = useState(false);
  const [showPerson, setShowPerson] = useState(!!defaults.requester);
  const {
    control,
    handleSubmit,
    reset,
    getValues,
    setValue,
    setFocus,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<InquiryDraft>({ resolver: zodResolver(inquiryDraftSchema), defaultValues: defaults });
  const requester = useWatch({ control, name: 'requester' });
  const referrals = useWatch({ control, name: 'referrals' });
  const referralOrgIds = useWatch({ control, name: 'referralOrgIds' });
  const channel = useWatch({ control, name: 'channel' });
  const organisations = useOrganisations();
  const persons = usePersons();
  const contactEntries = useMemo(() => {
    const orgNames = new Map(organisations.map((o) => [o.id, o]));
    return [
      ...organisations.map((o) => ({ id: `org:${o.id}`, label: o.name })),
      ...persons.map((p) => ({ id: `person:${p.id}`, label: displayPerson(p, orgNames) })),
    ];
  }, [organisations, persons]);
  // Text typed in "Verwiesen an" but not yet taken counts as unsaved input too.
  const unsaved = isDirty || referralInput.trim() !== '';
  const { notify } = useDialogs();

  const referralOptions = useMemo(() => {
    const seen = new Set<string>();
    for (const inquiry of inquiries) for (const r of inquiry.referrals ?? []) seen.add(r);
    return [...seen].sort((a, b) => a.localeCompare(b, 'de'));
  }, [inquiries]);

  const dates = usePlausibleDates<'receivedAt'>((field, message) => setError(field, { message }));

  const submit = handleSubmit(async (typed) => {
    setSaveFailed(false);
    const draft = withTypedReferral(typed, referralInput);
    const received = { field: 'receivedAt' as const, label: t('inquiries.fields.receivedAt') };
    const asSaved = existing ? { saved: toDay(new Date(existing.receivedAt)) } : {};
    if (!(await dates.confirmDates([{ ...received, ...asSaved, day: toDay(draft.receivedAt) }]))) return;
    try {
      const saved = await saveInquiry(vault, existing?.id, draft, new Date(), device.currentUserId);
      onSaved(saved);
    } catch {
      setSaveFailed(true);
    }
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

  const message = (key: string | undefined) => validationText(t, i18n.language, key);
  return (
    <FormDialogForm
      titleId="inquiry-dialog-title"
      title={existing ? t('inquiries.edit') : t('inquiries.new')}
      dirty={unsaved}
      onSubmit={submit}
      saving={isSubmitting}
      failed={saveFailed}
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
            onCancel={() => setTemplateNameOpen(false)}
            onSave={async (name) => {
              await saveTemplate(vault, templateFromDraft(name, getValues()));
              setTemplateNameOpen(false);
              notify(t('inquiries.templateSaved'));
            }}
          />
        </>
      }
    >
      {!existing && templates.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2, alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary">
            {t('inquiries.templates')}:
          </Typography>
          {templates.slice(0, 9).map((template, i) => (
            <Tooltip key={template.id} title={t('inquiries.useTemplate', { name: template.name, n: i + 1 })}>
              <Chip
                label={`${template.name} · Alt+${i + 1}`}
                onClick={() => applyTemplate(i)}
                onDelete={() => void deleteTemplate(vault, template.id).then(() => setFocus('requesterType'))}
                deleteIcon={
                  <CancelIcon titleAccess={t('inquiries.deleteTemplate', { name: template.name })} />
                }
                variant="outlined"
                tabIndex={-1}
              />
            </Tooltip>
          ))}
        </Stack>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormCategoryField
            control={control}
            name="requesterType"
            label={t('inquiries.fields.requesterType')}
            entries={lists.requesterTypes}
            required
            autoFocus
            openOnFocus={!existing}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormCategoryMultiField
            control={control}
            name="topics"
            label={t('inquiries.fields.topics')}
            entries={lists.topics}
            required
          />
        </Grid>
        <Grid size={12}>
          <FormTextField
            control={control}
            name="subject"
            label={t('inquiries.fields.subject')}
            required
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 12, md: 9 }}>
          <ReferralField
            orgs={organisations}
            referralOptions={referralOptions}
            texts={referrals}
            orgIds={referralOrgIds}
            input={referralInput}
            onInputChange={setReferralInput}
            onChange={(texts, orgIds) => {
              setValue('referrals', texts, { shouldDirty: true });
              setValue('referralOrgIds', orgIds, { shouldDirty: true });
            }}
            onCreateOrganisation={async (name) => {
              const org = await saveOrganisation(vault, undefined, emptyOrganisation(name));
              notify(t('inquiries.organisationCreated', { name }));
              return org.id;
            }}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormNumberField
            control={control}
            name="minutes"
            label={t('inquiries.fields.minutes')}
            kind="minutes"
          />
        </Grid>
        <Grid size={12}>
          <FormTextField
            control={control}
            name="notes"
            label={t('inquiries.fields.notes')}
            fullWidth
            multiline
            minRows={2}
            maxRows={10}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <FormCategoryField
            control={control}
            name="result"
            label={t('inquiries.fields.result')}
            entries={lists.results}
          />
        </Grid>
        <Grid size={{ xs: 8, md: 4 }}>
          <FormSelectField
            control={control}
            name="status"
            label={t('inquiries.fields.status')}
            fullWidth
            options={INQUIRY_STATUSES.map((s) => ({ id: s, label: t(`inquiries.status.${s}`) }))}
          />
        </Grid>
        <Grid size={{ xs: 4, md: 3 }} sx={{ display: 'flex', alignItems: 'center' }}>
          <FormCheckbox control={control} name="urgent" label={t('inquiries.fields.urgent')} />
        </Grid>
      </Grid>

      <Divider sx={{ my: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('inquiries.more')}
        </Typography>
      </Divider>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormSelectField
            control={control}
            name="channel"
            label={t('inquiries.fields.channel')}
            required
            fullWidth
            options={selectableEntries(lists.channels, [channel])}
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
        <Grid size={{ xs: 12, md: 4 }}>
          <FormCategoryField
            control={control}
            name="handledBy"
            label={t('inquiries.fields.handledBy')}
            entries={lists.teamMembers}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <FormCategoryField
            control={control}
            name="requesterContact"
            label={t('inquiries.requesterContact')}
            entries={contactEntries}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormCategoryField
            control={control}
            name="targetGroup"
            label={t('inquiries.fields.targetGroup')}
            entries={lists.targetGroups}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormCategoryField
            control={control}
            name="municipality"
            label={t('inquiries.fields.municipality')}
            entries={lists.municipalities}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormNumberField
            control={control}
            name="affectedPersons"
            label={t('inquiries.fields.affectedPersons')}
            kind="count"
          />
        </Grid>
      </Grid>

      <Box sx={{ mt: 2 }}>
        {showPerson || requester ? (
          <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
            <Typography component="legend" variant="body2" sx={{ px: 0.5 }}>
              {t('inquiries.person')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
              {t('inquiries.personHint')}
            </Typography>
            <Grid container spacing={2}>
              {(['name', 'organisation', 'contact'] as const).map((key) => (
                <Grid key={key} size={{ xs: 12, md: 4 }}>
                  <Controller
                    control={control}
                    name={`requester.${key}`}
                    render={({ field }) => (
                      <TextField
                        label={t(
                          `inquiries.fields.person${key === 'name' ? 'Name' : key === 'organisation' ? 'Organisation' : 'Contact'}`,
                        )}
                        fullWidth
                        value={field.value ?? ''}
                        onChange={(e) =>
                          // Always the whole person: a half-created object (only the typed field)
                          // would fail validation without a visible message.
                          setValue(
                            'requester',
                            {
                              name: getValues('requester')?.name ?? '',
                              organisation: getValues('requester')?.organisation ?? '',
                              contact: getValues('requester')?.contact ?? '',
                              [key]: e.target.value,
                            },
                            { shouldDirty: true, shouldValidate: !!errors.requester },
                          )
                        }
                        error={!!errors.requester?.[key]}
                        helperText={message(errors.requester?.[key]?.message)}
                        onBlur={field.onBlur}
                        inputRef={field.ref}
                      />
                    )}
                  />
                </Grid>
              ))}
            </Grid>
            <Button
              sx={{ mt: 1 }}
              onClick={() => {
                setValue('requester', null, { shouldDirty: true });
                setShowPerson(false);
              }}
            >
              {t('inquiries.removePerson')}
            </Button>
          </Box>
        ) : (
          <Button variant="text" onClick={() => setShowPerson(true)}>
            {t('inquiries.addPerson')}
          </Button>
        )}
      </Box>

      {existing && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t('inquiries.createdChanged', {
            created: formatDateTime(existing.createdAt, i18n.language),
            changed: formatDateTime(existing.changedAt, i18n.language),
          })}
          {existing.closedAt &&
            ` · ${t('inquiries.closedAt', { date: formatDate(existing.closedAt, i18n.language) })}`}
        </Typography>
      )}
    </FormDialogForm>
  );
}

function TemplateNameDialog({
  open,
  onCancel,
  onSave,
}: {
  open: boolean;
  onCancel: () => void;
  onSave: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const save = async () => {
    if (!name.trim()) {
      setError(true);
      return;
    }
    await onSave(name);
    setName('');
    setError(false);
  };
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="template-name-title" maxWidth="xs" fullWidth>
      <DialogTitle id="template-name-title">{t('inquiries.saveAsTemplate')}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label={t('inquiries.templateName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              e.stopPropagation();
              void save();
            }
          }}
          error={error}
          helperText={error ? t('inquiries.templateNameRequired') : undefined}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()}>
          {t('form.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
