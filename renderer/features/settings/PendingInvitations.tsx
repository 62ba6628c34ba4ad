// Einstellungen → Team: how many invitations wait on the server unused, and "Einladungen
// zurückziehen" (a code handed out by mistake, or to somebody who will not join after all).
import { useEffect, useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDialogs } from '../../components/dialogs';
import { invitationsWaiting, withdrawInvitations } from '../../data/sync/team';
import { useVaultSession } from '../../data/VaultContext';
import { teamErrorText } from './TeamJoinDialog';

/** `checkAgain` changes when an invitation may have been made (the invite dialog closed). */
export function PendingInvitations({ checkAgain }: { checkAgain: number }) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [count, setCount] = useState(0);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    // Offline or refused: nothing to show (the sync status says why).
    invitationsWaiting(vault).then(
      (waiting) => current && setCount(waiting),
      () => current && setCount(0),
    );
    return () => {
      current = false;
    };
  }, [vault, checkAgain]);

  async function withdraw() {
    setAsking(false);
    setBusy(true);
    try {
      const withdrawn = await withdrawInvitations(vault);
      setCount(0);
      dialogs.notify({ key: 'team.invitations.withdrawn', params: { count: withdrawn } });
    } catch (error) {
      dialogs.notify(teamErrorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  if (count === 0) return null;
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography>{t('team.invitations.waiting', { count })}</Typography>
        <Button variant="outlined" onClick={() => setAsking(true)} disabled={busy}>
          {t('team.invitations.withdraw')}
        </Button>
      </Stack>
      <ConfirmDialog
        open={asking}
        title={t('team.invitations.withdrawTitle')}
        text={t('team.invitations.withdrawText')}
        confirmLabel={t('team.invitations.withdrawConfirm')}
        cancelLabel={t('team.cancel')}
        destructive
        onCancel={() => setAsking(false)}
        onConfirm={() => void withdraw()}
      />
    </>
  );
}
