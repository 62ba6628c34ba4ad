// "Erledigt" in one step and "Löschen" for an inquiry, shared by the list and the detail view:
// each asks first (open follow-ups, what else is deleted) and confirms with a short message.
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Inquiry } from '../../../shared/domain/inquiry';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useTeamWideNote } from '../team';
import { useDialogs } from '../../components/dialogs';
import { followupsOfInquiry } from '../../data/followups';
import { useDeviceSettings } from '../../data/hooks';
import { closeInquiry, deleteInquiry, openFollowupsOf } from '../../data/inquiries';
import { useVaultSession } from '../../data/VaultContext';

type Asking =
  | { kind: 'close'; inquiry: Inquiry; openFollowups: number }
  | { kind: 'delete'; inquiry: Inquiry; followups: number };

export function useInquiryActions(onDeleted?: () => void) {
  const { t } = useTranslation();
  const teamWideNote = useTeamWideNote();
  const { vault } = useVaultSession();
  const device = useDeviceSettings();
  const { notify } = useDialogs();
  const [asking, setAsking] = useState<Asking | null>(null);

  const close = async (inquiry: Inquiry, followupsToo: boolean, count: number) => {
    setAsking(null);
    try {
      await closeInquiry(vault, inquiry.id, followupsToo, new Date(), device.currentUserId);
      notify(followupsToo ? t('inquiryActions.closedWithFollowups', { count }) : t('inquiryActions.closed'));
    } catch {
      notify(t('inquiries.saveFailed'));
    }
  };

  const askClose = (inquiry: Inquiry) => {
    const openFollowups = openFollowupsOf(vault.store, inquiry.id).length;
    if (openFollowups === 0) void close(inquiry, false, 0);
    else setAsking({ kind: 'close', inquiry, openFollowups });
  };

  const askDelete = (inquiry: Inquiry) =>
    setAsking({ kind: 'delete', inquiry, followups: followupsOfInquiry(vault.store, inquiry.id).length });

  const remove = async (inquiry: Inquiry) => {
    setAsking(null);
    try {
      await deleteInquiry(vault, inquiry.id);
      onDeleted?.();
      notify(t('inquiryActions.deleted'));
    } catch {
      notify(t('inquiryActions.deleteFailed'));
    }
  };

  const dialogs = (
    <>
      <Dialog
        open={asking?.kind === 'close'}
        onClose={() => setAsking(null)}
        aria-labelledby="close-inquiry-title"
        aria-describedby="close-inquiry-text"
      >
        <DialogTitle id="close-inquiry-title">{t('inquiryActions.closeTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="close-inquiry-text">
            {asking?.kind === 'close' && t('inquiryActions.closeFollowups', { count: asking.openFollowups })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>{t('form.cancel')}</Button>
          <Button
            variant="outlined"
            onClick={() => asking?.kind === 'close' && void close(asking.inquiry, false, 0)}
          >
            {t('inquiryActions.closeOnlyInquiry')}
          </Button>
          <Button
            variant="contained"
            autoFocus
            onClick={() => asking?.kind === 'close' && void close(asking.inquiry, true, asking.openFollowups)}
          >
            {t('inquiryActions.closeAll')}
          </Button>
        </DialogActions>
      </Dialog>
      <ConfirmDialog
        open={asking?.kind === 'delete'}
        title={t('inquiryActions.deleteTitle')}
        note={teamWideNote}
        text={
          asking?.kind === 'delete'
            ? asking.followups
              ? t('inquiryActions.deleteTextFollowups', {
                  subject: asking.inquiry.subject,
                  count: asking.followups,
                })
              : t('inquiryActions.deleteText', { subject: asking.inquiry.subject })
            : ''
        }
        confirmLabel={t('inquiryActions.delete')}
        cancelLabel={t('form.cancel')}
        destructive
        onCancel={() => setAsking(null)}
        onConfirm={() => asking?.kind === 'delete' && void remove(asking.inquiry)}
      />
    </>
  );

  return { askClose, askDelete, dialogs };
}
