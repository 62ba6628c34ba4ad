// The contact import's preview: every row of the file in its order — a good row as it will be taken
// over (with the choice for a likely duplicate), a bad row marked with its line, field and reason.
import {
  Box,
  Chip,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { phoneWithMobile, type ImportedContact, type RowProblem } from '../../../shared/codecs/contactsCsv';
import { personName, type Person } from '../../../shared/domain/network';
import type { ImportDecision } from '../../data/network';

export type PreviewRow =
  { line: number; contact: ImportedContact; index: number } | { line: number; problem: RowProblem };

type Action = ImportDecision['action'];

// A larger file is still imported whole; the preview shows its beginning.
const MAX_PREVIEW_ROWS = 500;

export function ImportPreview({
  rows,
  contactCount,
  problemCount,
  duplicates,
  decisionOf,
  onDecide,
}: {
  rows: readonly PreviewRow[];
  contactCount: number;
  problemCount: number;
  duplicates: ReadonlyArray<Person | undefined>;
  decisionOf: (index: number) => Action;
  onDecide: (index: number, action: Action) => void;
}) {
  const { t } = useTranslation();

  const contactRow = (c: ImportedContact, i: number) => (
    <TableRow key={`${c.line}-${i}`}>
      <TableCell>{c.line}</TableCell>
      <TableCell>{c.firstName}</TableCell>
      <TableCell>{c.lastName}</TableCell>
      <TableCell>{c.organisation}</TableCell>
      <TableCell>{c.email}</TableCell>
      <TableCell>{phoneWithMobile(c.phone, c.mobile)}</TableCell>
      <TableCell>
        {c.address}
        {c.address && c.organisation && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {t('import.addressToOrganisation')}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {duplicates[i] && (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <Chip
              size="small"
              color="warning"
              label={t('import.duplicate', { name: personName(duplicates[i]) })}
            />
            <TextField
              select
              size="small"
              value={decisionOf(i)}
              onChange={(e) => onDecide(i, e.target.value as Action)}
              slotProps={{ htmlInput: { 'aria-label': t('import.decision', { line: c.line }) } }}
            >
              {(['skip', 'merge', 'new'] as const).map((a) => (
                <MenuItem key={a} value={a}>
                  {t(`import.decisions.${a}`)}
                </MenuItem>
              ))}
            </TextField>
          </Box>
        )}
      </TableCell>
    </TableRow>
  );

  return (
    <Box
      component="section"
      aria-labelledby="import-preview"
      sx={{ mt: 2, maxHeight: 360, overflow: 'auto' }}
    >
      <Typography id="import-preview" variant="h6" component="h3">
        {problemCount > 0
          ? t('import.previewWithProblems', {
              count: contactCount,
              lines: t('import.lines', { count: problemCount }),
            })
          : t('import.preview', { count: contactCount })}
      </Typography>
      <Table size="small" aria-labelledby="import-preview">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>{t('import.fields.firstName')}</TableCell>
            <TableCell>{t('import.fields.lastName')}</TableCell>
            <TableCell>{t('import.fields.organisation')}</TableCell>
            <TableCell>{t('import.fields.email')}</TableCell>
            <TableCell>{t('import.fields.phone')}</TableCell>
            <TableCell>{t('network.org.address')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.slice(0, MAX_PREVIEW_ROWS).map((row) =>
            'problem' in row ? (
              <TableRow
                key={`problem-${row.line}`}
                sx={{ bgcolor: (theme) => alpha(theme.palette.error.main, 0.08) }}
              >
                <TableCell>{row.line}</TableCell>
                <TableCell colSpan={7}>
                  <Chip size="small" color="error" label={t('import.badRow')} sx={{ mr: 1 }} />
                  {t(
                    `import.${row.problem.key.startsWith('import.card') ? 'cardProblems' : 'rowProblems'}.${row.problem.field}`,
                    row.problem.values,
                  )}
                </TableCell>
              </TableRow>
            ) : (
              contactRow(row.contact, row.index)
            ),
          )}
        </TableBody>
      </Table>
    </Box>
  );
}
