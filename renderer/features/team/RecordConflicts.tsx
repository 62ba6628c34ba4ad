// In a record's dialog: the values that lost where two members changed the same field while apart,
// with who and when (an inquiry shows them in its history instead).
import { Alert, AlertTitle, List, ListItem, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { conflictsOf } from '../../data/sync/conflicts';
import { useVaultSession } from '../../data/VaultContext';
import type { RecordTable } from '../../../shared/storage/envelope';

/** Where each kind of record keeps its field labels (the first key that exists names the field). */
const LABEL_KEYS: Partial<Record<RecordTable, string[]>> = {
  followups: ['followups.fields'],
  activities: ['activities.fields', 'inquiries.fields', 'activities'],
  organisations: ['network.org', 'network.fields', 'network'],
  persons: ['network.person', 'network'],
  funding: ['funding.projects.fields', 'funding.receipts', 'funding.programmes', 'funding.applications'],
};

export function RecordConflicts({ table, id }: { table: RecordTable; id: string | undefined }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const conflicts = id ? conflictsOf(vault.store, table, id) : [];
  if (conflicts.length === 0) return null;
  const fieldLabel = (field: string) => {
    const key = (LABEL_KEYS[table] ?? []).map((prefix) => `${prefix}.${field}`).find((k) => i18n.exists(k));
    return key ? String(t(key as 'inquiries.none')) : field;
  };
  const shownValue = (value: unknown) =>
    value === undefined || value === '' || value === null
      ? t('inquiries.none')
      : Array.isArray(value)
        ? value.join(', ')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  return (
    <Alert severity="warning" role="region" aria-labelledby="record-conflicts-title" sx={{ mt: 2 }}>
      <AlertTitle id="record-conflicts-title">{t('team.conflicts.inRecord')}</AlertTitle>
      <List dense disablePadding>
        {conflicts.map((c) => (
          <ListItem key={`${c.at}-${c.field}`} disableGutters>
            <ListItemText
              primary={t('inquiries.conflictText', {
                field: fieldLabel(c.field),
                value: shownValue(c.value),
                by: c.by,
              })}
              secondary={fmt.dateTime(c.at)}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
