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
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { inviteMember } from '../../data/sync/team';
import { defaultStatisticsDatabase, inviteLead, readStatistics } from '../../data/sync/lead';
import { readTeam } from '../../data/sync/teamState';
import { FIGURES_ROLES, type FiguresRole } from '../../../shared/domain/team';
import { useVaultSession } from '../../data/VaultContext';
import { teamErrorText } from './TeamJoinDialog';

type Invitation = Awaited<ReturnType<typeof inviteMember>>;

/**
 * `figures`: "Leitung einladen" — the role (Leitung or Haushalt) and the statistics database are asked
 * for first; the code is made in that database and holds the statistics key only.
 */
export function InviteDialog({
  open,
  onClose,
  figures = false,
}: {
  open: boolean;
  onClose: () => void;
  figures?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="invite-title">
      <DialogTitle id="invite-title">{t(figures ? 'team.inviteLeadTitle' : 'team.inviteTitle')}</DialogTitle>
      {/* Mounted per opening: each opening makes one new code. */}
      {open && (figures ? <LeadInvite onClose={onClose} /> : <InviteContent onClose={onClose} />)}
    </Dialog>
  );
}

/**
 * Role and database for the lead's code, then the code as for a member. A refusal (no such
 * database, the office's own, the server away) is shown in the form, with what was typed kept.
 */
function LeadInvite({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const team = readTeam(vault);
  const [database, setDatabase] = useState(
    () => readStatistics(vault)?.database ?? (team ? defaultStatisticsDatabase(team) : ''),
  );
  const [role, setRole] = useState<FiguresRole>('leitung');
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (invitation)
    return (
      <InviteContent
        onClose={onClose}
        ready={invitation}
        warning={role === 'verwaltung' ? 'team.inviteHaushaltWarning' : 'team.inviteLeadWarning'}
      />
    );
  const empty = database.trim() === '';
  return (
    <Box
      component="form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (empty || busy) return;
        setBusy(true);
        setProblem(null);
        try {
          setInvitation(await inviteLead(vault, database.trim(), role));
        } catch (error) {
          setProblem(teamErrorText(t, error));
        } finally {
          setBusy(false);
        }
      }}
    >
      <DialogContent dividers>
        <Typography sx={{ mb: 2 }}>{t('team.inviteLeadIntro')}</Typography>
        <TextField
          select
          fullWidth
          label={t('team.fields.invitedRole')}
          value={role}
          onChange={(e) => setRole(e.target.value as FiguresRole)}
          sx={{ mb: 2 }}
        >
          {FIGURES_ROLES.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`team.roles.${r}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth
          autoFocus
          label={t('team.fields.statsDatabase')}
          value={database}
          onChange={(e) => setDatabase(e.target.value)}
          error={empty}
          helperText={empty ? t('team.errors.required') : t('team.fields.statsDatabaseHelp')}
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
        <div aria-live="polite">
          {busy && (
            <Typography role="status" sx={{ mt: 2 }}>
              {t('team.inviting')}
            </Typography>
          )}
          {problem && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
        </div>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('team.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={empty || busy}>
          {t('team.inviteLeadSubmit')}
        </Button>
      </DialogActions>
    </Box>
  );
}

/** A member's code, made when shown; or `ready`, a code made already (the lead's). */
function InviteContent({
  onClose,
  ready,
  warning = 'team.inviteWarning',
}: {
  onClose: () => void;
  ready?: Invitation;
  warning?: 'team.inviteWarning' | 'team.inviteLeadWarning' | 'team.inviteHaushaltWarning';
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const [invitation, setInvitation] = useState<Invitation | null>(ready ?? null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (ready) return;
    let current = true;
    inviteMember(vault).then(
      (made) => current && setInvitation(made),
      (error: unknown) => current && setProblem(teamErrorText(t, error)),
    );
    return () => {
      current = false;
    };
  }, [vault, t, ready]);

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
            <Alert severity="warning">{t(warning)}</Alert>
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
