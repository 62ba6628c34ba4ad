// "Kennzahlen exportieren": this office's figures of a year as the Kennzahlen file (JSON or CSV).
// The same hooks on the lead's computer read the statistics projection: the same figures.
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  FormControl,
  InputLabel,
  MenuItem,
  Paper,
  Select,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { utf8Encode } from '../../../shared/crypto/bytes';
import { toDay } from '../../../shared/domain/calendarDay';
import { buildKennzahlen } from '../../../shared/kennzahlen/build';
import { kennzahlenCsv } from '../../../shared/kennzahlen/csv';
import { KENNZAHLEN_FORMAT, KENNZAHLEN_VERSION, kennzahlenJson } from '../../../shared/kennzahlen/format';
import { useNow } from '../../components/useNow';
import { host } from '../../host';
import { useKennzahlenInput, useKennzahlenYears } from './useKennzahlenInput';

type Kind = 'json' | 'csv';

/** "Kennzahlen-KI-Musterkreis-2026": the office's name as far as a file name allows. */
export function kennzahlenFileBase(officeName: string, year: number): string {
  const office = officeName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return ['Kennzahlen', office, String(year)].filter(Boolean).join('-');
}

export function KennzahlenExport({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const { t } = useTranslation();
  const now = useNow();
  const input = useKennzahlenInput();
  const years = useKennzahlenYears();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const baseName = useMemo(() => kennzahlenFileBase(input.settings.officeName, year), [input.settings, year]);

  async function save(kind: Kind) {
    setBusy(true);
    setStatus(null);
    try {
      const file = buildKennzahlen(input, year, new Date(), toDay(new Date()));
      const text = kind === 'json' ? kennzahlenJson(file) : kennzahlenCsv(file);
      const saved = await host.saveFile(`${baseName}.${kind}`, utf8Encode(text), [
        { name: kind.toUpperCase(), extensions: [kind] },
      ]);
      if (saved) setStatus({ severity: 'success', text: t(`kennzahlen.exported.${kind}`) });
    } catch {
      setStatus({ severity: 'error', text: t('kennzahlen.exportFailed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper component="section" aria-labelledby="kennzahlen-export-title" sx={{ p: 2 }} className="no-print">
      <Typography id="kennzahlen-export-title" variant="h5" component="h2" gutterBottom>
        {t('kennzahlen.exportTitle')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('kennzahlen.exportIntro')}</Typography>
      <Typography sx={{ mb: 1 }}>{t('kennzahlen.exportPrivacy')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('kennzahlen.formatNote', { format: KENNZAHLEN_FORMAT, version: KENNZAHLEN_VERSION })}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <FormControl sx={{ minWidth: 180 }}>
          <InputLabel id="kennzahlen-year-label">{t('kennzahlen.year')}</InputLabel>
          <Select
            labelId="kennzahlen-year-label"
            label={t('kennzahlen.year')}
            value={String(year)}
            onChange={(e) => onYear(Number(e.target.value))}
          >
            {years.map((y) => (
              <MenuItem key={y} value={String(y)}>
                {y === now.getFullYear() ? t('kennzahlen.currentYear', { year: y }) : String(y)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <Stack direction="row" spacing={1} role="group" aria-label={t('kennzahlen.exportGroup')}>
          <Button variant="contained" disabled={busy} onClick={() => void save('json')}>
            {t('kennzahlen.exportJson')}
          </Button>
          <Button variant="outlined" disabled={busy} onClick={() => void save('csv')}>
            {t('kennzahlen.exportCsv')}
          </Button>
        </Stack>
      </Stack>
      {input.settings.population === null && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t('kennzahlen.noPopulation')}
        </Typography>
      )}
      <Box aria-live="polite" sx={{ mt: status ? 2 : 0 }}>
        {status && <Alert severity={status.severity}>{status.text}</Alert>}
      </Box>
    </Paper>
  );
}
