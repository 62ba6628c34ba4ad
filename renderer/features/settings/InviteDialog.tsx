// "Mitglied einladen": makes a one-time code on the server and shows it once, in groups, with the
// server address and the date it expires; printable for handing over in person.
import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { inviteMember } from '../../data/sync/team';
import { useVaultSession } from '../../data/VaultContext';
import { teamErrorText } from './TeamJoinDialog';

type Invitation = Awaited<ReturnType<typeof inviteMember>>;

export function InviteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="invite-title">
      <DialogTitle id="invite-title">{t('team.inviteTitle')}</DialogTitle>
      {/* Mounted per opening: each opening makes one new code. */}
      {open && <InviteContent onClose={onClose} />}
    </Dialog>
  );
}

function InviteContent({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    inviteMember(vault).then(
      (made) => current && setInvitation(made),
      (error: unknown) => current && setProblem(teamErrorText(t, error)),
    );
    return () => {
      current = false;
    };
  }, [vault, t]);

  return (
    <>
      <DialogContent dividers>
        <div aria-live="polite">
          {!invitation && !problem && <Typography role="status">{t('team.inviting')}</Typography>}
          {problem && (
            <Alert severity="error" role="alert">
              {problem}
            </Alert>
          )}
        </div>
        {invitation && (
          <>
            <Typography sx={{ mb: 2 }}>
              {t('team.inviteIntro', { date: fmt.dateTime(invitation.expiresAt) })}
            </Typography>
            <Typography variant="overline" component="p">
              {t('team.fields.code')}
            </Typography>
            <Box
              component="p"
              aria-label={t('team.fields.code')}
              sx={{
                fontFamily: 'monospace',
                fontSize: '1.25rem',
                letterSpacing: '0.05em',
                wordSpacing: '0.4em',
                lineHeight: 1.8,
                m: 0,
                mb: 2,
                p: 2,
                bgcolor: 'grey.100',
                borderRadius: 1,
              }}
            >
              {invitation.code.split('-').join(' ')}
            </Box>
            <Typography sx={{ mb: 2 }}>
              {t('team.inviteWhere', { server: invitation.server, database: invitation.database })}
            </Typography>
            <Alert severity="warning">{t('team.inviteWarning')}</Alert>
          </>
        )}
      </DialogContent>
      <DialogActions>
        {invitation && (
          <Button startIcon={<PrintIcon />} onClick={() => window.print()}>
            {t('team.print')}
          </Button>
        )}
        <Button variant="contained" onClick={onClose}>
          {t('team.close')}
        </Button>
      </DialogActions>
    </>
  );
}
