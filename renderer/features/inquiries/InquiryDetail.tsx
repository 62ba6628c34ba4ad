// One inquiry with all its fields, its follow-ups and its history.
import { useEffect } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  Divider,
  Grid,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import EventIcon from '@mui/icons-material/Event';
import DoneIcon from '@mui/icons-material/Done';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../shared/domain/categories';
import { useFormat } from '../../components/useFormat';
import { DefinitionList } from '../../components/DefinitionList';
import { useDialogs } from '../../components/dialogs';
import { followupsOfInquiry, setFollowupDone } from '../../data/followups';
import { useOrganisations, useSettings } from '../../data/hooks';
import { getInquiry } from '../../data/inquiries';
import { conflictsOf, type ShownConflict } from '../../data/sync/conflicts';
import { useStoreVersion, useVaultSession } from '../../data/VaultContext';
import { useInquiryActions } from './useInquiryActions';
import { routes, type Navigate } from '../../routing/routes';

interface Props {
  id: string;
  navigate: Navigate;
}

export function InquiryDetail({ id, navigate }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  useStoreVersion();
  const dialogs = useDialogs();
  const { lists } = useSettings();
  const organisations = useOrganisations();
  const inquiry = getInquiry(vault.store, id);
  const followups = inquiry ? followupsOfInquiry(vault.store, inquiry.id) : [];
  // Where two members changed the same field while apart: the value that lost, with who and when.
  const conflicts = inquiry ? conflictsOf(vault.store, 'inquiries', inquiry.id) : [];
  const fieldLabel = (field: string) =>
    i18n.exists(`inquiries.fields.${field}`)
      ? t(`inquiries.fields.${field}` as 'inquiries.fields.subject')
      : field;
  const shownValue = (value: unknown) =>
    value === undefined || value === ''
      ? t('inquiries.none')
      : Array.isArray(value)
        ? value.join(', ')
        : String(value);
  const actions = useInquiryActions(() => navigate(routes.inquiries()));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.querySelector('[role="dialog"]')) navigate(routes.inquiries());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  const back = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => navigate(routes.inquiries())}>
      {t('inquiries.detailBack')}
    </Button>
  );
  if (!inquiry) {
    return (
      <Box sx={{ p: 3 }}>
        {back}
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('inquiries.notFound')}
        </Alert>
      </Box>
    );
  }

  const none = t('inquiries.none');
  const label = (list: keyof typeof lists, value: string | undefined) =>
    value ? labelOf(lists[list], value) : none;
  const fields: Array<[string, string]> = [
    [t('inquiries.fields.receivedAt'), fmt.dateTime(inquiry.receivedAt)],
    [t('inquiries.fields.channel'), label('channels', inquiry.channel)],
    [t('inquiries.fields.requesterType'), label('requesterTypes', inquiry.requesterType)],
    [t('inquiries.fields.topics'), inquiry.topics.map((x) => labelOf(lists.topics, x)).join(', ') || none],
    [t('inquiries.fields.status'), t(`inquiries.status.${inquiry.status}`)],
    [t('inquiries.fields.urgent'), inquiry.urgent ? t('inquiries.yes') : t('inquiries.no')],
    [t('inquiries.fields.result'), label('results', inquiry.result)],
    [
      t('inquiries.fields.referrals'),
      // Network organisations first (by their current name), then targets typed as free text.
      [
        ...(inquiry.referralOrgIds ?? []).map((id) => organisations.find((o) => o.id === id)?.name ?? ''),
        ...(inquiry.referrals ?? []),
      ]
        .filter(Boolean)
        .join(', ') || none,
    ],
    [t('inquiries.fields.minutes'), inquiry.minutes !== undefined ? String(inquiry.minutes) : none],
    [t('inquiries.fields.handledBy'), label('teamMembers', inquiry.handledBy)],
    [t('inquiries.fields.targetGroup'), label('targetGroups', inquiry.targetGroup)],
    [t('inquiries.fields.municipality'), label('municipalities', inquiry.municipality)],
    [t('inquiries.fields.fieldOfAction'), label('fieldsOfAction', inquiry.fieldOfAction)],
    [
      t('inquiries.fields.affectedPersons'),
      inquiry.affectedPersons !== undefined ? String(inquiry.affectedPersons) : none,
    ],
    [
      t('inquiries.person'),
      inquiry.requester
        ? [inquiry.requester.name, inquiry.requester.organisation, inquiry.requester.contact]
            .filter(Boolean)
            .join(' · ')
        : t('inquiries.anonymous'),
    ],
  ];

  return (
    <Box sx={{ p: 3, overflow: 'auto' }}>
      {back}
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ mt: 1, mb: 2, alignItems: { md: 'center' } }}
      >
        <Typography variant="h4" component="h1" sx={{ flex: 1, wordBreak: 'break-word' }}>
          {inquiry.subject}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            startIcon={<EditIcon />}
            onClick={() => dialogs.editInquiry(inquiry.id)}
          >
            {t('inquiries.editButton')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<EventIcon />}
            onClick={() => dialogs.followup({ inquiryId: inquiry.id })}
          >
            {t('inquiries.followupButton')}
          </Button>
          {inquiry.status !== 'erledigt' && (
            <Button variant="outlined" startIcon={<DoneIcon />} onClick={() => actions.askClose(inquiry)}>
              {t('inquiryActions.close')}
            </Button>
          )}
          <Button
            variant="outlined"
            color="error"
            startIcon={<DeleteIcon />}
            onClick={() => actions.askDelete(inquiry)}
          >
            {t('inquiryActions.delete')}
          </Button>
        </Stack>
        {actions.dialogs}
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Paper sx={{ p: 2 }}>
            <DefinitionList items={fields} />
            {inquiry.notes && (
              <>
                <Divider sx={{ my: 2 }} />
                <Typography variant="h6" component="h2" gutterBottom>
                  {t('inquiries.fields.notes')}
                </Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {inquiry.notes}
                </Typography>
              </>
            )}
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Paper component="section" aria-labelledby="detail-followups" sx={{ p: 2, mb: 2 }}>
            <Typography id="detail-followups" variant="h6" component="h2">
              {t('inquiries.followupsOfInquiry')}
            </Typography>
            {followups.length === 0 ? (
              <Typography color="text.secondary">{t('inquiries.noFollowups')}</Typography>
            ) : (
              <List dense>
                {followups.map((f) => (
                  <ListItem key={f.id} disableGutters>
                    <ListItemIcon sx={{ minWidth: 40 }}>
                      <Checkbox
                        edge="start"
                        checked={f.status === 'erledigt'}
                        onChange={(e) => void setFollowupDone(vault, f.id, e.target.checked)}
                        slotProps={{
                          input: {
                            'aria-label':
                              f.status === 'erledigt'
                                ? t('followups.reopen', { title: f.title })
                                : t('followups.markDone', { title: f.title }),
                          },
                        }}
                      />
                    </ListItemIcon>
                    <ListItemText
                      primary={f.title}
                      secondary={t('followups.dueOn', { date: fmt.day(f.due) })}
                      sx={{ textDecoration: f.status === 'erledigt' ? 'line-through' : undefined }}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </Paper>
          <Paper component="section" aria-labelledby="detail-history" sx={{ p: 2 }}>
            <Typography id="detail-history" variant="h6" component="h2">
              {t('inquiries.history')}
            </Typography>
            <List dense>
              {historyInTimeOrder(
                inquiry.history ?? [{ at: inquiry.createdAt, action: 'created' as const }],
                conflicts,
              ).map((entry, i) =>
                entry.kind === 'entry' ? (
                  <ListItem key={`${entry.h.at}-${i}`} disableGutters>
                    <ListItemText
                      primary={
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                          <Chip size="small" label={t(`inquiries.historyAction.${entry.h.action}`)} />
                          <span>{fmt.dateTime(entry.h.at)}</span>
                        </Stack>
                      }
                      secondary={entry.h.by ? labelOf(lists.teamMembers, entry.h.by) : undefined}
                    />
                  </ListItem>
                ) : (
                  <ListItem key={`conflict-${entry.c.at}-${entry.c.field}`} disableGutters>
                    <ListItemText
                      primary={
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                          <Chip size="small" color="warning" label={t('inquiries.historyAction.conflict')} />
                          <span>{fmt.dateTime(entry.c.at)}</span>
                        </Stack>
                      }
                      secondary={t('inquiries.conflictText', {
                        field: fieldLabel(entry.c.field),
                        value: shownValue(entry.c.value),
                        by: entry.c.by,
                      })}
                    />
                  </ListItem>
                ),
              )}
            </List>
          </Paper>
        </Grid>
      </Grid>
    </Box>
  );
}

/** The history with the conflicts among its entries, by time (a stable sort: equal times keep their order). */
function historyInTimeOrder<H extends { at: string }>(
  history: readonly H[],
  conflicts: readonly ShownConflict[],
): ({ kind: 'entry'; at: string; h: H } | { kind: 'conflict'; at: string; c: ShownConflict })[] {
  return [
    ...history.map((h) => ({ kind: 'entry' as const, at: h.at, h })),
    ...conflicts.map((c) => ({ kind: 'conflict' as const, at: c.at, c })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
