// The report as A4 pages: a title page, then one page (or more) per section with the office's text,
// tables with the previous year beside the current one, and the month-by-month chart.
import { memo, useRef, useState } from 'react';
import {
  Box,
  Button,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/settings';
import {
  rowChange,
  type AnnualReport,
  type ReportSection,
  type ReportTable,
} from '../../../shared/report/annualReport';
import {
  formatChange,
  formatReportDay,
  reportCreatedDay,
  reportHeading,
  formatReportValue,
} from '../../../shared/report/reportExportRows';
import { reportLabels } from '../../../shared/report/reportLabels';
import { saveReportText } from '../../data/reports';
import { useVaultSession } from '../../data/VaultContext';
import { useLeadMode, useSettings } from '../../data/hooks';
import { goalsOutline } from '../../../shared/report/goalsOutline';
import { DrawnAfter } from '../../components/DrawnAfter';

const CURRENT_COLOUR = '#0072B2';
/** The Landesintegrationskonzept's "Ziele und Indikatoren": written per Handlungsfeld. */
const GOALS_SECTION = 'lik-ziele';
const PREVIOUS_COLOUR = '#E69F00';

/** A4 at 96 dpi on screen; in print the page box itself is A4 (see the @page rule). */
const pageSx = {
  width: '210mm',
  minHeight: '297mm',
  mx: 'auto',
  my: 3,
  px: '18mm',
  py: '16mm',
  boxSizing: 'border-box',
  '@media print': {
    width: 'auto',
    minHeight: 0,
    m: 0,
    p: 0,
    boxShadow: 'none',
    breakBefore: 'page',
  },
} as const;

/** The title page: printed alone, each section then starts a page of its own. */
const coverSx = { ...pageSx, '@media print': { ...pageSx['@media print'], breakBefore: 'auto' } } as const;

export const ReportDocument = memo(function ReportDocument({ report }: { report: AnnualReport }) {
  const L = reportLabels(report.language);
  const day = (d: string) => formatReportDay(d, report.language);
  const created = reportCreatedDay(report);
  // One line in the page's margin beside "Seite 2 von 9": long titles and office names are shortened.
  const footer = `${shorten(report.title, 40)} ${shorten(report.officeName, 50)} · ${day(report.from)} – ${day(report.to)} · ${L.createdAt} ${created}`;
  return (
    <Box component="article" aria-label={report.title} className="report-document">
      {/* Page numbers and the footer line in the printed margins (CSS paged media). */}
      <style>{`@media print {
  @page { size: A4; margin: 16mm 16mm 20mm 16mm;
    @bottom-left { content: ${cssString(footer)}; font: 8pt system-ui, Arial, sans-serif; color: #444; }
    @bottom-right { content: ${cssString(`${L.page} `)} counter(page) ${cssString(` ${L.pageOf} `)} counter(pages); font: 8pt system-ui, Arial, sans-serif; color: #444; white-space: nowrap; }
  }
  html, body, #root { height: auto !important; overflow: visible !important; }
}`}</style>
      <Paper sx={coverSx} elevation={2}>
        <Typography variant="h3" component="h2" sx={{ mt: 8 }}>
          {reportHeading(report)}
        </Typography>
        <Typography variant="h6" component="p" color="text.secondary" gutterBottom>
          {report.subtitle}
        </Typography>
        <Box
          component="dl"
          sx={{ mt: 6, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 1.5, columnGap: 4 }}
        >
          {(
            [
              [L.office, report.officeName],
              [L.district, report.district || '–'],
              [L.period, `${day(report.from)} – ${day(report.to)}`],
              [L.previousPeriod, `${day(report.previousFrom)} – ${day(report.previousTo)}`],
              [L.team, report.team.join(', ') || '–'],
              [L.createdAt, created],
            ] as const
          ).map(([term, value]) => (
            <Box key={term} sx={{ display: 'contents' }}>
              <Typography component="dt" sx={{ fontWeight: 600 }}>
                {term}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 8 }}>
          {L.aggregatesOnly}
        </Typography>
      </Paper>
      {report.sections.map((section) => (
        <Paper
          key={section.id}
          sx={pageSx}
          elevation={2}
          component="section"
          aria-labelledby={`report-${section.id}`}
        >
          <SectionView section={section} report={report} />
        </Paper>
      ))}
    </Box>
  );
});

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

function SectionView({ section, report }: { section: ReportSection; report: AnnualReport }) {
  const L = reportLabels(report.language);
  return (
    <>
      <Typography id={`report-${section.id}`} variant="h4" component="h2" gutterBottom>
        {section.number}. {section.title}
      </Typography>
      {section.intro.trim() && (
        <Box className="report-intro" sx={{ my: 1 }}>
          {section.intro.split(/\n+/).map((line, i) => (
            <Typography key={i} sx={{ mb: 1.5 }}>
              {line}
            </Typography>
          ))}
        </Box>
      )}
      {/* Text field, chart and tables each in a task of their own, after the headings (drawn at
          once, the report's sections were one task of 120–130 ms at twice the ten-year size). */}
      {section.withText && (
        <DrawnAfter minHeight={140}>
          <SectionText
            report={report}
            sectionId={section.id}
            text={section.text}
            title={section.title}
            byFieldOfAction={section.id === GOALS_SECTION}
          />
        </DrawnAfter>
      )}
      {section.chart && section.chart.points.length > 0 && (
        <DrawnAfter minHeight={290}>
          <Box component="figure" data-chart-id={section.chart.id} sx={{ m: 0, my: 2, breakInside: 'avoid' }}>
            <Typography component="figcaption" variant="h6" sx={{ fontSize: '1rem', fontWeight: 600 }}>
              {section.chart.title}
            </Typography>
            <BarChart
              width={660}
              height={240}
              data={section.chart.points.map((p) => ({ ...p, short: p.label.slice(0, 3) }))}
              accessibilityLayer
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="short" />
              <YAxis allowDecimals={false} width={40} />
              <Tooltip labelFormatter={(_, items) => String(items?.[0]?.payload?.label ?? '')} />
              <Legend />
              <Bar
                dataKey="current"
                name={L.columns.current}
                fill={CURRENT_COLOUR}
                isAnimationActive={false}
              />
              <Bar
                dataKey="previous"
                name={L.columns.previous}
                fill={PREVIOUS_COLOUR}
                isAnimationActive={false}
              />
            </BarChart>
          </Box>
        </DrawnAfter>
      )}
      {section.tables.map((table) => (
        <DrawnAfter key={table.id} minHeight={64 + 33 * table.rows.length}>
          <ReportTableView table={table} language={report.language} />
        </DrawnAfter>
      ))}
    </>
  );
}

function ReportTableView({ table, language }: { table: ReportTable; language: Language }) {
  const L = reportLabels(language);
  return (
    <Box sx={{ my: 2, breakInside: 'avoid' }}>
      <Table
        size="small"
        aria-label={table.title}
        sx={{ tableLayout: 'fixed', '& td, & th': { py: 0.5 }, '& thead th:first-of-type': { width: '52%' } }}
      >
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
            <TableCell scope="col">{L.columns.row}</TableCell>
            <TableCell scope="col" align="right">
              {L.columns.current}
            </TableCell>
            <TableCell scope="col" align="right">
              {L.columns.previous}
            </TableCell>
            <TableCell scope="col" align="right">
              {L.columns.change}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={4}>
                <Typography variant="body2" color="text.secondary">
                  {language === 'en'
                    ? 'Nothing recorded in either period.'
                    : 'In beiden Zeiträumen nichts erfasst.'}
                </Typography>
              </TableCell>
            </TableRow>
          ) : (
            table.rows.map((row) => (
              <TableRow key={row.label}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 400 }}>
                  {row.label}
                </TableCell>
                <TableCell align="right">{formatReportValue(row.current, row.unit, language)}</TableCell>
                <TableCell align="right">{formatReportValue(row.previous, row.unit, language)}</TableCell>
                <TableCell align="right">{formatChange(rowChange(row), language)}</TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </Box>
  );
}

/** The office's own words: edited on screen, saved encrypted when the field is left, printed as text. */
function SectionText({
  report,
  sectionId,
  text,
  title,
  byFieldOfAction,
}: {
  report: AnnualReport;
  sectionId: string;
  text: string;
  title: string;
  /** Offer an outline of the office's Handlungsfelder to write into (Ziele und Indikatoren). */
  byFieldOfAction: boolean;
}) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const fields = useSettings().lists.fieldsOfAction;
  const field = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(text);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [lastText, setLastText] = useState(text);
  // The lead's computer reads the coordinators' words (what it would write there would stay on it).
  const readOnly = useLeadMode();
  // What this field saved last: when it comes back as `text` (the report is redrawn after the save,
  // which may be after more typing), the draft stays as typed.
  const [savedHere, setSavedHere] = useState<string | null>(null);
  if (text !== lastText) {
    setLastText(text);
    // Another period was chosen (or a colleague's text arrived): show its text. What this field
    // saved is then no longer on screen: when it comes back (the period chosen again), it is shown.
    if (text !== savedHere) {
      setDraft(text);
      setSavedHere(null);
    }
  }
  const save = async (value = draft) => {
    if (readOnly || value === text) return;
    setSavedHere(value);
    setState('saving');
    try {
      await saveReportText(vault, report.from, report.to, sectionId, value, new Date(), report.profileId);
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  const helper =
    state === 'saving'
      ? t('report.textSaving')
      : state === 'saved'
        ? t('report.textSaved')
        : state === 'failed'
          ? t('report.textFailed')
          : readOnly
            ? t('report.textReadOnly')
            : t('report.textHelp');
  return (
    <>
      <TextField
        className="no-print"
        label={t('report.textLabel', { section: title })}
        multiline
        minRows={3}
        fullWidth
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setState('idle');
        }}
        onBlur={() => void save()}
        inputRef={field}
        slotProps={{ input: { readOnly } }}
        error={state === 'failed'}
        helperText={helper}
        sx={{ my: 1 }}
      />
      {byFieldOfAction && !readOnly && !draft.trim() && fields.some((f) => !f.hidden) && (
        <Button
          className="no-print"
          variant="outlined"
          size="small"
          onClick={() => {
            const outline = goalsOutline(
              fields.filter((f) => !f.hidden).map((f) => f.label),
              report.language,
            );
            setDraft(outline);
            void save(outline);
            // Into the field, at the first goal, so writing can start at once.
            requestAnimationFrame(() => {
              const input = field.current;
              if (!input) return;
              input.focus({ preventScroll: true });
              const at = outline.indexOf(': ') + 2;
              input.setSelectionRange(at, at);
              // The field's top (where the cursor is) in view, clear of the sticky banners above it.
              input.style.scrollMarginTop = '25vh';
              input.scrollIntoView({ block: 'start' });
            });
          }}
        >
          {t('report.insertOutline')}
        </Button>
      )}
      {text.trim() && (
        <Box sx={{ display: 'none', '@media print': { display: 'block' } }}>
          {text.split(/\n+/).map((line, i) => (
            <Typography key={i} sx={{ mb: 1.5 }}>
              {line}
            </Typography>
          ))}
        </Box>
      )}
    </>
  );
}
