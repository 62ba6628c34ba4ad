// "Programmheft": the booklet shown full screen as it will print, in A5 or A4. "Als PDF speichern"
// prints it as the Jahresbericht does (host.printToPdf; the print CSS hides the app behind the
// dialog and the dialog's own bar), "Als Word-Datei speichern" writes the same text as DOCX.
import { useMemo, useState } from 'react';
import {
  Alert,
  AppBar,
  Box,
  Button,
  Dialog,
  FormControlLabel,
  GlobalStyles,
  Radio,
  RadioGroup,
  Stack,
  Toolbar,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { buildBooklet, fileStem } from '../../../shared/outreach/booklet';
import { eventOutputsLabels } from '../../../shared/outreach/eventOutputsLabels';
import { PrintOnlyDialog } from '../../components/PrintOnly';
import type { Contribution, Series } from '../../data/outreach';
import { host } from '../../host';
import { BookletDocument, type BookletFormat } from './BookletDocument';
import { useOutputInputs, useSaveOutput } from './exports/outputInputs';

const TITLE_ID = 'booklet-dialog-title';

export function BookletDocumentDialog({
  open,
  onClose,
  series,
  contributions,
}: {
  open: boolean;
  onClose: () => void;
  series: Series;
  contributions: readonly Contribution[];
}) {
  return (
    <Dialog open={open} onClose={onClose} fullScreen aria-labelledby={TITLE_ID} className="booklet-dialog">
      {open && <BookletContent onClose={onClose} series={series} contributions={contributions} />}
    </Dialog>
  );
}

function BookletContent({
  onClose,
  series,
  contributions,
}: {
  onClose: () => void;
  series: Series;
  contributions: readonly Contribution[];
}) {
  const { t } = useTranslation();
  const { language, organisations } = useOutputInputs();
  const save = useSaveOutput();
  const [format, setFormat] = useState<BookletFormat>('A5');
  const [busy, setBusy] = useState<'pdf' | 'docx' | null>(null);
  const booklet = useMemo(
    () => buildBooklet(series, contributions, organisations, { language }),
    [series, contributions, organisations, language],
  );
  const stem = fileStem(eventOutputsLabels(language).fileNames.booklet, series.title);

  const savePdf = async () => {
    setBusy('pdf');
    try {
      // Let the bar's state paint before the page is printed.
      await new Promise((resolve) => setTimeout(resolve, 30));
      await host.printToPdf(`${stem}.pdf`);
    } finally {
      setBusy(null);
    }
  };
  const saveDocx = async () => {
    setBusy('docx');
    await save(`${stem}.docx`, 'docx', async () =>
      (await import('./exports/bookletDocx')).bookletDocx(booklet),
    );
    setBusy(null);
  };

  return (
    <>
      <PrintOnlyDialog />
      {/* The full-screen paper scrolls on screen; in print it grows with its pages. */}
      <GlobalStyles
        styles={{
          '@media print': {
            '.booklet-dialog .MuiDialog-paper': { height: 'auto !important', bgcolor: '#fff' },
          },
        }}
      />
      <AppBar position="sticky" color="default" elevation={1} className="no-print">
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap', py: 1 }}>
          <Typography id={TITLE_ID} variant="h6" component="h2" sx={{ flex: '1 1 auto' }}>
            {t('eventExports.booklet.title')}: {series.title}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography id="booklet-format-label" variant="body2">
              {t('eventExports.booklet.format')}
            </Typography>
            <RadioGroup
              row
              aria-labelledby="booklet-format-label"
              value={format}
              onChange={(e) => setFormat(e.target.value as BookletFormat)}
            >
              <FormControlLabel
                value="A5"
                control={<Radio size="small" />}
                label={t('eventExports.booklet.a5')}
              />
              <FormControlLabel
                value="A4"
                control={<Radio size="small" />}
                label={t('eventExports.booklet.a4')}
              />
            </RadioGroup>
          </Stack>
          <Button
            variant="contained"
            disabled={busy !== null}
            onClick={() => void savePdf()}
            aria-describedby="booklet-pdf-hint"
          >
            {t('eventExports.booklet.savePdf')}
          </Button>
          <Button variant="outlined" disabled={busy !== null} onClick={() => void saveDocx()}>
            {busy === 'docx' ? t('eventExports.saving') : t('eventExports.saveDocx')}
          </Button>
          <Button onClick={onClose}>{t('eventExports.close')}</Button>
        </Toolbar>
        <Typography id="booklet-pdf-hint" variant="body2" color="text.secondary" sx={{ px: 3, pb: 1 }}>
          {host.kind === 'desktop'
            ? t('eventExports.booklet.hintDesktop')
            : t('eventExports.booklet.hintBrowser')}
        </Typography>
      </AppBar>
      <Box
        sx={{
          bgcolor: 'grey.200',
          flex: 1,
          overflow: 'auto',
          pb: 3,
          '@media print': { bgcolor: '#fff', overflow: 'visible', p: 0 },
        }}
        // The preview scrolls: focusable, so keyboard users can scroll it too (WCAG 2.1.1).
        tabIndex={0}
        role="region"
        aria-label={t('eventExports.booklet.preview')}
      >
        {booklet.entries.length === 0 && (
          <Alert severity="info" className="no-print" sx={{ m: 3, mb: 0 }}>
            {t('eventExports.booklet.empty')}
          </Alert>
        )}
        <BookletDocument booklet={booklet} format={format} label={t('eventExports.booklet.preview')} />
      </Box>
    </>
  );
}
