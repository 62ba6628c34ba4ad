// Create or edit a Vorhaben: purpose and period, status, the notice of award and the financing plan.
// Payment requests and receipts are kept on the Vorhaben's page, each with its own small dialog.
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Grid, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { isValidDay, toDay } from '../../../shared/domain/calendarDay';
import { defaultProofDue } from '../../../shared/funding/budget';
import {
  PROJECT_STATUSES,
  projectDraftSchema,
  projectDraftToData,
  projectToDraft,
  type ProjectData,
  type ProjectDraft,
} from '../../../shared/funding/fundingRecords';
import { statusChoices } from '../../../shared/funding/projectStatus';
import { newRecordId } from '../../../shared/storage/records';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import { useFormat } from '../../components/useFormat';
import { getFunding, saveFunding } from '../../data/funding';
import { useFundingFile } from '../../data/hooks';
import { useVaultSession } from '../../data/VaultContext';
import { RecordConflicts } from '../team';
import { useDeadlineTitle } from './fundingDeadlines';

interface Props extends DialogOpen {
  projectId?: string;
  onSaved: (id: string) => void;
}

export const ProjectDialog = formDialog(ProjectForm, {
  titleId: 'project-dialog-title',
  formKey: (p) => p.projectId ?? 'new',
  maxWidth: 'md',
});

const F = formFields<ProjectDraft>();

function emptyDraft(now: Date): ProjectDraft {
  const year = now.getFullYear();
  return {
    title: '',
    purpose: '',
    programmeId: '',
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    status: 'idee',
    awardDate: '',
    awardReference: '',
    awardAmountCents: null,
    awardConditions: '',
    proofDue: '',
    proofSubmittedOn: '',
    plan: [],
    notes: '',
  };
}

function ProjectForm({ projectId, onSaved }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const file = useFundingFile();
  const titleOf = useDeadlineTitle();
  const [existing] = useState(() => {
    const data = projectId ? getFunding(vault.store, projectId) : undefined;
    return data?.kind === 'project' ? data : undefined;
  });
  const [defaults] = useState<ProjectDraft>(() =>
    existing ? projectToDraft(existing) : emptyDraft(new Date()),
  );
  const form = useForm<ProjectDraft>({ resolver: zodResolver(projectDraftSchema), defaultValues: defaults });
  const { control, handleSubmit } = form;
  const lines = useFieldArray({ control, name: 'plan', keyName: 'key' });
  const to = useWatch({ control, name: 'to' });
  const plan = useWatch({ control, name: 'plan' });

  // Lines with receipts booked on them stay: removing one would leave its receipts on no line.
  const bookedOn = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of file.receipts)
      if (r.projectId === projectId) counts.set(r.lineId, (counts.get(r.lineId) ?? 0) + 1);
    return counts;
  }, [file.receipts, projectId]);

  const statuses = existing ? statusChoices(existing.status) : [...PROJECT_STATUSES];
  const programmeOptions = [
    { id: '', label: t('funding.projects.fields.noProgramme') },
    ...file.programmes.map((p) => ({ id: p.id, label: p.name })),
  ];

  const submit = handleSubmit(async (draft) => {
    const data: ProjectData = projectDraftToData(draft, existing);
    // "Nachweis eingereicht" notes its day, if the form left it empty (receipts' five years); set
    // back before it, the day goes (and the proof-of-use deadline comes back).
    if (draft.status === 'nachweis' && !draft.proofSubmittedOn) data.proofSubmittedOn = toDay(new Date());
    if (!['nachweis', 'geprueft', 'abgeschlossen'].includes(draft.status)) data.proofSubmittedOn = '';
    onSaved(await saveFunding(vault, projectId, data, titleOf));
  });

  const total = (plan ?? []).reduce((n, l) => n + (Number.isFinite(l?.plannedCents) ? l.plannedCents : 0), 0);

  return (
    <FormDialogForm
      title={existing ? t('funding.projects.edit') : t('funding.projects.new')}
      form={form}
      onSubmit={submit}
    >
      <Grid container spacing={2}>
        <F.Text
          name="title"
          label={t('funding.projects.fields.title')}
          required
          autoFocus
          fullWidth
          cell={12}
        />
        <F.Text
          name="purpose"
          label={t('funding.projects.fields.purpose')}
          fullWidth
          multiline
          minRows={2}
          cell={12}
        />
        <F.Select
          name="programmeId"
          label={t('funding.projects.fields.programme')}
          options={programmeOptions}
          fullWidth
          cell={6}
        />
        <F.Select
          name="status"
          label={t('funding.projects.fields.status')}
          options={statuses.map((s) => ({ id: s, label: t(`funding.statuses.${s}`) }))}
          fullWidth
          cell={6}
        />
        <F.Date name="from" label={t('funding.projects.fields.from')} required fullWidth cell={6} />
        <F.Date name="to" label={t('funding.projects.fields.to')} required fullWidth cell={6} />
      </Grid>
      <Typography variant="h6" component="h3" sx={{ mt: 3, mb: 1 }}>
        {t('funding.projects.sections.award')}
      </Typography>
      <Grid container spacing={2}>
        <F.Day name="awardDate" label={t('funding.projects.fields.awardDate')} cell={4} />
        <F.Text
          name="awardReference"
          label={t('funding.projects.fields.awardReference')}
          fullWidth
          cell={4}
        />
        <F.Number
          name="awardAmountCents"
          kind="euro"
          label={t('funding.projects.fields.awardAmount')}
          cell={4}
        />
        <F.Day name="proofDue" label={t('funding.projects.fields.proofDue')} cell={6} />
        <F.Day name="proofSubmittedOn" label={t('funding.projects.fields.proofSubmittedOn')} cell={6} />
        {isValidDay(to) && (
          <Grid size={12}>
            <Typography variant="body2" color="text.secondary">
              {t('funding.projects.fields.proofDueDefault', { day: fmt.day(defaultProofDue(to)) })}
            </Typography>
          </Grid>
        )}
        <F.Text
          name="awardConditions"
          label={t('funding.projects.fields.awardConditions')}
          fullWidth
          multiline
          minRows={2}
          cell={12}
        />
      </Grid>
      <Typography variant="h6" component="h3" sx={{ mt: 3, mb: 1 }}>
        {t('funding.projects.sections.plan')}
      </Typography>
      <Stack spacing={1.5}>
        {lines.fields.length === 0 && (
          <Typography color="text.secondary">{t('funding.plan.noLines')}</Typography>
        )}
        {lines.fields.map((line, index) => {
          const booked = bookedOn.get(line.id) ?? 0;
          const category = plan?.[index]?.category ?? '';
          return (
            <Grid container spacing={1.5} key={line.key} sx={{ alignItems: 'flex-start' }}>
              <F.Text
                name={`plan.${index}.category`}
                label={t('funding.plan.category')}
                required
                fullWidth
                cell={{ xs: 12, md: 5 }}
              />
              <F.Number
                name={`plan.${index}.plannedCents`}
                kind="euro"
                label={t('funding.plan.planned')}
                cell={{ xs: 6, md: 3 }}
              />
              <F.Number
                name={`plan.${index}.ownShareCents`}
                kind="euro"
                label={t('funding.plan.ownShare')}
                cell={{ xs: 5, md: 3 }}
              />
              <Grid size={{ xs: 1, md: 1 }} sx={{ pt: 1 }}>
                <Tooltip
                  title={
                    booked
                      ? t('funding.plan.lineInUse', { count: booked })
                      : t('funding.plan.removeLine', { category })
                  }
                >
                  <span>
                    <IconButton
                      aria-label={t('funding.plan.removeLine', { category })}
                      disabled={booked > 0}
                      onClick={() => lines.remove(index)}
                    >
                      <DeleteOutlineIcon />
                    </IconButton>
                  </span>
                </Tooltip>
              </Grid>
            </Grid>
          );
        })}
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Button
            startIcon={<AddIcon />}
            onClick={() =>
              lines.append({ id: newRecordId(), category: '', plannedCents: 0, ownShareCents: 0 })
            }
          >
            {t('funding.plan.addLine')}
          </Button>
          {lines.fields.length > 0 && (
            <Typography>
              {t('funding.plan.total')}: {fmt.euro(total)}
            </Typography>
          )}
        </Stack>
      </Stack>
      <Grid container spacing={2} sx={{ mt: 2 }}>
        <F.Text
          name="notes"
          label={t('funding.projects.fields.notes')}
          fullWidth
          multiline
          minRows={2}
          maxRows={8}
          cell={12}
        />
      </Grid>
      <RecordConflicts table="funding" id={projectId} />
    </FormDialogForm>
  );
}
