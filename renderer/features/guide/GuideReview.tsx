// "Ist das noch aktuell?": the offers due for their yearly check with their providers' contacts, a
// CSV for the mail merge, and "Heute geprüft" once a provider has confirmed (or corrected) its offer.
import { useState } from 'react';
import {
  Box,
  Button,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useTranslation } from 'react-i18next';
import { utf8Encode } from '../../../shared/crypto/bytes';
import type { Language } from '../../../shared/domain/settings';
import { reviewCsv, type ReviewEntry } from '../../../shared/outreach/guideReview';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { visuallyHidden } from '../../components/visuallyHidden';
import { getOutreach, saveOutreach } from '../../data/outreach';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';

/** Amber with dark text: MUI's filled warning chip misses AA contrast. */
export const STALE_SX = { bgcolor: '#fff3e0', color: '#7a4100', fontWeight: 600 } as const;

export function GuideReview({ entries, today }: { entries: readonly ReviewEntry[]; today: string }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const [busy, setBusy] = useState<string | null>(null);

  const exportCsv = async () => {
    const name = `${t('guide.review.csvFile')}_${today}.csv`;
    const saved = await host.saveFile(name, utf8Encode(reviewCsv(entries, language)), [
      { name: 'CSV', extensions: ['csv'] },
    ]);
    if (saved) notify(t('guide.review.exported'));
  };

  const markChecked = async (entry: ReviewEntry) => {
    const data = getOutreach(vault.store, entry.offerId);
    if (data?.kind !== 'offer') return;
    setBusy(entry.offerId);
    try {
      // Durable before the message: the row leaves the list when the write has committed.
      await saveOutreach(vault, entry.offerId, { ...data, checkedOn: today });
      notify(t('guide.review.markedChecked', { title: entry.offerTitle }));
    } catch {
      notify(t('inquiries.saveFailed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper component="section" aria-labelledby="guide-review-title" sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', mb: 1 }}>
        <Stack sx={{ flex: 1 }}>
          <Typography id="guide-review-title" variant="h6" component="h2">
            {t('guide.review.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('guide.review.intro', { day: fmt.day(today) })}
          </Typography>
        </Stack>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={entries.length === 0}
          onClick={() => void exportCsv()}
          sx={{ flexShrink: 0 }}
        >
          {t('guide.review.csv')}
        </Button>
      </Stack>
      {entries.length === 0 ? (
        <Typography color="text.secondary">{t('guide.review.none')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('guide.review.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('guide.columns.provider')}</TableCell>
                <TableCell>{t('guide.columns.title')}</TableCell>
                <TableCell>{t('guide.columns.contact')}</TableCell>
                <TableCell>{t('guide.columns.checkedOn')}</TableCell>
                <TableCell>
                  <Box component="span" sx={visuallyHidden}>
                    {t('guide.columns.action')}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((e) => (
                <TableRow key={e.offerId} hover>
                  <TableCell>{e.organisation || '–'}</TableCell>
                  <TableCell>{e.offerTitle}</TableCell>
                  <TableCell>
                    {[e.contact, e.email, e.phone].filter(Boolean).map((line) => (
                      <Typography key={line} variant="body2">
                        {line}
                      </Typography>
                    ))}
                  </TableCell>
                  <TableCell>
                    {e.checkedOn ? (
                      <Chip size="small" sx={STALE_SX} label={fmt.day(e.checkedOn)} />
                    ) : (
                      <Chip size="small" sx={STALE_SX} label={t('guide.neverChecked')} />
                    )}
                  </TableCell>
                  <TableCell align="right">
                    <Button
                      size="small"
                      disabled={busy !== null}
                      aria-label={t('guide.review.checkedTodayLabel', { title: e.offerTitle })}
                      onClick={() => void markChecked(e)}
                    >
                      {t('guide.review.checkedToday')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}
