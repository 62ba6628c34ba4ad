// "Kennzahlen vergleichen": several offices' Kennzahlen files side by side. Each file is checked on its
// own: a broken one is named with what is wrong, the others load. The files stay in this screen's
// memory only (they are other offices' figures, not this vault's records).
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  GlobalStyles,
  IconButton,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import { populationSchema } from '../../../shared/domain/settings';
import { buildKennzahlen } from '../../../shared/kennzahlen/build';
import { compareOffices } from '../../../shared/kennzahlen/compare';
import type { KennzahlenFile, KennzahlenProblem } from '../../../shared/kennzahlen/format';
import { MAX_FILE_BYTES, readKennzahlen } from '../../../shared/kennzahlen/read';
import { NumberTextField } from '../../components/NumberTextField';
import { useFormat } from '../../components/useFormat';
import { host } from '../../host';
import { CompareResults } from './CompareResults';
import { officeLabels } from './figureText';
import { useKennzahlenInput } from './useKennzahlenInput';

interface Loaded {
  key: string;
  fileName: string;
  file: KennzahlenFile;
}

type Problem = KennzahlenProblem | 'kennzahlen.errors.tooLarge' | 'kennzahlen.errors.duplicate';

/** Two files are the same when they are the same office's export of the same moment. */
// One office and year, whatever the file's format or day of making: its JSON and its CSV, or a file
// and "Eigene Kennzahlen", would otherwise count the office twice in the totals.
const identity = (f: KennzahlenFile) => JSON.stringify([f.office.name, f.office.district, f.year]);

export function KennzahlenCompare({ year }: { year: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const own = useKennzahlenInput();
  const [loaded, setLoaded] = useState<Loaded[]>([]);
  const [problems, setProblems] = useState<Array<{ name: string; problem: Problem }>>([]);
  // What is typed per office, also while it is no valid Einwohnerzahl (NaN, 0): the field keeps the
  // text and says why; only valid ones are counted.
  const [typedPopulation, setPopulation] = useState<Record<string, number | null>>({});
  const population = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(typedPopulation).map(([key, v]) => [key, validPopulation(v) ? v : null]),
      ),
    [typedPopulation],
  );
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);
  const [status, setStatus] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const counter = useRef(0);

  const comparison = useMemo(
    () => (loaded.length ? compareOffices(loaded, population) : null),
    [loaded, population],
  );
  const names = comparison ? officeLabels(comparison.offices) : [];
  const years = [...new Set(loaded.map((l) => l.file.year))].sort();

  const add = (entries: Array<{ fileName: string; file: KennzahlenFile }>, found: typeof problems) => {
    const next = [...loaded];
    for (const e of entries) {
      if (next.some((l) => identity(l.file) === identity(e.file))) {
        found.push({ name: e.fileName, problem: 'kennzahlen.errors.duplicate' });
        continue;
      }
      next.push({ key: `office-${++counter.current}`, ...e });
    }
    setLoaded(next);
    setProblems(found);
  };

  async function onFiles(e: ChangeEvent<HTMLInputElement>) {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    const found: typeof problems = [];
    const entries: Array<{ fileName: string; file: KennzahlenFile }> = [];
    for (const f of files) {
      if (f.size > MAX_FILE_BYTES) {
        found.push({ name: f.name, problem: 'kennzahlen.errors.tooLarge' });
        continue;
      }
      const result = readKennzahlen(await f.text());
      if (result.ok) entries.push({ fileName: f.name, file: result.file });
      else found.push({ name: f.name, problem: result.problem });
    }
    add(entries, found);
  }

  const addOwn = () =>
    add(
      [
        {
          fileName: t('kennzahlen.ownName'),
          file: buildKennzahlen(own, year, new Date(), toDay(new Date())),
        },
      ],
      [],
    );

  async function runExport(kind: 'pdf' | 'xlsx') {
    if (!comparison) return;
    setBusy(kind);
    setStatus(null);
    // Let the progress bar paint before the work starts.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const base = `${t('kennzahlen.comparisonFileName')}-${years.join('-')}`;
    try {
      let saved: boolean;
      if (kind === 'pdf') saved = await host.printToPdf(`${base}.pdf`);
      else {
        const { comparisonXlsx } = await import('./comparisonXlsx');
        saved = await host.saveFile(`${base}.xlsx`, await comparisonXlsx(comparison, t, fmt, new Date()), [
          { name: 'Excel', extensions: ['xlsx'] },
        ]);
      }
      if (saved) setStatus({ severity: 'success', text: t(`kennzahlen.exportedComparison.${kind}`) });
    } catch {
      setStatus({ severity: 'error', text: t('kennzahlen.exportFailed') });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack component="section" aria-labelledby="kennzahlen-compare-title" spacing={2} id="kennzahlen-compare">
      {/* Printing the comparison: the whole of it, not the scrolled part of the screen. */}
      <GlobalStyles
        styles={{
          '@media print': {
            '*:has(#kennzahlen-compare)': { overflow: 'visible !important', height: 'auto !important' },
            '.MuiTabs-root, .kennzahlen-population-input': { display: 'none !important' },
          },
        }}
      />
      <Paper sx={{ p: 2 }}>
        <Typography id="kennzahlen-compare-title" variant="h5" component="h2" gutterBottom>
          {t('kennzahlen.compareTitle')}
        </Typography>
        <Typography sx={{ mb: 2 }} className="no-print">
          {t('kennzahlen.compareIntro')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }} className="no-print">
          <Button component="label" variant="contained" startIcon={<UploadFileIcon />}>
            {t('kennzahlen.chooseFiles')}
            <input
              hidden
              multiple
              type="file"
              accept=".json,.csv,application/json,text/csv"
              onChange={(e) => void onFiles(e)}
              aria-label={t('kennzahlen.chooseFiles')}
            />
          </Button>
          <Button variant="outlined" onClick={addOwn}>
            {t('kennzahlen.addOwn', { year })}
          </Button>
        </Stack>
        <Box aria-live="polite" className="no-print">
          {problems.map((p, i) => (
            <Alert key={`${p.name}-${i}`} severity="error" sx={{ mt: 2 }}>
              {t('kennzahlen.fileProblem', { name: p.name, problem: t(p.problem) })}
            </Alert>
          ))}
        </Box>
        <Typography variant="h6" component="h3" sx={{ mt: 2 }}>
          {t('kennzahlen.loadedTitle')}
        </Typography>
        {comparison ? (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={t('kennzahlen.loadedTitle')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('kennzahlen.columns.office')}</TableCell>
                  <TableCell>{t('kennzahlen.columns.district')}</TableCell>
                  <TableCell align="right">{t('kennzahlen.columns.year')}</TableCell>
                  <TableCell align="right">{t('kennzahlen.columns.quarters')}</TableCell>
                  <TableCell align="right">{t('kennzahlen.columns.population')}</TableCell>
                  <TableCell className="no-print">{t('kennzahlen.columns.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {comparison.offices.map((o, i) => {
                  const { file, key } = loaded[i]!;
                  return (
                    <TableRow key={key}>
                      <TableCell component="th" scope="row">
                        {names[i]}
                      </TableCell>
                      <TableCell>{o.district}</TableCell>
                      <TableCell align="right">{o.year}</TableCell>
                      <TableCell align="right">{o.quarters}</TableCell>
                      <TableCell align="right">
                        {file.office.population !== null ? (
                          fmt.count(file.office.population)
                        ) : (
                          <NumberTextField
                            kind="count"
                            size="small"
                            value={typedPopulation[key] ?? null}
                            onChange={(v) => setPopulation((p) => ({ ...p, [key]: v }))}
                            {...(outOfRange(typedPopulation[key])
                              ? { error: true, helperText: t('kennzahlen.populationRange') }
                              : {})}
                            slotProps={{
                              htmlInput: {
                                'aria-label': t('kennzahlen.populationFor', { office: names[i] }),
                              },
                            }}
                            className="kennzahlen-population-input"
                            sx={{ width: 150 }}
                          />
                        )}
                      </TableCell>
                      <TableCell className="no-print">
                        <Tooltip title={t('kennzahlen.remove')}>
                          <IconButton
                            aria-label={t('kennzahlen.removeOffice', { office: names[i] })}
                            onClick={() => setLoaded((l) => l.filter((x) => x.key !== key))}
                          >
                            <DeleteIcon />
                          </IconButton>
                        </Tooltip>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        ) : (
          <Typography color="text.secondary">{t('kennzahlen.none')}</Typography>
        )}
        {years.length > 1 && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {t('kennzahlen.yearsDiffer', { years: years.join(', ') })}
          </Alert>
        )}
        {comparison && (
          <Box className="no-print" sx={{ mt: 2 }}>
            <Stack direction="row" spacing={1} role="group" aria-label={t('kennzahlen.exportComparison')}>
              {(['pdf', 'xlsx'] as const).map((kind) => (
                <Button
                  key={kind}
                  variant={kind === 'pdf' ? 'contained' : 'outlined'}
                  disabled={busy !== null}
                  onClick={() => void runExport(kind)}
                >
                  {kind.toUpperCase()}
                </Button>
              ))}
            </Stack>
            <Box aria-live="polite" sx={{ mt: 1 }}>
              {busy && <LinearProgress aria-label={t('kennzahlen.exportComparison')} />}
              {status && <Alert severity={status.severity}>{status.text}</Alert>}
            </Box>
          </Box>
        )}
      </Paper>
      {comparison && <CompareResults comparison={comparison} />}
    </Stack>
  );
}

function validPopulation(v: number | null | undefined): v is number {
  return populationSchema.safeParse(v).success;
}

/** A number that is no Einwohnerzahl ("0", "2,5"); text that is no number the field names itself. */
function outOfRange(v: number | null | undefined): boolean {
  return typeof v === 'number' && !Number.isNaN(v) && !validPopulation(v);
}
