// Record or edit a receipt (Beleg) of a Vorhaben: number, day, payee/payer, purpose, amount and the
// plan line it is booked on. "Speichern und nächster" keeps the dialog open for the next one, so a
// stack of receipts is typed in one go.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Grid } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import {
  receiptDraftSchema,
  receiptDraftToData,
  receiptToDraft,
  type ReceiptDraft,
} from '../../../shared/funding/fundingRecords';
import { nextReceiptNumber } from '../../../shared/funding/receiptNumbers';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDialogs } from '../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { useDeleteAction } from '../../components/form/useDeleteAction';
import { formFields } from '../../components/form/fields';
import { useFormat } from '../../components/useFormat';
import { deleteFunding, getFunding, receiptsOf, saveFunding } from '../../data/funding';
import { useVaultSession } from '../../data/VaultContext';
import { RecordConflicts } from '../team';
import { useDeadlineTitle } from './fundingDeadlines';

interface Props extends DialogOpen {
  projectId: string;
  receiptId?: string;
}

export const ReceiptDialog = formDialog(ReceiptForm, {
  titleId: 'receipt-dialog-title',
  formKey: (p) => p.receiptId ?? `new-${p.projectId}`,
  maxWidth: 'sm',
});

const F = formFields<ReceiptDraft>();

function ReceiptForm({ projectId, receiptId, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const titleOf = useDeadlineTitle();
  const project = getFunding(vault.store, projectId);
  const plan = project?.kind === 'project' ? project.plan : [];
  const [existing] = useState(() => {
    const data = receiptId ? getFunding(vault.store, receiptId) : undefined;
    return data?.kind === 'receipt' ? data : undefined;
  });
  const fresh = (): ReceiptDraft => ({
    number: nextReceiptNumber(receiptsOf(vault.store, projectId).map((r) => r.number)),
    date: toDay(new Date()),
    party: '',
    purpose: '',
    amountCents: null,
    lineId: plan.length === 1 ? plan[0]!.id : '',
    note: '',
  });
  const [defaults] = useState<ReceiptDraft>(() => (existing ? receiptToDraft(existing) : fresh()));
  const form = useForm<ReceiptDraft>({ resolver: zodResolver(receiptDraftSchema), defaultValues: defaults });
  const { handleSubmit, setError, reset, setFocus } = form;
  const [failed, setFailed] = useState(false);

  // A receipt dated outside the Vorhaben's period is asked about first (it would count in Ist).
  const [outside, setOutside] = useState<{ draft: ReceiptDraft; next: boolean } | null>(null);

  const store = async (draft: ReceiptDraft, next: boolean) => {
    const data = receiptDraftToData(draft, projectId);
    // An anonymised receipt stays anonymised when its amount or line is corrected.
    if (existing?.anonymisedAt) data.anonymisedAt = existing.anonymisedAt;
    await saveFunding(vault, receiptId, data, titleOf);
    notify(t('funding.receipts.saved', { number: draft.number }));
    if (!next) {
      onClose();
      return;
    }
    // The next receipt keeps the day and plan line (a stack of receipts is often one day's).
    reset({ ...fresh(), date: draft.date, lineId: draft.lineId });
    setTimeout(() => setFocus('party'), 0);
  };

  const save = (next: boolean) =>
    handleSubmit(async (draft) => {
      const taken = receiptsOf(vault.store, projectId).some(
        (r) => r.id !== receiptId && r.number.trim().toLowerCase() === draft.number.trim().toLowerCase(),
      );
      if (taken) {
        setError('number', { message: 'funding.receipts.duplicateNumber' });
        return;
      }
      if (project?.kind === 'project' && (draft.date < project.from || draft.date > project.to)) {
        setOutside({ draft, next });
        return;
      }
      await store(draft, next);
    });

  /** "Speichern und nächster" runs beside the form's own submit: its failure is shown the same way. */
  const saveAndNext = async () => {
    setFailed(false);
    try {
      await save(true)();
    } catch {
      setFailed(true);
    }
  };

  const deletion = useDeleteAction({
    enabled: !!existing,
    title: t('funding.receipts.deleteTitle'),
    text: t('funding.receipts.deleteText', {
      number: existing?.number ?? '',
      amount: fmt.euro(existing?.amountCents ?? 0),
    }),
    onDelete: async () => {
      if (!receiptId) return;
      await deleteFunding(vault, receiptId, titleOf);
      onClose();
    },
  });

  return (
    <FormDialogForm
      title={existing ? t('funding.receipts.edit') : t('funding.receipts.new')}
      form={form}
      onSubmit={save(false)}
      failed={failed || deletion.failed}
      actionsStart={
        deletion.button ?? (
          <Button onClick={() => void saveAndNext()} sx={{ mr: 'auto' }}>
            {t('funding.receipts.saveAndNext')}
          </Button>
        )
      }
      questions={
        <>
          <ConfirmDialog
            open={!!outside}
            title={t('funding.receipts.outsideTitle')}
            text={
              outside && project?.kind === 'project'
                ? t('funding.receipts.outsideText', {
                    day: fmt.day(outside.draft.date),
                    period: fmt.dayRange({ from: project.from, to: project.to }),
                  })
                : ''
            }
            confirmLabel={t('funding.payments.saveAnyway')}
            cancelLabel={t('form.cancel')}
            onCancel={() => setOutside(null)}
            onConfirm={() => {
              const pending = outside;
              setOutside(null);
              setFailed(false);
              if (pending) void store(pending.draft, pending.next).catch(() => setFailed(true));
            }}
          />
          {deletion.question}
        </>
      }
    >
      <Grid container spacing={2}>
        <F.Text name="number" label={t('funding.receipts.number')} required fullWidth cell={6} />
        <F.Date name="date" label={t('funding.receipts.date')} required fullWidth cell={6} />
        <F.Text name="party" label={t('funding.receipts.party')} required autoFocus fullWidth cell={12} />
        <F.Text name="purpose" label={t('funding.receipts.purpose')} required fullWidth cell={12} />
        <F.Number name="amountCents" kind="euro" label={t('funding.receipts.amount')} required cell={6} />
        <F.Select
          name="lineId"
          label={t('funding.receipts.line')}
          options={[
            { id: '', label: t('funding.receipts.noLine') },
            ...plan.map((l) => ({ id: l.id, label: l.category })),
          ]}
          fullWidth
          cell={6}
        />
        <F.Text
          name="note"
          label={t('funding.receipts.note')}
          fullWidth
          multiline
          minRows={1}
          maxRows={4}
          cell={12}
        />
      </Grid>
      <RecordConflicts table="funding" id={receiptId} />
    </FormDialogForm>
  );
}
