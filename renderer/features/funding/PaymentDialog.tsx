// Record a payment request (Mittelabruf). Drawn funds must be spent within two months of payout:
// a request that the receipts would not cover in time is saved only after the office confirms it.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Grid } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import { grantCents, warningForNewPayment, type DrawnFundsWarning } from '../../../shared/funding/budget';
import { paymentDraftSchema, type PaymentDraft } from '../../../shared/funding/fundingRecords';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';
import { useFormat } from '../../components/useFormat';
import { addPayment, getFunding, receiptsOf } from '../../data/funding';
import { useVaultSession } from '../../data/VaultContext';
import { useDeadlineTitle } from './fundingDeadlines';

interface Props extends DialogOpen {
  projectId: string;
}

export const PaymentDialog = formDialog(PaymentForm, {
  titleId: 'payment-dialog-title',
  formKey: (p) => p.projectId,
  maxWidth: 'sm',
});

const F = formFields<PaymentDraft>();

function PaymentForm({ projectId, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const titleOf = useDeadlineTitle();
  const [defaults] = useState<PaymentDraft>(() => ({ date: toDay(new Date()), amountCents: null, note: '' }));
  const form = useForm<PaymentDraft>({ resolver: zodResolver(paymentDraftSchema), defaultValues: defaults });
  const [asking, setAsking] = useState<{
    draft: PaymentDraft;
    warning?: DrawnFundsWarning;
    /** All drawn with this request, when more than awarded. */
    overAward?: { drawn: number; grant: number };
  } | null>(null);
  const [failed, setFailed] = useState(false);

  const store = async (draft: PaymentDraft) => {
    await addPayment(
      vault,
      projectId,
      { date: draft.date, amountCents: draft.amountCents ?? 0, note: draft.note },
      titleOf,
    );
    onClose();
  };

  const submit = form.handleSubmit(async (draft) => {
    const project = getFunding(vault.store, projectId);
    if (project?.kind !== 'project') return;
    const warning = warningForNewPayment(
      project,
      receiptsOf(vault.store, projectId),
      { id: 'new', date: draft.date, amountCents: draft.amountCents ?? 0, note: draft.note },
      toDay(new Date()),
    );
    const drawn = project.payments.reduce((n, p) => n + p.amountCents, 0) + (draft.amountCents ?? 0);
    const grant = grantCents(project);
    const overAward = drawn > grant ? { drawn, grant } : undefined;
    if (warning || overAward)
      setAsking({ draft, ...(warning ? { warning } : {}), ...(overAward ? { overAward } : {}) });
    else await store(draft);
  });

  return (
    <FormDialogForm
      title={t('funding.payments.new')}
      form={form}
      onSubmit={submit}
      failed={failed}
      questions={
        <ConfirmDialog
          open={!!asking}
          title={t('funding.payments.new')}
          text={[
            asking?.overAward
              ? t('funding.payments.overAward', {
                  drawn: fmt.euro(asking.overAward.drawn),
                  grant: fmt.euro(asking.overAward.grant),
                })
              : '',
            asking?.warning
              ? t('funding.payments.newWarning', {
                  spendBy: fmt.day(asking.warning.spendBy),
                  covered: fmt.euro(asking.warning.coveredCents),
                  drawn: fmt.euro(asking.warning.drawnCents),
                })
              : '',
          ]
            .filter(Boolean)
            .join(' ')}
          confirmLabel={t('funding.payments.saveAnyway')}
          cancelLabel={t('form.cancel')}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            const draft = asking?.draft;
            setAsking(null);
            setFailed(false);
            if (draft) void store(draft).catch(() => setFailed(true));
          }}
        />
      }
    >
      <Grid container spacing={2}>
        <F.Date name="date" label={t('funding.payments.date')} required fullWidth autoFocus cell={6} />
        <F.Number name="amountCents" kind="euro" label={t('funding.payments.amount')} required cell={6} />
        <F.Text name="note" label={t('funding.payments.note')} fullWidth cell={12} />
      </Grid>
    </FormDialogForm>
  );
}
