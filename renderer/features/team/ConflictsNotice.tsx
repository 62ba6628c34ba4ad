// The notice of records where two members changed the same field while apart: which ones, how
// many values lost, and when. Each opens its record, whose history shows the value that lost.
// "Gesehen" hides those listed on this computer; a later conflict brings the notice back.
import { Alert, AlertTitle, Button, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { markConflictsSeen, unseenConflicts, type RecordWithConflicts } from '../../data/sync/conflicts';
import { useStoreVersion, useVaultSession } from '../../data/VaultContext';
import { routes } from '../../routing/routes';

/** Listed at most; the count above names them all. */
const SHOWN = 20;

/** `onSeen`: after "Gesehen" the notice goes, and its button with it: where the focus goes then. */
export function ConflictsNotice({ onSeen }: { onSeen: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  useStoreVersion();
  const dialogs = useDialogs();
  const records = unseenConflicts(vault);
  if (records.length === 0) return null;

  const markSeen = async () => {
    await markConflictsSeen(vault);
    dialogs.notify(t('team.conflicts.seenDone'));
    onSeen();
  };

  const open = (record: RecordWithConflicts) => {
    if (record.table === 'inquiries') window.location.hash = routes.inquiry(record.id);
    else if (record.table === 'organisations') window.location.hash = routes.organisation(record.id);
    else if (record.table === 'followups') dialogs.followup({ id: record.id });
    else if (record.table === 'persons') dialogs.person({ id: record.id });
    else if (record.table === 'activities') dialogs.activity({ id: record.id });
  };

  return (
    <Alert
      severity="info"
      role="region"
      aria-labelledby="team-conflicts-title"
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => void markSeen()}
          title={t('team.conflicts.seenHint')}
        >
          {t('team.conflicts.seen')}
        </Button>
      }
    >
      <AlertTitle id="team-conflicts-title">
        {t('team.conflicts.title', { count: records.length })}
      </AlertTitle>
      <Typography variant="body2">{t('team.conflicts.text')}</Typography>
      <List dense disablePadding>
        {records.slice(0, SHOWN).map((record) => {
          const label = `${t(`records.kinds.${record.table}`)}: ${record.title || t('team.conflicts.untitled')}`;
          const detail = t('team.conflicts.entry', { count: record.count, at: fmt.dateTime(record.latest) });
          const opens =
            record.table !== 'settings' && record.table !== 'templates' && record.table !== 'reports';
          return opens ? (
            <ListItemButton key={`${record.table}/${record.id}`} onClick={() => open(record)}>
              {/* Underlined: it opens the record (plain text read as a note only). */}
              <ListItemText
                primary={label}
                secondary={detail}
                slotProps={{ primary: { sx: { textDecoration: 'underline' } } }}
              />
            </ListItemButton>
          ) : (
            <ListItemText
              key={`${record.table}/${record.id}`}
              primary={label}
              secondary={detail}
              sx={{ px: 2 }}
            />
          );
        })}
      </List>
      {records.length > SHOWN && (
        <Typography variant="body2">{t('team.conflicts.more', { count: records.length - SHOWN })}</Typography>
      )}
    </Alert>
  );
}
