// One editable category list: add, rename, reorder, hide; delete only what was never used.
import { useMemo, useState } from 'react';
import { inquiryListUsage } from '../../../shared/stats/inquiryColumns';
import {
  Box,
  Button,
  Chip,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { useTranslation } from 'react-i18next';
import { randomBytes, toHex } from '../../../shared/crypto/bytes';
import type { CategoryEntry } from '../../../shared/domain/categories';
import {
  addEntry,
  countListUsage,
  moveEntry,
  removeEntry,
  renameEntry,
  setHidden,
  validateLabel,
  type ListProblem,
} from '../../../shared/domain/lists';
import { LIST_ID_PREFIX, type ListKey } from '../../../shared/domain/settings';
import { useDialogs } from '../../components/dialogs';
import { useUnsavedScreenGuard } from '../../components/useLeaveGuard';
import {
  useActivities,
  useFollowups,
  useInquiries,
  useOrganisations,
  useOutreachFile,
  usePersons,
  useSettings,
} from '../../data/hooks';
import { saveList } from '../../data/settings';
import { useVaultSession } from '../../data/VaultContext';

export function ListEditor({ listKey }: { listKey: ListKey }) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const entries = useSettings().lists[listKey];
  const inquiries = useInquiries();
  const followups = useFollowups();
  const organisations = useOrganisations();
  const activities = useActivities();
  const persons = usePersons();
  const { offers } = useOutreachFile();
  const usage = useMemo(
    () =>
      countListUsage(
        listKey,
        inquiries,
        followups,
        { organisations, activities, persons, offers },
        inquiryListUsage(inquiries, listKey),
      ),
    [listKey, inquiries, followups, organisations, activities, persons, offers],
  );
  const [newLabel, setNewLabel] = useState('');
  const [problem, setProblem] = useState<ListProblem | null>(null);
  const [editing, setEditing] = useState<{ id: string; label: string; problem: ListProblem | null } | null>(
    null,
  );
  const title = t(`settings.lists.${listKey}`);
  // A typed new entry or a changed name not yet saved: leaving the screen asks first.
  const renamed = editing !== null && editing.label !== entries.find((e) => e.id === editing.id)?.label;
  useUnsavedScreenGuard(newLabel.trim() !== '' || renamed);

  const save = async (next: CategoryEntry[]) => {
    await saveList(vault, listKey, next);
    dialogs.notify(t('settings.listSaved'));
  };

  const add = async () => {
    const found = validateLabel(entries, newLabel);
    setProblem(found);
    if (found) return;
    await save(addEntry(entries, newLabel, `${LIST_ID_PREFIX[listKey]}-${toHex(randomBytes(6))}`));
    setNewLabel('');
  };

  const rename = async () => {
    if (!editing) return;
    const found = validateLabel(entries, editing.label, editing.id);
    if (found) {
      setEditing({ ...editing, problem: found });
      return;
    }
    await save(renameEntry(entries, editing.id, editing.label));
    setEditing(null);
  };

  return (
    <Box component="section" aria-labelledby={`list-${listKey}`}>
      <Typography id={`list-${listKey}`} variant="h6" component="h3">
        {title}
      </Typography>
      {entries.length === 0 && <Typography color="text.secondary">{t('settings.emptyList')}</Typography>}
      <List dense aria-labelledby={`list-${listKey}`}>
        {entries.map((entry, index) => {
          const used = usage.get(entry.id) ?? 0;
          if (editing?.id === entry.id) {
            return (
              <ListItem key={entry.id} disableGutters>
                <Stack direction="row" spacing={1} sx={{ width: '100%', alignItems: 'flex-start' }}>
                  <TextField
                    size="small"
                    autoFocus
                    fullWidth
                    label={t('settings.renameLabel')}
                    value={editing.label}
                    onChange={(e) => setEditing({ ...editing, label: e.target.value, problem: null })}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        void rename();
                      } else if (e.key === 'Escape') {
                        e.stopPropagation();
                        setEditing(null);
                      }
                    }}
                    error={!!editing.problem}
                    helperText={editing.problem ? t(`settings.${editing.problem}`) : undefined}
                  />
                  <Button variant="contained" onClick={() => void rename()}>
                    {t('form.save')}
                  </Button>
                  <Button onClick={() => setEditing(null)}>{t('form.cancel')}</Button>
                </Stack>
              </ListItem>
            );
          }
          const name = { label: entry.label };
          return (
            <ListItem
              key={entry.id}
              disableGutters
              divider
              secondaryAction={
                <Stack direction="row">
                  <Tooltip title={t('settings.moveUp', name)}>
                    <span>
                      <IconButton
                        aria-label={t('settings.moveUp', name)}
                        disabled={index === 0}
                        onClick={() => void save(moveEntry(entries, entry.id, -1))}
                      >
                        <ArrowUpwardIcon fontSize="small" />
                      </IconButton>
                    </span>
                  </Tooltip>
                  <Tooltip title={t('settings.moveDown', name)}>
                    <span>
                      <IconButton
                        aria-label={t('settings.moveDown', name)}
                        disabled={index === entries.length - 1}
                        onClick={() => void save(moveEntry(entries, entry.id, 1))}
                      >
                        <ArrowDownwardIcon fontSize="small" />
                      </IconButton>
                    </span>
                  </Tooltip>
                  <Tooltip title={t('settings.rename', name)}>
                    <IconButton
                      aria-label={t('settings.rename', name)}
                      onClick={() => setEditing({ id: entry.id, label: entry.label, problem: null })}
                    >
                      <EditIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                  <Tooltip title={entry.hidden ? t('settings.show', name) : t('settings.hide', name)}>
                    <IconButton
                      aria-label={entry.hidden ? t('settings.show', name) : t('settings.hide', name)}
                      onClick={() => void save(setHidden(entries, entry.id, !entry.hidden))}
                    >
                      {entry.hidden ? (
                        <VisibilityIcon fontSize="small" />
                      ) : (
                        <VisibilityOffIcon fontSize="small" />
                      )}
                    </IconButton>
                  </Tooltip>
                  <Tooltip title={used > 0 ? t('settings.inUse') : t('settings.delete', name)}>
                    <span>
                      <IconButton
                        aria-label={t('settings.delete', name)}
                        disabled={used > 0}
                        onClick={() => {
                          const next = removeEntry(entries, entry.id, used);
                          if (next !== 'inUse') void save(next);
                        }}
                      >
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </span>
                  </Tooltip>
                </Stack>
              }
            >
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', pr: 24 }}>
                    <span style={{ opacity: entry.hidden ? 0.75 : 1 }}>{entry.label}</span>
                    {entry.hidden && <Chip size="small" label={t('settings.hiddenChip')} />}
                  </Stack>
                }
                secondary={used > 0 ? t('settings.usage', { count: used }) : undefined}
              />
            </ListItem>
          );
        })}
      </List>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mt: 1 }}>
        <TextField
          size="small"
          label={`${t('settings.newEntry')}: ${title}`}
          value={newLabel}
          onChange={(e) => {
            setNewLabel(e.target.value);
            setProblem(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
          error={!!problem}
          helperText={problem ? t(`settings.${problem}`) : undefined}
          sx={{ flex: 1 }}
        />
        <Button variant="outlined" onClick={() => void add()}>
          {t('settings.add')}
        </Button>
      </Stack>
    </Box>
  );
}
