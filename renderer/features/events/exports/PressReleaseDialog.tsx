// "Pressemitteilung (Entwurf)": the draft shown as the Word file will read, saved as DOCX on request.
import { useMemo, useState } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Paper,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslation } from 'react-i18next';
import { fileStem } from '../../../../shared/outreach/booklet';
import { eventOutputsLabels } from '../../../../shared/outreach/eventOutputsLabels';
import { buildPressRelease, type PressBlock } from '../../../../shared/outreach/pressRelease';
import type { Contribution, Series } from '../../../data/outreach';
import { useOutputInputs, useSaveOutput } from './outputInputs';

const TITLE_ID = 'press-release-title';
const INTRO_ID = 'press-release-intro';

interface Props {
  open: boolean;
  onClose: () => void;
  series: Series;
  contributions: readonly Contribution[];
}

export function PressReleaseDialog({ open, onClose, series, contributions }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      scroll="paper"
      aria-labelledby={TITLE_ID}
      aria-describedby={INTRO_ID}
    >
      {open && <PressContent onClose={onClose} series={series} contributions={contributions} />}
    </Dialog>
  );
}

function PressContent({ onClose, series, contributions }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const { language, organisations, settings } = useOutputInputs();
  const save = useSaveOutput();
  const [busy, setBusy] = useState(false);
  const model = useMemo(
    () =>
      buildPressRelease(series, contributions, organisations, {
        language,
        officeName: settings.officeName,
        district: settings.district,
      }),
    [series, contributions, organisations, language, settings.officeName, settings.district],
  );

  const saveDocx = async () => {
    setBusy(true);
    const file = `${fileStem(eventOutputsLabels(language).fileNames.press, series.title)}.docx`;
    await save(file, 'docx', async () => (await import('./pressReleaseDocx')).pressReleaseDocx(model));
    setBusy(false);
  };

  return (
    <>
      <DialogTitle id={TITLE_ID}>{t('eventExports.press.title')}</DialogTitle>
      <DialogContent dividers tabIndex={0} role="region" aria-labelledby={TITLE_ID}>
        <Typography id={INTRO_ID} variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('eventExports.press.intro')}
        </Typography>
        <Paper
          component="article"
          aria-label={t('eventExports.press.preview')}
          variant="outlined"
          sx={{ p: { xs: 2, sm: 4 } }}
        >
          <Typography variant="overline" component="p">
            {model.kicker}
          </Typography>
          <Typography variant="h5" component="h3" gutterBottom>
            {model.headline}
          </Typography>
          <Typography variant="subtitle1" component="p" color="text.secondary" gutterBottom>
            {model.subheadline}
          </Typography>
          <Typography sx={{ fontWeight: 600, mb: 1.5 }}>
            <Placeholder text={model.dateline} /> {model.lead}
          </Typography>
          {model.body.map((block, i) => (
            <BlockView key={i} block={block} />
          ))}
          <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600, mt: 3, mb: 1 }}>
            {model.contactTitle}
          </Typography>
          {model.contact.map((block, i) => (
            <BlockView key={i} block={block} />
          ))}
        </Paper>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('eventExports.close')}</Button>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          disabled={busy}
          onClick={() => void saveDocx()}
        >
          {busy ? t('eventExports.saving') : t('eventExports.saveDocx')}
        </Button>
      </DialogActions>
    </>
  );
}

/** Highlighted as in the Word file; the brackets say it without the colour, too. */
function Placeholder({ text }: { text: string }) {
  return (
    <Box component="mark" sx={{ bgcolor: '#fff59d', color: '#000', px: 0.25, fontStyle: 'italic' }}>
      {text}
    </Box>
  );
}

function BlockView({ block }: { block: PressBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <Typography sx={{ mb: 1.5 }}>
          {block.placeholder ? <Placeholder text={block.text} /> : block.text}
        </Typography>
      );
    case 'subheading':
      return (
        <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600, mt: 2, mb: 1 }}>
          {block.text}
        </Typography>
      );
    case 'list':
      return (
        <Box component="ul" sx={{ mt: 0, mb: 1.5, pl: 3 }}>
          {block.items.map((item, i) => (
            <Typography key={i} component="li">
              {item}
            </Typography>
          ))}
        </Box>
      );
  }
}
