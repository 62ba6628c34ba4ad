// One newsletter issue: the office's text per section (saved when the field is left), the lists
// filled from the data with a tick per entry (Rückblick, Ankündigungen, Angebote), the preview as it
// prints, the outputs (DOCX, PDF) and the distribution list as CSV.
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  Menu,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/Download';
import EditIcon from '@mui/icons-material/Edit';
import GroupIcon from '@mui/icons-material/Group';
import { useTranslation } from 'react-i18next';
import { utf8Encode } from '../../../shared/crypto/bytes';
import { toDay } from '../../../shared/domain/calendarDay';
import type { Language } from '../../../shared/domain/settings';
import { distributionCsv, distributionList } from '../../../shared/outreach/newsletterDistribution';
import { issueLabel } from '../../../shared/outreach/newsletterIssue';
import {
  announcementWindow,
  buildNewsletter,
  listOfSection,
  newsletterLabels,
  newsletterLists,
  type NewsletterEntry,
  type NewsletterLists,
  type NewsletterSources,
} from '../../../shared/outreach/newsletterModel';
import {
  NEWSLETTER_SECTIONS,
  type NewsletterData,
  type NewsletterSection,
} from '../../../shared/outreach/newsletterRecords';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { useActivities, useOrganisations, useOutreachFile, usePersons, useSettings } from '../../data/hooks';
import { getOutreach, saveOutreach } from '../../data/outreach';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { routes, type Navigate } from '../../routing/routes';
import { IssueDialog } from './IssueDialog';
import { NewsletterDocument } from './NewsletterDocument';

type Change = (data: NewsletterData) => NewsletterData;

/**
 * Writes to the issue one after another, each on the issue as it is stored then: a text saved on
 * leaving its field and a tick set right after must not overwrite each other.
 */
function useIssueWriter(id: string): (change: Change) => Promise<void> {
  const { vault } = useVaultSession();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(
    (change: Change) => {
      const run = queue.current.then(async () => {
        const current = getOutreach(vault.store, id);
        if (current?.kind !== 'newsletter') throw new Error('The issue is gone');
        await saveOutreach(vault, id, change(current));
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [vault, id],
  );
}

export function IssuePage({ id, navigate }: { id: string; navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const fmt = useFormat();
  const today = toDay(useNow());
  const file = useOutreachFile();
  const activities = useActivities();
  const organisations = useOrganisations();
  const persons = usePersons();
  const settings = useSettings();
  const write = useIssueWriter(id);
  const issue = file.newsletters.find((n) => n.id === id);
  const [editing, setEditing] = useState(false);
  const [outputMenu, setOutputMenu] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  const sources: NewsletterSources = useMemo(
    () => ({
      activities,
      contributions: file.contributions,
      series: file.series,
      offers: file.offers,
      organisations,
      settings,
    }),
    [activities, file, organisations, settings],
  );
  const lists = useMemo(
    () => (issue ? newsletterLists(sources, issue, today, language) : null),
    [sources, issue, today, language],
  );
  const model = useMemo(
    () => (issue ? buildNewsletter(sources, issue, { today, language }) : null),
    [sources, issue, today, language],
  );
  const distribution = useMemo(
    () => distributionList(organisations, persons, today),
    [organisations, persons, today],
  );

  const back = (
    <Button
      startIcon={<ArrowBackIcon />}
      onClick={() => navigate(routes.outreach('newsletter'))}
      sx={{ alignSelf: 'flex-start' }}
    >
      {t('newsletter.back')}
    </Button>
  );
  if (!issue || !lists || !model) {
    return (
      <Stack spacing={2} sx={{ p: 3 }}>
        {back}
        <Typography>{t('newsletter.notFound')}</Typography>
      </Stack>
    );
  }

  const label = issueLabel(issue);
  const stem = `Newsletter_${issue.number}-${issue.year}`;

  const output = async (kind: 'docx' | 'pdf') => {
    setOutputMenu(null);
    setBusy(true);
    setStatus(null);
    try {
      let saved: boolean;
      if (kind === 'pdf') {
        saved = await host.printToPdf(`${stem}.pdf`);
      } else {
        const { newsletterDocx } = await import('./exports/newsletterDocx');
        saved = await host.saveFile(`${stem}.docx`, await newsletterDocx(model), [
          { name: 'Word', extensions: ['docx'] },
        ]);
      }
      if (saved)
        setStatus({
          severity: 'success',
          text: t(kind === 'pdf' ? 'newsletter.output.pdfDone' : 'newsletter.output.docxSaved'),
        });
    } catch {
      setStatus({ severity: 'error', text: t('newsletter.output.failed') });
    } finally {
      setBusy(false);
    }
  };

  const saveDistribution = async () => {
    setStatus(null);
    try {
      const name = `${t('newsletter.distribution.file')} ${issue.number}-${issue.year}.csv`;
      const saved = await host.saveFile(name, utf8Encode(distributionCsv(distribution, language)), [
        { name: 'CSV', extensions: ['csv'] },
      ]);
      if (saved) setStatus({ severity: 'success', text: t('newsletter.distribution.saved') });
    } catch {
      setStatus({ severity: 'error', text: t('newsletter.output.failed') });
    }
  };

  const upcoming = announcementWindow(issue, today);
  const listIntro: Record<keyof NewsletterLists, { intro: string; empty: string }> = {
    review: { intro: t('newsletter.lists.review'), empty: t('newsletter.lists.reviewEmpty') },
    announcements: {
      intro: t('newsletter.lists.announcements', { from: fmt.day(upcoming.from), to: fmt.day(upcoming.to) }),
      empty: t('newsletter.lists.announcementsEmpty'),
    },
    offers: { intro: t('newsletter.lists.offers'), empty: t('newsletter.lists.offersEmpty') },
  };

  return (
    <Box sx={{ overflow: 'auto', height: '100%', '@media print': { overflow: 'visible', height: 'auto' } }}>
      <Stack spacing={2} sx={{ p: 3 }} className="no-print">
        {back}
        <Box>
          <Typography variant="h4" component="h1">
            {t('newsletter.heading', { label })}
          </Typography>
          <Typography color="text.secondary">
            {fmt.dayRange({ from: issue.from, to: issue.to })} · {t('newsletter.columns.changed')}{' '}
            {fmt.dateTime(issue.changedAt)}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            startIcon={<DownloadIcon />}
            onClick={(e) => setOutputMenu(e.currentTarget)}
            aria-haspopup="menu"
            disabled={busy}
            aria-describedby="newsletter-output-hint"
          >
            {t('newsletter.output.menu')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<GroupIcon />}
            onClick={() => void saveDistribution()}
            aria-describedby="newsletter-distribution"
          >
            {t('newsletter.distribution.button')}
          </Button>
          <Button startIcon={<EditIcon />} onClick={() => setEditing(true)}>
            {t('newsletter.editIssue')}
          </Button>
        </Stack>
        <Menu anchorEl={outputMenu} open={!!outputMenu} onClose={() => setOutputMenu(null)}>
          <MenuItem onClick={() => void output('docx')}>{t('newsletter.output.docx')}</MenuItem>
          <MenuItem onClick={() => void output('pdf')}>{t('newsletter.output.pdf')}</MenuItem>
        </Menu>
        {host.kind !== 'desktop' && (
          <Typography id="newsletter-output-hint" variant="body2" color="text.secondary">
            {t('newsletter.output.hintBrowser')}
          </Typography>
        )}
        <Paper
          variant="outlined"
          component="section"
          aria-labelledby="newsletter-distribution-title"
          sx={{ p: 2 }}
        >
          <Typography id="newsletter-distribution-title" variant="h6" component="h2">
            {t('newsletter.distribution.title')}
          </Typography>
          <Typography id="newsletter-distribution">
            {[
              t('newsletter.distribution.recipients', { count: distribution.recipients.length }),
              t('newsletter.distribution.withoutConsent', { count: distribution.withoutConsent }),
              ...(distribution.consentWithoutEmail
                ? [t('newsletter.distribution.noEmail', { count: distribution.consentWithoutEmail })]
                : []),
            ].join(' · ')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('newsletter.distribution.hint')}
          </Typography>
        </Paper>
        <Box aria-live="polite">{status && <Alert severity={status.severity}>{status.text}</Alert>}</Box>
        <Typography variant="h5" component="h2">
          {t('newsletter.sectionsTitle')}
        </Typography>
        {NEWSLETTER_SECTIONS.map((section) => {
          const list = listOfSection(section);
          return (
            <SectionEditor
              key={section}
              section={section}
              title={newsletterLabels(language).sections[section]}
              text={issue.texts[section] ?? ''}
              write={write}
              list={
                list ? { entries: lists[list], excluded: issue.excludedIds, ...listIntro[list] } : undefined
              }
            />
          );
        })}
        <Typography variant="h5" component="h2">
          {t('newsletter.preview')}
        </Typography>
        {model.sections.length === 0 && <Alert severity="info">{t('newsletter.previewEmpty')}</Alert>}
      </Stack>
      <Box sx={{ px: 3, pb: 3, '@media print': { p: 0 } }}>
        <NewsletterDocument model={model} />
      </Box>
      <IssueDialog
        open={editing}
        issueId={id}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
        onDeleted={() => {
          setEditing(false);
          navigate(routes.outreach('newsletter'));
        }}
      />
    </Box>
  );
}

/** A section: the office's text (saved when the field is left) and, for a filled list, its ticks. */
function SectionEditor({
  section,
  title,
  text,
  write,
  list,
}: {
  section: NewsletterSection;
  title: string;
  text: string;
  write: (change: Change) => Promise<void>;
  list?: { entries: NewsletterEntry[]; excluded: string[]; intro: string; empty: string };
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [draft, setDraft] = useState(text);
  const [lastText, setLastText] = useState(text);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [listFailed, setListFailed] = useState(false);
  // Ticks show at once; the stored exclusions follow (and win again once they change).
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set(list?.excluded));
  const excludedKey = list?.excluded.join('\n') ?? '';
  const [lastExcluded, setLastExcluded] = useState(excludedKey);
  if (text !== lastText) {
    // Changed elsewhere (another window, the team): show the stored text unless it is being typed over.
    setLastText(text);
    if (state !== 'idle' || draft === lastText) setDraft(text);
  }
  if (list && excludedKey !== lastExcluded) {
    setLastExcluded(excludedKey);
    setExcluded(new Set(list.excluded));
  }

  const saveText = async () => {
    if (draft === text) return;
    setState('saving');
    try {
      await write((data) => ({ ...data, texts: { ...data.texts, [section]: draft } }));
      setState('saved');
    } catch {
      setState('failed');
    }
  };

  const toggle = async (entryId: string, include: boolean) => {
    setListFailed(false);
    setExcluded((prev) => {
      const next = new Set(prev);
      if (include) next.delete(entryId);
      else next.add(entryId);
      return next;
    });
    try {
      await write((data) => ({
        ...data,
        excludedIds: include
          ? data.excludedIds.filter((x) => x !== entryId)
          : [...new Set([...data.excludedIds, entryId])],
      }));
    } catch {
      setListFailed(true);
      setExcluded(new Set(list?.excluded));
    }
  };

  const helper = {
    idle: t('newsletter.text.help'),
    saving: t('newsletter.text.saving'),
    saved: t('newsletter.text.saved'),
    failed: t('newsletter.text.failed'),
  }[state];
  const headingId = `newsletter-section-${section}`;
  const shown = list ? list.entries.filter((e) => !excluded.has(e.id)).length : 0;

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h3" gutterBottom>
        {title}
      </Typography>
      <TextField
        label={t('newsletter.text.label', { section: title })}
        multiline
        minRows={section === 'grusswort' || section === 'thema' ? 4 : 2}
        fullWidth
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setState('idle');
        }}
        onBlur={() => void saveText()}
        error={state === 'failed'}
        helperText={helper}
      />
      {list && (
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 2 }}>
          <Typography component="legend" variant="body2" color="text.secondary" sx={{ p: 0 }}>
            {list.intro}
            {list.entries.length > 0 &&
              ` (${t('newsletter.lists.count', { shown, total: list.entries.length })})`}
          </Typography>
          {list.entries.length === 0 ? (
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              {list.empty}
            </Typography>
          ) : (
            <FormGroup sx={{ mt: 0.5 }}>
              {list.entries.map((e) => (
                <FormControlLabel
                  key={e.id}
                  control={
                    <Checkbox
                      size="small"
                      checked={!excluded.has(e.id)}
                      onChange={(ev) => void toggle(e.id, ev.target.checked)}
                    />
                  }
                  label={[
                    e.day ? [fmt.day(e.day), e.time].filter(Boolean).join(' ') : '',
                    e.title,
                    [e.where, e.note].filter(Boolean).join(' · '),
                  ]
                    .filter(Boolean)
                    .join(' – ')}
                />
              ))}
            </FormGroup>
          )}
          {listFailed && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {t('newsletter.lists.failed')}
            </Alert>
          )}
        </Box>
      )}
    </Paper>
  );
}
