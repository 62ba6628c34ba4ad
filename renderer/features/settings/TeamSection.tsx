// Einstellungen → Team: outside a team, "Team einrichten" and "Einem Team beitreten"; in a team, the
// office, the server, the sync status with "Jetzt synchronisieren", the members and "Mitglied einladen".
import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { syncEngineFor } from '../../data/sync/syncEngine';
import { leaveTeam, makeLead, removeMember } from '../../data/sync/team';
import { TeamMembersTable, type MemberAction } from './TeamMembersTable';
import { readTeam, shownOfficeName } from '../../data/sync/teamState';
import { readStatistics } from '../../data/sync/lead';
import { useStoreVersion, useVaultSession } from '../../data/VaultContext';
import { SettingsSection } from './SettingsSection';
import { InviteDialog } from './InviteDialog';
import { PendingInvitations } from './PendingInvitations';
import { TeamJoinDialog, teamErrorText } from './TeamJoinDialog';
import { ConflictsNotice, SHOW_TEAM_EVENT, syncStatusText, useSyncStatus } from '../team';

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
  const [dialog, setDialog] = useState<'setUp' | 'join' | 'access' | 'invite' | 'inviteLead' | null>(null);
  // The office lead's computer: its connection and status, no members, invitations or conflicts.
  const lead = team?.role !== undefined;
  const heading = useRef<HTMLDivElement>(null);
  const dialogs = useDialogs();
  const [memberAction, setMemberAction] = useState<MemberAction | null>(null);
  /** Counts removals and role changes: the leads' list is fetched again. */
  const [membersChanged, setMembersChanged] = useState(0);
  const [removing, setRemoving] = useState(false);
  const [leaving, setLeaving] = useState(false);
  /** Counts the invite dialog's closings: the number of waiting invitations is fetched again. */
  const [invited, setInvited] = useState(0);

  // After a dialog or "Gesehen" whose button went away with it (the section changed): the focus
  // would fall to the page; it goes to the section's title instead.
  // The dialog gives the focus back when its closing transition ends and the button goes when the
  // section re-renders; on a busy computer either takes a while: look again for a few seconds.
  const focusWhenLost = (tries = 0) =>
    setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) focusTitle();
      else if (tries < 10) focusWhenLost(tries + 1);
    }, 300);

  async function runMemberAction() {
    if (!memberAction) return;
    const { kind, deviceId, name } = memberAction;
    setMemberAction(null);
    setRemoving(true);
    try {
      await syncEngineFor(vault).withKeyChange(() =>
        kind === 'makeLead' ? makeLead(vault, deviceId) : removeMember(vault, deviceId),
      );
      dialogs.notify(t(kind === 'makeLead' ? 'team.madeLead' : 'team.removed', { name }));
    } catch (error) {
      dialogs.notify(teamErrorText(t, error));
    } finally {
      setRemoving(false);
      setMembersChanged((n) => n + 1);
      // The row's button may have gone with the change: the focus goes to the section's title.
      focusWhenLost();
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

  const statusText = syncStatusText(t, fmt, status, now);
  return (
    <div ref={heading}>
      <SettingsSection
        id="settings-team"
        title={t('team.title')}
        intro={
          lead ? t(team?.role === 'verwaltung' ? 'team.haushaltIntro' : 'team.leadIntro') : t('team.intro')
        }
      >
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
            {status.state === 'synced' && status.statsFailure && (
              <Alert severity="warning" role="status">
                {t('team.statsFailed', {
                  reason: t(`team.failure.${status.statsFailure}`),
                  database: readStatistics(vault)?.database ?? '',
                })}
              </Alert>
            )}
            {lead ? null : (
              <>
                <ConflictsNotice onSeen={focusTitle} />
                <Typography variant="h6" component="h3">
                  {t('team.members')}
                </Typography>
                <TeamMembersTable
                  status={status}
                  now={now}
                  busy={removing}
                  onAction={setMemberAction}
                  // Fetched again after an invitation, a removal, and every half minute (a lead who joined).
                  version={`${membersChanged}|${invited}|${now.getTime()}`}
                />
              </>
            )}
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {!lead && (
                <>
                  <Button variant="outlined" onClick={() => setDialog('invite')}>
                    {t('team.invite')}
                  </Button>
                  <Button variant="outlined" onClick={() => setDialog('inviteLead')}>
                    {t('team.inviteLead')}
                  </Button>
                </>
              )}
              <Button variant="outlined" onClick={() => setDialog('access')}>
                {t('team.access')}
              </Button>
              <Button variant="outlined" color="error" onClick={() => setLeaving(true)}>
                {t('team.leave')}
              </Button>
            </Stack>
            {!lead && <PendingInvitations checkAgain={invited} />}
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
        open={dialog === 'invite' || dialog === 'inviteLead'}
        figures={dialog === 'inviteLead'}
        onClose={() => {
          setDialog(null);
          setInvited((n) => n + 1);
        }}
      />
      <ConfirmDialog
        open={memberAction !== null}
        title={t(`team.${memberAction?.kind ?? 'remove'}Title`, { name: memberAction?.name ?? '' })}
        text={t(`team.${memberAction?.kind ?? 'remove'}Text`, { name: memberAction?.name ?? '' })}
        confirmLabel={t(memberAction?.kind === 'makeLead' ? 'team.makeLeadConfirm' : 'team.removeConfirm')}
        cancelLabel={t('team.cancel')}
        destructive
        onCancel={() => setMemberAction(null)}
        onConfirm={() => void runMemberAction()}
      />
      <ConfirmDialog
        open={leaving}
        title={t('team.leaveTitle')}
        text={lead ? t('team.leaveTextLead') : t('team.leaveText')}
        confirmLabel={t('team.leaveConfirm')}
        cancelLabel={t('team.cancel')}
        destructive
        onCancel={() => setLeaving(false)}
        onConfirm={() => void leave()}
      />
    </div>
  );
}
