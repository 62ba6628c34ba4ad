// Contacts from CSV (Excel, Outlook) or vCard: read, preview with mapping and duplicates, then take
// over in one transaction — or leave, and nothing changed.
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  FormControlLabel,
  Grid,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  CONTACT_FIELDS,
  ImportError,
  guessMapping,
  parseCsv,
  readContacts,
  type ContactField,
  type ImportedContact,
  type Mapping,
  type ParsedTable,
  type ReadContacts,
  type RowProblem,
} from '../../../shared/codecs/contactsCsv';
import { decodeText, looksBinary } from '../../../shared/codecs/textEncoding';
import { readVcards } from '../../../shared/codecs/vcard';
import { isLikelyDuplicate } from '../../../shared/domain/network';
import { useDialogs } from '../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { useOrganisations, usePersons } from '../../data/hooks';
import { importContacts, ImportRecordError, type ImportDecision } from '../../data/network';
import { recordProblemText } from '../../components/recordMessages';
import { useFormat } from '../../components/useFormat';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { translateDataKey } from '../../i18n/dataKey';
import { ImportPreview } from './ImportPreview';

// Thousands of contacts fit in far less; the cap keeps a hostile or wrong file from being read at all.
const MAX_MB = 5;
const MAX_BYTES = MAX_MB * 1024 * 1024;
// The alert names the first bad rows; the preview marks all of them.
const MAX_LISTED_PROBLEMS = 5;

function fieldLabel(field: ContactField, t: TFunction): string {
  return t(`import.fields.${field}`);
}

function explainImportError(e: unknown, t: TFunction): string {
  return e instanceof ImportError
    ? translateDataKey(t, e.key, e.values, 'import.failed')
    : t('import.failed');
}

interface Loaded {
  fileName: string;
  encoding: string;
  format: 'CSV' | 'vCard';
  table?: ParsedTable;
}

export const ImportDialog = formDialog(ImportForm, { titleId: 'import-title', maxWidth: 'lg' });

function ImportForm({ onClose }: DialogOpen) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const persons = usePersons();
  const organisations = useOrganisations();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [vcards, setVcards] = useState<ReadContacts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<Record<number, ImportDecision['action']>>({});
  const [busy, setBusy] = useState(false);
  const [consentPurpose, setConsentPurpose] = useState('');
  // Rows that cannot be read are left out only when the user says so.
  const [skipBad, setSkipBad] = useState(false);

  const explain = (e: unknown) => explainImportError(e, t);

  const chooseFile = async () => {
    const file = await host.openFile([{ name: 'CSV, vCard', extensions: ['csv', 'txt', 'vcf'] }], MAX_BYTES);
    if (!file) return;
    setError(null);
    setLoaded(null);
    setVcards(null);
    setDecisions({});
    setSkipBad(false);
    if (file.status === 'too-large') {
      const size = fmt.figure(file.size / 1024 / 1024);
      return setError(t('import.tooLarge', { size, max: MAX_MB }));
    }
    const bytes = file.data;
    if (looksBinary(bytes)) return setError(t('import.binary'));
    const { text, encoding } = decodeText(bytes);
    try {
      if (/\.vcf$/i.test(file.name) || /^\s*BEGIN:VCARD/i.test(text)) {
        setVcards(readVcards(text));
        setLoaded({ fileName: file.name, encoding, format: 'vCard' });
      } else {
        const table = parseCsv(text);
        setMapping(guessMapping(table.headers));
        setLoaded({ fileName: file.name, encoding, format: 'CSV', table });
      }
    } catch (e) {
      setError(explain(e));
    }
  };

  // The contacts as the current mapping reads them, the rows that cannot be taken over, or the error
  // that no row can be read (no name column).
  const { contacts, problems, rowError } = useMemo((): {
    contacts: ImportedContact[];
    problems: RowProblem[];
    rowError: string | null;
  } => {
    if (vcards) return { ...vcards, rowError: null };
    if (!loaded?.table) return { contacts: [], problems: [], rowError: null };
    try {
      return { ...readContacts(loaded.table, mapping), rowError: null };
    } catch (e) {
      return { contacts: [], problems: [], rowError: explainImportError(e, t) };
    }
  }, [vcards, loaded, mapping, t]);
  const blockedByProblems = problems.length > 0 && !skipBad;
  // The preview in file order: the good rows and, marked, the ones that cannot be taken over.
  const previewRows = useMemo(
    () =>
      [
        ...contacts.map((contact, index) => ({ line: contact.line, contact, index })),
        ...problems.map((problem) => ({ line: problem.line, problem })),
      ].sort((a, b) => a.line - b.line),
    [contacts, problems],
  );

  const orgNames = useMemo(() => new Map(organisations.map((o) => [o.id, o.name])), [organisations]);
  const duplicates = useMemo(
    () =>
      contacts.map((c) =>
        persons.find((p) =>
          isLikelyDuplicate(
            {
              firstName: c.firstName,
              lastName: c.lastName,
              email: c.email,
              organisationName: c.organisation,
            },
            {
              firstName: p.firstName,
              lastName: p.lastName,
              email: p.email,
              organisationName: orgNames.get(p.organisationId) ?? '',
            },
          ),
        ),
      ),
    [contacts, persons, orgNames],
  );

  const decisionOf = (i: number): ImportDecision['action'] =>
    decisions[i] ?? (duplicates[i] ? 'skip' : 'new');

  const apply = async () => {
    setBusy(true);
    try {
      const result = await importContacts(
        vault,
        contacts,
        contacts.map((_c, i) => {
          const action = decisionOf(i);
          return action === 'merge' && duplicates[i]
            ? { action, personId: duplicates[i].id }
            : { action: action === 'merge' ? 'new' : action };
        }),
        { consentPurpose },
      );
      dialogs.notify(
        problems.length > 0
          ? t('import.doneSkipped', { ...result, skipped: problems.length })
          : t('import.done', result),
      );
      onClose();
    } catch (e) {
      setError(
        e instanceof ImportRecordError
          ? t('records.importRefused', { position: e.position, reason: recordProblemText(e.problem, t) })
          : t('import.failed'),
      );
      setBusy(false);
    }
  };

  return (
    <FormDialogForm
      title={t('import.title')}
      // A chosen file (with its column mapping) is input already, like a decision or a typed purpose.
      dirty={loaded !== null || Object.keys(decisions).length > 0 || consentPurpose.trim() !== ''}
      onSubmit={apply}
      saving={busy}
      submitLabel={
        problems.length > 0 && skipBad
          ? t('import.applySkipping', {
              count: contacts.length,
              lines: t('import.lines', { count: problems.length }),
            })
          : t('import.apply')
      }
      savingLabel={t('import.apply')}
      canSubmit={contacts.length > 0 && !rowError && !blockedByProblems}
    >
      <Typography sx={{ mb: 2 }}>{t('import.intro')}</Typography>
      <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => void chooseFile()}>
        {t('import.choose')}
      </Button>
      {loaded && (
        <Box sx={{ mt: 2, display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Chip label={loaded.fileName} />
          <Chip label={t('import.format', { format: loaded.format })} />
          <Chip label={t('import.encoding', { encoding: loaded.encoding })} />
        </Box>
      )}
      {(error || rowError) && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {error ?? rowError}
        </Alert>
      )}
      {!error && blockedByProblems && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => (
            <div key={p.line}>{translateDataKey(t, p.key, p.values, 'import.failed')}</div>
          ))}
          {problems.length > MAX_LISTED_PROBLEMS && (
            <div>{t('import.moreProblems', { count: problems.length - MAX_LISTED_PROBLEMS })}</div>
          )}
        </Alert>
      )}
      {!error && problems.length > 0 && contacts.length > 0 && (
        <FormControlLabel
          sx={{ mt: 1 }}
          control={<Checkbox checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} />}
          label={t('import.skipBad')}
        />
      )}
      {loaded?.table && (
        <Box component="section" aria-labelledby="import-mapping" sx={{ mt: 2 }}>
          <Typography id="import-mapping" variant="h6" component="h3">
            {t('import.mapping')}
          </Typography>
          <Grid container spacing={1.5} sx={{ mt: 0.5 }}>
            {CONTACT_FIELDS.map((field) => (
              <Grid key={field} size={{ xs: 6, md: 3 }}>
                <TextField
                  select
                  size="small"
                  fullWidth
                  label={fieldLabel(field, t)}
                  value={mapping[field] ?? -1}
                  onChange={(e) => {
                    const index = Number(e.target.value);
                    const next = { ...mapping };
                    if (index < 0) delete next[field];
                    else next[field] = index;
                    setMapping(next);
                  }}
                >
                  <MenuItem value={-1}>{t('import.noColumn')}</MenuItem>
                  {loaded.table!.headers.map((h, i) => (
                    <MenuItem key={`${h}-${i}`} value={i}>
                      {h || `#${i + 1}`}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
            ))}
          </Grid>
        </Box>
      )}
      {previewRows.length > 0 && (
        <ImportPreview
          rows={previewRows}
          contactCount={contacts.length}
          problemCount={problems.length}
          duplicates={duplicates}
          decisionOf={decisionOf}
          onDecide={(i, action) => setDecisions({ ...decisions, [i]: action })}
        />
      )}
      {contacts.length > 0 && (
        <Box component="section" aria-labelledby="import-consent" sx={{ mt: 2 }}>
          <Typography id="import-consent" variant="h6" component="h3">
            {t('networkEdit.importConsent')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('networkEdit.importConsentHint')}
          </Typography>
          <TextField
            size="small"
            fullWidth
            label={t('networkEdit.importConsentPurpose')}
            value={consentPurpose}
            onChange={(e) => setConsentPurpose(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
        </Box>
      )}
    </FormDialogForm>
  );
}
