// "Wegweiser ausgeben": the guide as it will be printed (only offers whose provider consented), with
// its outputs — PDF printed by Chromium as the Jahresbericht is, DOCX, and the Open Referral HSDS
// export (all tables as JSON, the services table as CSV) for portals and district websites.
import { useMemo, useState } from 'react';
import { Alert, Box, Button, Dialog, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { utf8Encode } from '../../../shared/crypto/bytes';
import { toDay } from '../../../shared/domain/calendarDay';
import { guideDocument } from '../../../shared/outreach/guideDocument';
import { guideHsds, hsdsJson, hsdsServicesCsv } from '../../../shared/outreach/guideHsds';
import { PrintOnlyDialog } from '../../components/PrintOnly';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { useOrganisations, useOutreachFile, useSettings } from '../../data/hooks';
import { host } from '../../host';
import { GuideDocument } from './GuideDocument';
import { guideLabels, type GuideMeta } from './guideLabels';

type Kind = 'pdf' | 'docx' | 'hsdsJson' | 'hsdsCsv';
const KINDS: readonly Kind[] = ['pdf', 'docx', 'hsdsJson', 'hsdsCsv'];

export function GuideOutputDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullScreen
      aria-labelledby="guide-output-title"
      // Printed, the pages flow on: no fixed height, no flex column cutting them off.
      slotProps={{ paper: { sx: { '@media print': { height: 'auto', display: 'block' } } } }}
    >
      {open && <GuideOutput onClose={onClose} />}
      {open && <PrintOnlyDialog />}
    </Dialog>
  );
}

function GuideOutput({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = toDay(useNow());
  const { offers } = useOutreachFile();
  const organisations = useOrganisations();
  const settings = useSettings();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  const L = useMemo(() => guideLabels(t), [t]);
  const model = useMemo(
    () => guideDocument(offers, organisations, settings.lists, t('guide.otherChapter')),
    [offers, organisations, settings.lists, t],
  );
  const meta: GuideMeta = {
    officeName: settings.officeName,
    district: settings.district,
    asOf: t('guide.document.asOf', { day: fmt.day(today) }),
  };
  const stem = `${t('guide.outputDialog.file')}_${today}`;

  async function run(kind: Kind) {
    setBusy(kind);
    setStatus(null);
    // Let the progress bar paint before the work starts.
    await new Promise((resolve) => setTimeout(resolve, 30));
    try {
      let saved: boolean;
      if (kind === 'pdf') saved = await host.printToPdf(`${stem}.pdf`);
      else if (kind === 'docx') {
        const { guideDocx } = await import('./exports/guideDocx');
        saved = await host.saveFile(`${stem}.docx`, await guideDocx(model, meta, L), [
          { name: 'Word', extensions: ['docx'] },
        ]);
      } else {
        const data = guideHsds(offers, organisations, settings.lists, settings.district);
        saved =
          kind === 'hsdsJson'
            ? await host.saveFile(`${stem}_HSDS.json`, utf8Encode(hsdsJson(data)), [
                { name: 'JSON', extensions: ['json'] },
              ])
            : await host.saveFile(`${stem}_HSDS_services.csv`, utf8Encode(hsdsServicesCsv(data)), [
                { name: 'CSV', extensions: ['csv'] },
              ]);
      }
      if (saved)
        setStatus({
          severity: 'success',
          text: t('guide.outputDialog.exported', { kind: t(`guide.outputDialog.${kind}`) }),
        });
    } catch {
      setStatus({ severity: 'error', text: t('guide.outputDialog.failed') });
    } finally {
      setBusy(null);
    }
  }

  const empty = model.offerCount === 0;
  return (
    <>
      <Box className="no-print" sx={{ displayPrint: 'none', borderBottom: 1, borderColor: 'divider' }}>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap', px: 3, py: 1.5 }}
        >
          <DialogTitle id="guide-output-title" sx={{ p: 0, flex: 1 }}>
            {t('guide.output')}
          </DialogTitle>
          <Stack direction="row" spacing={1} role="group" aria-label={t('guide.outputDialog.formats')}>
            {KINDS.map((kind) => (
              <Button
                key={kind}
                variant={kind === 'pdf' ? 'contained' : 'outlined'}
                disabled={empty || busy !== null}
                onClick={() => void run(kind)}
                aria-describedby="guide-output-hint"
              >
                {t(`guide.outputDialog.${kind}`)}
              </Button>
            ))}
          </Stack>
          <Button onClick={onClose}>{t('guide.outputDialog.close')}</Button>
        </Stack>
        <Typography id="guide-output-hint" variant="body2" color="text.secondary" sx={{ px: 3 }}>
          {host.kind === 'desktop'
            ? t('guide.outputDialog.hintDesktop')
            : t('guide.outputDialog.hintBrowser')}
        </Typography>
        <Box aria-live="polite" sx={{ minHeight: 40, px: 3, py: 0.5 }}>
          {busy && (
            <>
              <Typography variant="body2">
                {t('guide.outputDialog.exporting', { kind: t(`guide.outputDialog.${busy}`) })}
              </Typography>
              <LinearProgress
                aria-label={t('guide.outputDialog.exporting', { kind: t(`guide.outputDialog.${busy}`) })}
              />
            </>
          )}
          {status && <Alert severity={status.severity}>{status.text}</Alert>}
        </Box>
      </Box>
      <Box
        // Scrolls on its own: reachable by keyboard (arrow keys, Page Down) once focused.
        tabIndex={0}
        role="region"
        aria-label={t('guide.outputDialog.preview')}
        sx={{
          flex: 1,
          overflow: 'auto',
          bgcolor: 'grey.200',
          '@media print': { bgcolor: '#fff', overflow: 'visible' },
        }}
      >
        {empty ? (
          <Alert severity="info" sx={{ m: 3 }}>
            {t('guide.outputDialog.noneConsented')}
          </Alert>
        ) : (
          <GuideDocument model={model} meta={meta} L={L} />
        )}
      </Box>
    </>
  );
}
