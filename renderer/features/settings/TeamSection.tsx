// Einstellungen → Team: outside a team, "Team einrichten" and "Einem Team beitreten"; in a team, the
// office, the server, the sync status with "Jetzt synchronisieren", the members and "Mitglied einladen".
import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { visuallyHidden } from '../../components/visuallyHidden';
import { useNow } from '../../components/useNow';
import { syncEngineFor } from '../../data/sync/syncEngine';
import { leaveTeam, removeMember, teamMembers } from '../../data/sync/team';
import { readTeam, shownOfficeName } from '../../data/sync/teamState';
import { useStoreVersion, useVaultSession } from '../../data/VaultContext';
import { SettingsSection } from './SettingsSection';
import { InviteDialog } from './InviteDialog';
import { PendingInvitations } from './PendingInvitations';
import { TeamJoinDialog, teamErrorText } from './TeamJoinDialog';
import { agoText, ConflictsNotice, SHOW_TEAM_EVENT, syncStatusText, useSyncStatus } from '../team';

/** The section's title takes the focus (it is no control: focusable by script only). */
function focusTitle(): void {
  const title = document.getElementById('settings-team');
  title?.setAttribute('tabindex', '-1');
  title?.focus({ preventScroll: true });
}

export function TeamSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  useStoreVersion();
  const status = useSyncStatus();
  const now = useNow(30_000);
  const team = readTeam(vault);
  const [dialog, setDialog] = useState<'setUp' | 'join' | 'access' | 'invite' | null>(null);
  const heading = useRef<HTMLDivElement>(null);
  const dialogs = useDialogs();
  const [removal, setRemoval] = useState<{ deviceId: string; name: string } | null>(null);
  const [removing, setRemoving] = useState(false);
  const [leaving, setLeaving] = useState(false);
  /** Counts the invite dialog's closings: the number of waiting invitations is fetched again. */
  const [invited, setInvited] = useState(0);

  async function remove() {
    if (!removal) return;
    const { deviceId, name } = removal;
    setRemoval(null);
    setRemoving(true);
    try {
      await syncEngineFor(vault).withKeyChange(() => removeMember(vault, deviceId));
      dialogs.notify(t('team.removed', { name }));
    } catch (error) {
      dialogs.notify(teamErrorText(t, error));
    } finally {
      setRemoving(false);
    }
  }

  async function leave() {
    setLeaving(false);
    try {
      await syncEngineFor(vault).leave();
      await leaveTeam(vault);
      dialogs.notify(t('team.left'));
    } catch (error) {
      dialogs.notify(teamErrorText(t, error));
    }
  }

  useEffect(() => {
    // Opened from the sync status in the top bar (#/einstellungen/team), also when Einstellungen is
    // already open: the section comes into view and its heading takes the focus (keyboard users
    // land here, not 90 tabs above it).
    const show = () => {
      if (!window.location.hash.endsWith('/team')) return;
      heading.current?.scrollIntoView({ block: 'start' });
      focusTitle();
    };
    show();
    window.addEventListener('hashchange', show);
    window.addEventListener(SHOW_TEAM_EVENT, show);
    return () => {
      window.removeEventListener('hashchange', show);
      window.removeEventListener(SHOW_TEAM_EVENT, show);
    };
  }, []);

  // After a dialog or "Gesehen" whose button went away with it (the section changed): the focus
  // would fall to the page; it goes to the section's title instead.
  const focusWhenLost = () =>
    setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) focusTitle();
    }, 400);

  const statusText = syncStatusText(t, fmt, status, now);
  return (
    <div ref={heading}>
      <SettingsSection id="settings-team" title={t('team.title')} intro={t('team.intro')}>
        {!team ? (
          <Stack spacing={2}>
            <Typography>{t('team.notInTeam')}</Typography>
            <Stack direction="row" spacing={2}>
              <Button variant="contained" onClick={() => setDialog('setUp')}>
                {t('team.setUp')}
              </Button>
              <Button variant="outlined" onClick={() => setDialog('join')}>
                {t('team.join')}
              </Button>
            </Stack>
          </Stack>
        ) : (
          <Stack spacing={2}>
            <Box
              component="dl"
              sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2 }}
            >
              <Typography component="dt" color="text.secondary">
                {t('team.office')}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {shownOfficeName(vault)}
              </Typography>
              <Typography component="dt" color="text.secondary">
                {t('team.server')}
              </Typography>
              <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                {team.server}
              </Typography>
              <Typography component="dt" color="text.secondary">
                {t('team.database')}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {team.database}
              </Typography>
            </Box>
            {statusText && (
              <Alert
                severity={
                  status.state === 'failed'
                    ? status.failure === 'unreachable'
                      ? 'warning'
                      : 'error'
                    : 'info'
                }
                role="status"
                action={
                  <Button color="inherit" onClick={() => void syncEngineFor(vault).syncNow()}>
                    {t('team.syncNow')}
                  </Button>
                }
              >
                {statusText}
              </Alert>
            )}
            <ConflictsNotice onSeen={focusTitle} />
            <Typography variant="h6" component="h3">
              {t('team.members')}
            </Typography>
            {/* Names, dates and the button stay on one line at 1366×768; the computer's label wraps. */}
            <Table
              size="small"
              aria-label={t('team.members')}
              sx={{ '& th, & td:not(.team-device)': { whiteSpace: 'nowrap' } }}
            >
              <TableHead>
                <TableRow>
                  <TableCell>{t('team.columns.name')}</TableCell>
                  <TableCell>{t('team.columns.role')}</TableCell>
                  <TableCell>{t('team.columns.device')}</TableCell>
                  <TableCell>{t('team.columns.since')}</TableCell>
                  <TableCell>{t('team.columns.lastSync')}</TableCell>
                  <TableCell>
                    <Box component="span" sx={visuallyHidden}>
                      {t('team.actions')}
                    </Box>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {teamMembers(vault.store).map((member) => (
                  <TableRow key={member.deviceId}>
                    <TableCell>{member.name}</TableCell>
                    <TableCell>{t(`team.roles.${member.role}`)}</TableCell>
                    <TableCell className="team-device">
                      {member.device}
                      {member.deviceId === vault.deviceId && ` (${t('team.thisDevice')})`}
                    </TableCell>
                    <TableCell>
                      {member.removedAt
                        ? t('team.removedOn', { date: fmt.date(member.removedAt) })
                        : fmt.date(member.joinedAt)}
                    </TableCell>
                    <TableCell>
                      {agoText(
                        t,
                        fmt,
                        // This computer: its last round that succeeded (its member record notes
                        // the time a round began, which may have failed).
                        member.deviceId === vault.deviceId
                          ? ('lastSyncAt' in status && status.lastSyncAt) || undefined
                          : member.lastSyncAt,
                        now,
                      )}
                    </TableCell>
                    <TableCell align="right">
                      {member.deviceId !== vault.deviceId && !member.removedAt && (
                        <Button
                          size="small"
                          color="error"
                          aria-label={t('team.removeLabel', { name: member.name })}
                          disabled={removing}
                          onClick={() => setRemoval({ deviceId: member.deviceId, name: member.name })}
                        >
                          {t('team.remove')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Stack direction="row" spacing={2}>
              <Button variant="outlined" onClick={() => setDialog('invite')}>
                {t('team.invite')}
              </Button>
              <Button variant="outlined" onClick={() => setDialog('access')}>
                {t('team.access')}
              </Button>
              <Button variant="outlined" color="error" onClick={() => setLeaving(true)}>
                {t('team.leave')}
              </Button>
            </Stack>
            <PendingInvitations checkAgain={invited} />
          </Stack>
        )}
      </SettingsSection>
      <TeamJoinDialog
        open={dialog === 'setUp' || dialog === 'join' || dialog === 'access'}
        mode={dialog === 'join' || dialog === 'access' ? dialog : 'setUp'}
        onClose={() => {
          setDialog(null);
          focusWhenLost();
        }}
      />
      <InviteDialog
        open={dialog === 'invite'}
        onClose={() => {
          setDialog(null);
          setInvited((n) => n + 1);
        }}
      />
      <ConfirmDialog
        open={removal !== null}
        title={t('team.removeTitle', { name: removal?.name ?? '' })}
        text={t('team.removeText', { name: removal?.name ?? '' })}
        confirmLabel={t('team.removeConfirm')}
        cancelLabel={t('team.cancel')}
        destructive
        onCancel={() => setRemoval(null)}
        onConfirm={() => void remove()}
      />
      <ConfirmDialog
        open={leaving}
        title={t('team.leaveTitle')}
        text={t('team.leaveText')}
        confirmLabel={t('team.leaveConfirm')}
        cancelLabel={t('team.cancel')}
        destructive
        onCancel={() => setLeaving(false)}
        onConfirm={() => void leave()}
      />
    </div>
  );
}
