// "Jahresbericht": the annual activity summary, shown as the printed page looks, with its exports.
import { allDrawn } from '../../components/mountInTurn';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  FormControl,
  InputLabel,
  LinearProgress,
  MenuItem,
  Select,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { utf8Encode } from '../../../shared/crypto/bytes';
import { toDay } from '../../../shared/domain/calendarDay';
import type { Language } from '../../../shared/domain/settings';
import { buildReport, profileWording, type AnnualReport } from '../../../shared/report/annualReport';
import { reportFileBase, reportProperties } from '../../../shared/report/reportFileName';
import { availableProfiles } from '../../../shared/report/reportProfiles';
import { receivedYears } from '../../../shared/stats/inquiryColumns';
import { dashboardRange } from '../../../shared/stats/periods';
import { reportCsv } from '../../../shared/report/reportExportRows';
import { PeriodDayFields } from '../../components/PeriodDayFields';
import { useNow } from '../../components/useNow';
import {
  useActivities,
  useFollowups,
  useInquiries,
  useOrganisations,
  usePersons,
  useSettings,
} from '../../data/hooks';
import { readReportTexts, reportTextsWritten, storedProfiles } from '../../data/reports';
import { ProfileActions } from './profiles/ProfileActions';
import { useStoreSettled, useStoreVersion, useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { ReportDocument } from './ReportDocument';

type ExportKind = 'pdf' | 'xlsx' | 'csv' | 'docx';
const CUSTOM = 'custom';

const FILE_TYPES: Record<Exclude<ExportKind, 'pdf'>, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  docx: { name: 'Word', extensions: ['docx'] },
};

export function ReportScreen({ tabs }: { tabs: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const now = useNow();
  const { vault } = useVaultSession();
  const storeVersion = useStoreVersion();
  const settings = useSettings();
  const inquiries = useInquiries();
  const followups = useFollowups();
  const activities = useActivities();
  const organisations = useOrganisations();
  const persons = usePersons();
  const [choice, setChoice] = useState<string>(String(now.getFullYear()));
  const [custom, setCustom] = useState({ from: `${now.getFullYear()}-01-01`, to: toDay(now) });
  const [profileId, setProfileId] = useState('jahresbericht');
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [status, setStatus] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  const years = useMemo(() => {
    // The inquiries' years from the statistics columns: a pass over 100,000 dates took 88 ms.
    const set = new Set<number>([now.getFullYear(), ...receivedYears(inquiries)]);
    for (const a of activities) set.add(Number(a.date.slice(0, 4)));
    return [...set].filter((y) => y <= now.getFullYear()).sort((a, b) => b - a);
  }, [inquiries, activities, now]);

  // The own period's fields hand on only complete days in order (PeriodDayFields).
  const period = useMemo(
    () => (choice === CUSTOM ? custom : dashboardRange('chosenYear', now, Number(choice), custom)),
    [choice, custom, now],
  );
  const stored = storedProfiles(vault.store);
  const profiles = useMemo(() => availableProfiles(stored), [stored]);
  // A profile deleted meanwhile (here or on a colleague's computer): back to the first one.
  const profile = useMemo(
    () => profiles.find((p) => p.id === profileId) ?? profiles[0]!,
    [profiles, profileId],
  );
  const texts = useMemo(
    () => (period ? readReportTexts(vault.store, period.from, period.to, profile.id) : null),
    // Read again on every store change: a text saved here or arriving by sync.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [vault.store, period, profile.id, storeVersion],
  );

  const report: AnnualReport | null = useMemo(
    () =>
      period
        ? buildReport(
            {
              inquiries,
              followups,
              activities,
              organisations,
              persons,
              settings,
              texts: texts ?? {},
            },
            period,
            profile,
            { language, createdAt: now },
          )
        : null,
    [
      period,
      inquiries,
      followups,
      activities,
      organisations,
      persons,
      settings,
      texts,
      profile,
      language,
      now,
    ],
  );

  const baseName = report ? reportFileBase(report) : 'Bericht';
  // The report as last drawn, for an export that waited for the newest changes (runExport).
  const storeSettled = useStoreSettled();
  const drawnReport = useRef(report);
  useEffect(() => {
    drawnReport.current = report;
  });

  async function runExport(kind: ExportKind) {
    if (!drawnReport.current) return;
    setBusy(kind);
    setStatus(null);
    // Let the progress bar paint before the work starts.
    await new Promise((resolve) => setTimeout(resolve, 30));
    // A text saved a moment ago (the field left by this very click) reaches the report as the screen
    // is drawn anew; the sections are drawn one per task. All of it before the report is read.
    await reportTextsWritten();
    await storeSettled();
    await allDrawn();
    const report = drawnReport.current;
    if (!report) {
      setBusy(null);
      return;
    }
    try {
      let saved: boolean;
      if (kind === 'pdf') {
        // Chromium names the PDF (its title; in the browser's dialog, its file name) after the page title.
        const pageTitle = document.title;
        document.title = host.kind === 'desktop' ? reportProperties(report).title : baseName;
        try {
          const { title, author, subject } = reportProperties(report);
          saved = await host.printToPdf(`${baseName}.pdf`, { title, author, subject });
        } finally {
          document.title = pageTitle;
        }
      } else {
        const exports = {
          xlsx: async () =>
            (await import('./exports/reportXlsx')).reportXlsx(report, (await host.getAppInfo()).version),
          // The charts as the page draws them, rendered for print.
          docx: async () =>
            (await import('./exports/reportDocx')).reportDocx(
              report,
              await (await import('./exports/chartImage')).captureChartImages(document),
            ),
          csv: async () => utf8Encode(reportCsv(report)),
        };
        saved = await host.saveFile(`${baseName}.${kind}`, await exports[kind](), [FILE_TYPES[kind]]);
      }
      if (saved) setStatus({ severity: 'success', text: t(`report.exported.${kind}`) });
    } catch {
      setStatus({ severity: 'error', text: t('report.exportFailed') });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Box
      sx={{
        overflow: 'auto',
        height: '100%',
        bgcolor: 'grey.200',
        '@media print': { bgcolor: '#fff', overflow: 'visible' },
      }}
    >
      <Box className="no-print" sx={{ p: 3, pb: 1, bgcolor: 'background.default' }}>
        <Typography variant="h4" component="h1" gutterBottom>
          {t('report.title')}
        </Typography>
        {tabs}
        {/* useFlexGap: a wrapped second row starts at the left edge like the first (margins would
            indent it). */}
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          useFlexGap
          sx={{ alignItems: { md: 'flex-start' }, flexWrap: 'wrap' }}
        >
          {/* A long own profile name is cut with "…" in the field (the list shows it whole), so the
              toolbar keeps its line at 1366 px. */}
          <FormControl sx={{ minWidth: 260, maxWidth: 380 }}>
            <InputLabel id="report-profile-label">{t('report.profile')}</InputLabel>
            <Select
              labelId="report-profile-label"
              label={t('report.profile')}
              value={profile.id}
              onChange={(e) => setProfileId(e.target.value)}
            >
              {profiles.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {profileWording(p, language).name}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <FormControl sx={{ minWidth: 230 }}>
            <InputLabel id="report-period-label">{t('report.period')}</InputLabel>
            <Select
              labelId="report-period-label"
              label={t('report.period')}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
            >
              {years.map((y) => (
                <MenuItem key={y} value={String(y)}>
                  {y === now.getFullYear() ? t('report.currentYear', { year: y }) : String(y)}
                </MenuItem>
              ))}
              <MenuItem value={CUSTOM}>{t('report.customPeriod')}</MenuItem>
            </Select>
          </FormControl>
          {choice === CUSTOM && (
            <PeriodDayFields
              value={custom}
              onChange={setCustom}
              labels={{ from: t('report.from'), to: t('report.to') }}
              size="medium"
            />
          )}
          <ProfileActions profile={profile} profiles={profiles} onSelect={setProfileId} />
          <Box sx={{ flex: 1 }} />
          <Stack direction="row" spacing={1} role="group" aria-label={t('report.exportGroup')}>
            {(['pdf', 'xlsx', 'csv', 'docx'] as const).map((kind) => (
              <Button
                key={kind}
                variant={kind === 'pdf' ? 'contained' : 'outlined'}
                disabled={!report || busy !== null}
                onClick={() => void runExport(kind)}
                aria-describedby="report-export-hint"
              >
                {kind.toUpperCase()}
              </Button>
            ))}
          </Stack>
        </Stack>
        <Typography id="report-export-hint" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {host.kind === 'desktop' ? t('report.exportHintDesktop') : t('report.exportHintBrowser')}
        </Typography>
        <Box aria-live="polite" sx={{ minHeight: 40, mt: 1 }}>
          {busy && (
            <>
              <Typography variant="body2">{t('report.exporting', { kind: busy.toUpperCase() })}</Typography>
              <LinearProgress aria-label={t('report.exporting', { kind: busy.toUpperCase() })} />
            </>
          )}
          {status && <Alert severity={status.severity}>{status.text}</Alert>}
        </Box>
      </Box>
      {report ? (
        <ReportDocument report={report} />
      ) : (
        <Alert severity="info" sx={{ m: 3 }}>
          {t('report.periodInvalid')}
        </Alert>
      )}
    </Box>
  );
}
