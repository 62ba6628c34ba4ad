import { useState } from 'react';
import {
  Box,
  Button,
  FormControlLabel,
  List,
  MenuItem,
  Paper,
  Stack,
  Switch,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { useTranslation } from 'react-i18next';
import { followupsToIcal } from '../../../shared/codecs/ical';
import { labelOf, selectableEntries } from '../../../shared/domain/categories';
import {
  filterByAssignee,
  groupFollowups,
  type AssigneeFilter,
  type FollowupGroups,
  type Followup,
} from '../../../shared/domain/followup';
import { utf8Encode } from '../../../shared/crypto/bytes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDialogs } from '../../components/dialogs';
import { useNow } from '../../components/useNow';
import { FollowupItem } from './FollowupItem';
import { useFollowupSourceLink } from './sourceLink';
import { setFollowupDone } from '../../data/followups';
import { useFollowups, useSettings } from '../../data/hooks';
import { getInquiry } from '../../data/inquiries';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { routes, type Navigate } from '../../routing/routes';

const GROUPS: Array<keyof Omit<FollowupGroups<Followup>, 'done'>> = ['overdue', 'today', 'thisWeek', 'later'];

export function FollowupsScreen({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const sourceLink = useFollowupSourceLink(navigate);
  const settings = useSettings();
  const followups = useFollowups();
  const [showDone, setShowDone] = useState(false);
  const [confirmExport, setConfirmExport] = useState(false);
  const [assignee, setAssignee] = useState<AssigneeFilter>({ kind: 'all' });
  const now = useNow();
  const groups = groupFollowups(filterByAssignee(followups, assignee), now);
  const members = selectableEntries(settings.lists.teamMembers);
  const filterValue = assignee.kind === 'member' ? `member:${assignee.id}` : assignee.kind;
  const openCount = GROUPS.reduce((n, g) => n + groups[g].length, 0);

  const toggle = async (f: Followup, done: boolean) => {
    await setFollowupDone(vault, f.id, done);
    dialogs.notify({ key: done ? 'followups.doneSaved' : 'followups.reopened' });
  };

  const exportIcs = async () => {
    setConfirmExport(false);
    const open = followups.filter((f) => f.status === 'offen');
    const ics = followupsToIcal(open, {
      officeName: settings.officeName,
      now: new Date(),
      assigneeName: (id) => labelOf(settings.lists.teamMembers, id),
    });
    const saved = await host.saveFile('Wiedervorlagen.ics', utf8Encode(ics), [
      { name: 'iCalendar', extensions: ['ics'] },
    ]);
    if (saved) dialogs.notify(t('followups.exported', { count: open.length }));
  };

  const renderGroup = (key: keyof FollowupGroups<Followup>, items: Followup[]) =>
    items.length > 0 && (
      <Paper key={key} component="section" aria-labelledby={`group-${key}`} sx={{ p: 2 }}>
        <Typography
          id={`group-${key}`}
          variant="h6"
          component="h2"
          color={key === 'overdue' ? 'error' : undefined}
        >
          {t(`followups.groups.${key}`)} ({items.length})
        </Typography>
        <List dense disablePadding>
          {items.map((f) => {
            const inquiry = f.inquiryId ? getInquiry(vault.store, f.inquiryId) : undefined;
            return (
              <FollowupItem
                key={`${f.id}:${f.status}`}
                followup={f}
                teamMembers={settings.lists.teamMembers}
                overdue={key === 'overdue'}
                onToggle={(done) => void toggle(f, done)}
                onOpen={() => dialogs.followup({ id: f.id })}
                sourceLink={sourceLink(f)}
                {...(inquiry
                  ? {
                      inquirySubject: inquiry.subject,
                      onOpenInquiry: () => navigate(routes.inquiry(inquiry.id)),
                    }
                  : {})}
              />
            );
          })}
        </List>
      </Paper>
    );

  return (
    <Box sx={{ p: 3, overflow: 'auto' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
        <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
          {t('followups.title')}
        </Typography>
        {members.length > 0 && (
          <TextField
            select
            size="small"
            label={t('inquiryActions.assigneeFilter')}
            value={filterValue}
            onChange={(e) => {
              const v = e.target.value;
              setAssignee(
                v.startsWith('member:')
                  ? { kind: 'member', id: v.slice(7) }
                  : { kind: v as 'all' | 'nobody' },
              );
            }}
            sx={{ minWidth: 200 }}
          >
            <MenuItem value="all">{t('inquiryActions.assigneeAll')}</MenuItem>
            {members.map((m) => (
              <MenuItem key={m.id} value={`member:${m.id}`}>
                {m.label}
              </MenuItem>
            ))}
            <MenuItem value="nobody">{t('inquiryActions.assigneeNone')}</MenuItem>
          </TextField>
        )}
        <FormControlLabel
          control={<Switch checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />}
          label={t('followups.showDone')}
        />
        <Button
          startIcon={<EventNoteIcon />}
          onClick={() => (openCount ? setConfirmExport(true) : dialogs.notify(t('followups.exportNone')))}
        >
          {t('followups.exportIcs')}
        </Button>
        <Tooltip title={t('followups.new')}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => dialogs.followup({})}>
            {t('followups.new')}
          </Button>
        </Tooltip>
      </Stack>
      <Stack spacing={2}>
        {openCount === 0 && assignee.kind !== 'all' && (
          <Paper sx={{ p: 4, textAlign: 'center' }}>
            <Typography variant="h6" component="h2">
              {t('inquiryActions.assigneeEmpty')}
            </Typography>
          </Paper>
        )}
        {openCount === 0 && assignee.kind === 'all' && (
          <Paper sx={{ p: 4, textAlign: 'center' }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('followups.emptyTitle')}
            </Typography>
            <Typography color="text.secondary" sx={{ maxWidth: 560, mx: 'auto' }}>
              {t('followups.emptyText')}
            </Typography>
          </Paper>
        )}
        {GROUPS.map((g) => renderGroup(g, groups[g]))}
        {showDone && renderGroup('done', groups.done)}
      </Stack>
      <ConfirmDialog
        open={confirmExport}
        title={t('followups.exportWarningTitle')}
        text={t('followups.exportWarning')}
        confirmLabel={t('followups.exportConfirm')}
        cancelLabel={t('form.cancel')}
        onCancel={() => setConfirmExport(false)}
        onConfirm={() => void exportIcs()}
      />
    </Box>
  );
}
