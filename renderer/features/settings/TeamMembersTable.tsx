// The team's members in Einstellungen → Team: the coordinators' computers (from their member records)
// and the leads' (announced in the statistics database), with what can be done to each: remove, or
// make a coordinator lead (figures only from then on).
import { useEffect, useState } from 'react';
import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../shared/sync/leadDocs';
import { useFormat } from '../../components/useFormat';
import { visuallyHidden } from '../../components/visuallyHidden';
import { leadsOf } from '../../data/sync/lead';
import { teamMembers } from '../../data/sync/team';
import { useVaultSession } from '../../data/VaultContext';
import type { SyncStatus } from '../../data/sync/syncEngine';
import { agoText } from '../team';

export type MemberAction = { kind: 'remove' | 'removeLead' | 'makeLead'; deviceId: string; name: string };

interface Props {
  status: SyncStatus;
  now: Date;
  busy: boolean;
  onAction: (action: MemberAction) => void;
  /** Changes after a member was removed or made lead: the leads are fetched again. */
  version: string;
}

/** The leads announced in the statistics database (none until a lead was invited, or offline). */
function useLeads(version: string): Lead[] {
  const { vault } = useVaultSession();
  const [leads, setLeads] = useState<Lead[]>([]);
  useEffect(() => {
    let current = true;
    leadsOf(vault).then(
      (found) => current && setLeads(found),
      () => {}, // offline: the coordinators' list stands alone
    );
    return () => {
      current = false;
    };
  }, [vault, version]);
  return leads;
}

export function TeamMembersTable({ status, now, busy, onAction, version }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const members = teamMembers(vault.store);
  const known = new Set(members.map((m) => m.deviceId));
  const leads = useLeads(version).filter((lead) => !known.has(lead.deviceId));
  const action = (kind: MemberAction['kind'], deviceId: string, name: string, role = '') => (
    <Button
      size="small"
      color={kind === 'makeLead' ? 'primary' : 'error'}
      aria-label={t(`team.${kind}Label`, { name, role })}
      disabled={busy}
      onClick={() => onAction({ kind, deviceId, name })}
    >
      {t(kind === 'makeLead' ? 'team.makeLead' : 'team.remove')}
    </Button>
  );

  return (
    // Dates and buttons stay on one line; names, roles and computers wrap, so the table stays
    // within the section at 1366×768.
    <Table size="small" aria-label={t('team.members')} sx={{ '& .team-nowrap': { whiteSpace: 'nowrap' } }}>
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
        {members.map((member) => {
          const other = member.deviceId !== vault.deviceId && !member.removedAt;
          return (
            <TableRow key={member.deviceId}>
              <TableCell>{member.name}</TableCell>
              <TableCell>{t(`team.roles.${member.role}`)}</TableCell>
              <TableCell>
                {member.device}
                {member.deviceId === vault.deviceId && ` (${t('team.thisDevice')})`}
              </TableCell>
              <TableCell className="team-nowrap">
                {member.removedAt
                  ? t('team.removedOn', { date: fmt.date(member.removedAt) })
                  : fmt.date(member.joinedAt)}
              </TableCell>
              <TableCell className="team-nowrap">
                {agoText(
                  t,
                  fmt,
                  // This computer: its last round that succeeded (its member record notes the time a
                  // round began, which may have failed).
                  member.deviceId === vault.deviceId
                    ? ('lastSyncAt' in status && status.lastSyncAt) || undefined
                    : member.lastSyncAt,
                  now,
                )}
              </TableCell>
              <TableCell align="right" className="team-nowrap">
                {other && (
                  // One above the other: the table stays within the section at 1366×768.
                  <Stack spacing={0.5} sx={{ alignItems: 'flex-end' }}>
                    {member.role === 'koordination' && action('makeLead', member.deviceId, member.name)}
                    {action('remove', member.deviceId, member.name)}
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          );
        })}
        {leads.map((lead) => (
          <TableRow key={lead.deviceId}>
            <TableCell>{lead.name}</TableCell>
            <TableCell>{t(`team.roles.${lead.role ?? 'leitung'}`)}</TableCell>
            <TableCell>{lead.device}</TableCell>
            <TableCell className="team-nowrap">{fmt.date(lead.joinedAt)}</TableCell>
            <TableCell>–</TableCell>
            <TableCell align="right" className="team-nowrap">
              {action('removeLead', lead.deviceId, lead.name, t(`team.roles.${lead.role ?? 'leitung'}`))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
