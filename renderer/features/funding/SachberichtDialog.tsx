// "Sachbericht" on a Vorhaben: the narrative report of the Verwendungsnachweis, pre-filled with the
// period's figures from the activity log (the annual report built for the Vorhaben's from…to, from
// the same records the Jahresbericht reads) and the money from the financing plan and the receipts.
// Shown first as a preview; "Als Word-Datei speichern" writes the same text as DOCX (the writer is
// loaded on first use) for the office to finish in Word.
import { useMemo, useState } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/settings';
import type { ProjectData, ReceiptData } from '../../../shared/funding/fundingRecords';
import {
  buildSachbericht,
  type Sachbericht,
  type SachberichtBlock,
  type SachberichtTable,
} from '../../../shared/funding/sachbericht';
import { buildAnnualReport } from '../../../shared/report/annualReport';
import { formatReportDay } from '../../../shared/report/reportExportRows';
import { DefinitionList } from '../../components/DefinitionList';
import { useDialogs } from '../../components/dialogs';
import {
  useActivities,
  useAllInquiries,
  useFollowups,
  useOrganisations,
  usePersons,
  useSettings,
} from '../../data/hooks';
import { readReportTexts } from '../../data/reports';
import { useStoreVersion, useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { fundingFileStem } from './fileName';

const TITLE_ID = 'sachbericht-title';
const INTRO_ID = 'sachbericht-intro';

export interface SachberichtDialogProps {
  open: boolean;
  onClose: () => void;
  project: ProjectData;
  /** The Vorhaben's receipts (as for budgetFigures). */
  receipts: readonly ReceiptData[];
}

export function SachberichtDialog({ open, onClose, project, receipts }: SachberichtDialogProps) {
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
      {/* Built per opening: the report over all records is not worked out while the dialog is closed. */}
      {open && <SachberichtContent onClose={onClose} project={project} receipts={receipts} />}
    </Dialog>
  );
}

function SachberichtContent({ onClose, project, receipts }: Omit<SachberichtDialogProps, 'open'>) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const { notify } = useDialogs();
  const { vault } = useVaultSession();
  useStoreVersion();
  // The same records the Jahresbericht reads (ReportScreen), for the Vorhaben's period.
  const settings = useSettings();
  const inquiries = useAllInquiries();
  const followups = useFollowups();
  const activities = useActivities();
  const organisations = useOrganisations();
  const persons = usePersons();
  const texts = readReportTexts(vault.store, project.from, project.to);
  // "Stand": the moment the dialog was opened.
  const [createdAt] = useState(() => new Date());
  const [busy, setBusy] = useState(false);

  const model = useMemo(() => {
    const report = buildAnnualReport(
      { inquiries, followups, activities, organisations, persons, settings, texts },
      { from: project.from, to: project.to },
      { language, createdAt },
    );
    return buildSachbericht(project, receipts, report, {
      language,
      officeName: settings.officeName,
      createdAt: createdAt.toISOString(),
    });
  }, [
    inquiries,
    followups,
    activities,
    organisations,
    persons,
    settings,
    texts,
    project,
    receipts,
    language,
    createdAt,
  ]);

  const save = async () => {
    const file = `${fundingFileStem(t('funding.sachbericht.file'), project.title)}.docx`;
    setBusy(true);
    try {
      const { sachberichtDocx } = await import('./exports/sachberichtDocx');
      const bytes = await sachberichtDocx(model);
      if (await host.saveFile(file, bytes, [{ name: 'Word', extensions: ['docx'] }])) {
        // Done: the dialog closes (the message about the file lay over its buttons at 1366×768).
        onClose();
        notify({ key: 'funding.exports.saved', params: { file } });
      }
    } catch {
      notify({ key: 'funding.exports.failed' });
    } finally {
      setBusy(false);
    }
  };

  const period = `${formatReportDay(project.from, language)} – ${formatReportDay(project.to, language)}`;
  return (
    <>
      <DialogTitle id={TITLE_ID}>{t('funding.sachbericht.title')}</DialogTitle>
      {/* The preview scrolls: focusable, so keyboard users can scroll it too (WCAG 2.1.1). */}
      <DialogContent dividers tabIndex={0} role="region" aria-labelledby={TITLE_ID}>
        <Typography id={INTRO_ID} variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('funding.sachbericht.intro', { period })}
        </Typography>
        <SachberichtPreview model={model} label={t('funding.sachbericht.preview')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('funding.sachbericht.close')}</Button>
        <Button variant="contained" startIcon={<DownloadIcon />} disabled={busy} onClick={() => void save()}>
          {busy ? t('funding.sachbericht.saving') : t('funding.sachbericht.save')}
        </Button>
      </DialogActions>
    </>
  );
}

/** The document as the Word file will read: the dialog's title is h2, so the document starts at h3. */
function SachberichtPreview({ model, label }: { model: Sachbericht; label: string }) {
  return (
    <Paper component="article" aria-label={label} variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
      <Typography variant="h5" component="h3" gutterBottom>
        {model.title}
      </Typography>
      <DefinitionList items={model.titleBlock} />
      {model.sections.map((section) => (
        <Box
          key={section.id}
          component="section"
          aria-labelledby={`sachbericht-${section.id}`}
          sx={{ mt: 4 }}
        >
          <Typography id={`sachbericht-${section.id}`} variant="h6" component="h4" gutterBottom>
            {section.number}. {section.title}
          </Typography>
          {section.blocks.map((block, i) => (
            <BlockView key={i} block={block} />
          ))}
        </Box>
      ))}
      <Box sx={{ mt: 5 }}>
        {model.closing.map((line) => (
          <Typography key={line} sx={{ mt: 2 }}>
            {line}
          </Typography>
        ))}
      </Box>
    </Paper>
  );
}

function BlockView({ block }: { block: SachberichtBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return block.placeholder ? (
        // Highlighted as in the Word file; the brackets say it without the colour, too.
        <Typography sx={{ mb: 1.5, fontStyle: 'italic' }}>
          <Box component="mark" sx={{ bgcolor: '#fff59d', color: '#000', px: 0.25 }}>
            {block.text}
          </Box>
        </Typography>
      ) : (
        <Typography sx={{ mb: 1.5 }}>{block.text}</Typography>
      );
    case 'subheading':
      return (
        <Typography variant="subtitle1" component="h5" sx={{ fontWeight: 600, mt: 3, mb: 1 }}>
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
    case 'table':
      return <TableView table={block.table} />;
  }
}

function TableView({ table }: { table: SachberichtTable }) {
  const align = (i: number) => table.align[i] ?? 'left';
  const cells = (row: string[], bold: boolean) =>
    row.map((text, i) =>
      i === 0 ? (
        <TableCell key={i} component="th" scope="row" sx={{ fontWeight: bold ? 700 : 400 }}>
          {text}
        </TableCell>
      ) : (
        <TableCell key={i} align={align(i)} sx={{ fontWeight: bold ? 700 : 400, whiteSpace: 'nowrap' }}>
          {text}
        </TableCell>
      ),
    );
  return (
    <TableContainer sx={{ my: 2 }}>
      <Table size="small">
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: '0 0 4px', color: 'inherit' }}>
          <Typography component="span" sx={{ fontWeight: 600 }}>
            {table.title}
          </Typography>
          {table.note && (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
              {table.note}
            </Typography>
          )}
        </caption>
        <TableHead>
          <TableRow>
            {table.header.map((text, i) => (
              <TableCell key={i} scope="col" align={align(i)} sx={{ fontWeight: 600 }}>
                {text}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((row, i) => (
            <TableRow key={i}>{cells(row, false)}</TableRow>
          ))}
          {table.total && <TableRow>{cells(table.total, true)}</TableRow>}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
