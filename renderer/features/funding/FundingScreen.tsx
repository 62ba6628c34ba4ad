// Fördermittel: the office's funding on one screen — the next deadlines above, then the Vorhaben,
// the programmes and the advised applications as tabs. A Vorhaben opens on its own page.
import { useMemo, useState, type ReactNode } from 'react';
import {
  Box,
  Button,
  Chip,
  Link,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tabs,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { differenceInCalendarDays } from 'date-fns';
import { dayToDate, toDay } from '../../../shared/domain/calendarDay';
import { budgetFigures } from '../../../shared/funding/budget';
import type { Project } from '../../../shared/funding/fundingRecords';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { useFundingFile, useLeadMode, useOrganisations } from '../../data/hooks';
import { FUNDING_TABS, routes, type FundingTab, type Navigate } from '../../routing/routes';
import { ApplicationDialog } from './ApplicationDialog';
import { useFundingDeadlines, type OpenDeadline } from './fundingDeadlines';
import { ProgrammeDialog } from './ProgrammeDialog';
import { ProjectDialog } from './ProjectDialog';
import { ProjectPage } from './ProjectPage';
import { ProjectStatusChip } from './ProjectStatusChip';

const TAB_LABEL = {
  vorhaben: 'funding.tabs.projects',
  programme: 'funding.tabs.programmes',
  antraege: 'funding.tabs.applications',
} as const satisfies Record<FundingTab, string>;

export function FundingScreen({
  param,
  sub,
  navigate,
}: {
  param?: string;
  sub?: string;
  navigate: Navigate;
}) {
  if (param === 'vorhaben' && sub) return <ProjectPage id={sub} navigate={navigate} />;
  const tab: FundingTab = FUNDING_TABS.includes(param as FundingTab) ? (param as FundingTab) : 'vorhaben';
  return <FundingOverview tab={tab} navigate={navigate} />;
}

type Editing =
  { kind: 'project' } | { kind: 'programme'; id?: string } | { kind: 'application'; id?: string } | null;

function FundingOverview({ tab, navigate }: { tab: FundingTab; navigate: Navigate }) {
  const { t } = useTranslation();
  const deadlines = useFundingDeadlines();
  // Haushalt's computer reads the funding file; the coordinators keep it.
  const readOnly = useLeadMode();
  const [editing, setEditing] = useState<Editing>(null);

  const newButton = {
    vorhaben: { label: t('funding.projects.new'), open: () => setEditing({ kind: 'project' }) },
    programme: { label: t('funding.programmes.new'), open: () => setEditing({ kind: 'programme' }) },
    antraege: { label: t('funding.applications.new'), open: () => setEditing({ kind: 'application' }) },
  }[tab];

  return (
    <Box sx={{ overflow: 'auto' }}>
      <Box sx={{ p: 3 }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2 }}>
          <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
            {t('funding.title')}
          </Typography>
          {!readOnly && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={newButton.open}>
              {newButton.label}
            </Button>
          )}
        </Stack>
        {readOnly && (
          <Typography color="text.secondary" sx={{ mt: -1, mb: 2 }}>
            {t('funding.readOnly')}
          </Typography>
        )}
        <NextDeadlines deadlines={deadlines} navigate={navigate} />
        <Tabs
          value={tab}
          onChange={(_e, v: FundingTab) => navigate(routes.funding(v))}
          aria-label={t('funding.title')}
          sx={{ mb: 2 }}
          variant="scrollable"
        >
          {FUNDING_TABS.map((key) => (
            <Tab
              key={key}
              value={key}
              label={t(TAB_LABEL[key])}
              id={`funding-tab-${key}`}
              aria-controls="funding-panel"
            />
          ))}
        </Tabs>
        <Paper id="funding-panel" role="tabpanel" aria-labelledby={`funding-tab-${tab}`} sx={{ p: 2 }}>
          {tab === 'vorhaben' && (
            <ProjectsTable
              deadlines={deadlines}
              navigate={navigate}
              onNew={readOnly ? undefined : newButton.open}
            />
          )}
          {tab === 'programme' && (
            <ProgrammesTable onEdit={readOnly ? undefined : (id) => setEditing({ kind: 'programme', id })} />
          )}
          {tab === 'antraege' && (
            <ApplicationsTable
              onEdit={readOnly ? undefined : (id) => setEditing({ kind: 'application', id })}
            />
          )}
        </Paper>
      </Box>
      <ProjectDialog
        open={editing?.kind === 'project'}
        onClose={() => setEditing(null)}
        onSaved={(id) => {
          setEditing(null);
          navigate(routes.fundingProject(id));
        }}
      />
      <ProgrammeDialog
        open={editing?.kind === 'programme'}
        programmeId={editing?.kind === 'programme' ? editing.id : undefined}
        onClose={() => setEditing(null)}
      />
      <ApplicationDialog
        open={editing?.kind === 'application'}
        applicationId={editing?.kind === 'application' ? editing.id : undefined}
        onClose={() => setEditing(null)}
      />
    </Box>
  );
}

/** "noch 12 Tage", "heute", "seit 3 Tagen überschritten". */
export function useDaysLeft(): (due: string) => { text: string; urgent: boolean; overdue: boolean } {
  const { t } = useTranslation();
  const now = useNow();
  return (due) => {
    const days = differenceInCalendarDays(dayToDate(due), dayToDate(toDay(now)));
    if (days === 0) return { text: t('funding.deadlines.today'), urgent: true, overdue: true };
    if (days < 0)
      return { text: t('funding.deadlines.overdue', { count: -days }), urgent: true, overdue: true };
    return { text: t('funding.deadlines.daysLeft', { count: days }), urgent: days <= 14, overdue: false };
  };
}

function NextDeadlines({ deadlines, navigate }: { deadlines: OpenDeadline[]; navigate: Navigate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const daysLeft = useDaysLeft();
  const file = useFundingFile();
  const projectIds = useMemo(() => new Set(file.projects.map((p) => p.id)), [file.projects]);
  // Where a deadline lives: its Vorhaben's page, else the tab of its programme or application.
  const open = (recordId: string, kind: OpenDeadline['kind']) =>
    navigate(
      projectIds.has(recordId)
        ? routes.fundingProject(recordId)
        : routes.funding(kind === 'programme' ? 'programme' : 'antraege'),
    );
  const shown = deadlines.slice(0, 5);
  return (
    <Paper component="section" aria-labelledby="funding-deadlines" sx={{ p: 2, mb: 2 }}>
      <Typography id="funding-deadlines" variant="h6" component="h2">
        {t('funding.deadlines.title')}
      </Typography>
      {shown.length === 0 ? (
        <Typography color="text.secondary">{t('funding.deadlines.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {shown.map(({ key, title, due, recordId, kind }) => {
            const left = daysLeft(due);
            return (
              <ListItem key={key} disableGutters>
                <ListItemText
                  primary={
                    <Link
                      component="button"
                      type="button"
                      onClick={() => open(recordId, kind)}
                      sx={{ textAlign: 'left' }}
                    >
                      {title}
                    </Link>
                  }
                  secondary={`${t(`funding.deadlines.kinds.${kind}`)} · ${fmt.day(due)}`}
                />
                <Chip
                  size="small"
                  label={left.text}
                  // Overdue or today: red (white on it passes AA); soon: bold; later: plain.
                  color={left.overdue ? 'error' : 'default'}
                  variant={left.overdue ? 'filled' : 'outlined'}
                  sx={left.urgent && !left.overdue ? { fontWeight: 700 } : undefined}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      {deadlines.length > shown.length && (
        <Typography variant="body2" color="text.secondary">
          {t('funding.deadlines.more', { count: deadlines.length - shown.length })}
        </Typography>
      )}
    </Paper>
  );
}

function ProjectsTable({
  deadlines,
  navigate,
  onNew,
}: {
  deadlines: OpenDeadline[];
  navigate: Navigate;
  /** Absent: the file is read only here. */
  onNew?: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const file = useFundingFile();
  const programmeName = useMemo(() => new Map(file.programmes.map((p) => [p.id, p.name])), [file.programmes]);
  const receiptsBy = useMemo(() => {
    const by = new Map<string, typeof file.receipts>();
    for (const r of file.receipts) {
      const list = by.get(r.projectId);
      if (list) list.push(r);
      else by.set(r.projectId, [r]);
    }
    return by;
  }, [file]);
  const nextDeadline = (p: Project) => deadlines.find((d) => d.recordId === p.id)?.due;
  if (file.projects.length === 0) {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography color="text.secondary">{t('funding.projects.empty')}</Typography>
        {onNew && (
          <Button variant="outlined" startIcon={<AddIcon />} onClick={onNew}>
            {t('funding.projects.new')}
          </Button>
        )}
      </Stack>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label={t('funding.tabs.projects')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('funding.projects.columns.title')}</TableCell>
            <TableCell>{t('funding.projects.columns.period')}</TableCell>
            <TableCell>{t('funding.projects.columns.status')}</TableCell>
            <TableCell align="right">{t('funding.projects.columns.granted')}</TableCell>
            <TableCell align="right">{t('funding.projects.columns.drawn')}</TableCell>
            <TableCell align="right">{t('funding.projects.columns.spent')}</TableCell>
            <TableCell>{t('funding.projects.columns.nextDeadline')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {file.projects.map((p) => {
            const spent = budgetFigures(p, receiptsBy.get(p.id) ?? []).total.actualCents;
            const drawn = p.payments.reduce((n, x) => n + x.amountCents, 0);
            const next = nextDeadline(p);
            return (
              <TableRow key={p.id} hover>
                <TableCell>
                  <Link
                    component="button"
                    type="button"
                    data-focus-key={p.id}
                    onClick={() => navigate(routes.fundingProject(p.id))}
                    sx={{ textAlign: 'left' }}
                  >
                    {p.title}
                  </Link>
                  {p.programmeId && programmeName.get(p.programmeId) && (
                    <Typography variant="body2" color="text.secondary">
                      {programmeName.get(p.programmeId)}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {fmt.dayRange({ from: p.from, to: p.to })}
                </TableCell>
                <TableCell>
                  <ProjectStatusChip status={p.status} />
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {p.award.amountCents !== null ? fmt.euro(p.award.amountCents) : '–'}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {fmt.euro(drawn)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {fmt.euro(spent)}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{next ? fmt.day(next) : '–'}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** A record's name: a link to edit it, or plain text where the file is read only. */
function EditLink({ onEdit, children }: { onEdit?: () => void; children: ReactNode }) {
  if (!onEdit) return <>{children}</>;
  return (
    <Link component="button" type="button" onClick={onEdit} sx={{ textAlign: 'left' }}>
      {children}
    </Link>
  );
}

function ProgrammesTable({ onEdit }: { onEdit?: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { programmes } = useFundingFile();
  if (programmes.length === 0)
    return <Typography color="text.secondary">{t('funding.programmes.empty')}</Typography>;
  return (
    <TableContainer>
      <Table size="small" aria-label={t('funding.tabs.programmes')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('funding.programmes.name')}</TableCell>
            <TableCell>{t('funding.programmes.funder')}</TableCell>
            <TableCell>{t('funding.programmes.authority')}</TableCell>
            <TableCell align="right">{t('funding.programmes.rate')}</TableCell>
            <TableCell align="right">{t('funding.programmes.cap')}</TableCell>
            <TableCell>{t('funding.programmes.deadlines')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {programmes.map((p) => (
            <TableRow key={p.id} hover>
              <TableCell>
                <EditLink onEdit={onEdit && (() => onEdit(p.id))}>{p.name}</EditLink>
                {p.version && (
                  <Typography variant="body2" color="text.secondary">
                    {p.version}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{p.funder}</TableCell>
              <TableCell>{p.authority}</TableCell>
              <TableCell align="right">
                {p.ratePercent !== null ? `${fmt.count(p.ratePercent)} %` : '–'}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {p.capCents !== null ? fmt.euro(p.capCents) : '–'}
              </TableCell>
              <TableCell>{p.deadlines.map((d) => fmt.day(d)).join(', ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function ApplicationsTable({ onEdit }: { onEdit?: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { applications, programmes } = useFundingFile();
  const organisations = useOrganisations();
  const orgName = useMemo(() => new Map(organisations.map((o) => [o.id, o.name])), [organisations]);
  const programmeName = useMemo(() => new Map(programmes.map((p) => [p.id, p.name])), [programmes]);
  if (applications.length === 0)
    return <Typography color="text.secondary">{t('funding.applications.empty')}</Typography>;
  return (
    <TableContainer>
      <Table size="small" aria-label={t('funding.tabs.applications')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('funding.applications.title')}</TableCell>
            <TableCell>{t('funding.applications.organisation')}</TableCell>
            <TableCell>{t('funding.applications.programme')}</TableCell>
            <TableCell>{t('funding.applications.deadline')}</TableCell>
            <TableCell align="right">{t('funding.applications.amount')}</TableCell>
            <TableCell>{t('funding.applications.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {applications.map((a) => (
            <TableRow key={a.id} hover>
              <TableCell>
                <EditLink onEdit={onEdit && (() => onEdit(a.id))}>{a.title}</EditLink>
              </TableCell>
              <TableCell>{orgName.get(a.organisationId) ?? '–'}</TableCell>
              <TableCell>{programmeName.get(a.programmeId) ?? '–'}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.deadline ? fmt.day(a.deadline) : '–'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {a.amountCents !== null ? fmt.euro(a.amountCents) : '–'}
              </TableCell>
              <TableCell>{t(`funding.applications.statuses.${a.status}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
