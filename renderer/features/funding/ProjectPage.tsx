// One Vorhaben: its notice of award, the financing plan against the receipts (table and chart), the
// payment requests with the two-month check, and the receipts. Belegliste and zahlenmäßiger
// Nachweis are one click away (XLSX, CSV).
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  IconButton,
  Link,
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
import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import DescriptionIcon from '@mui/icons-material/Description';
import DownloadIcon from '@mui/icons-material/Download';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import {
  budgetFigures,
  drawnFundsWarnings,
  proofDueOf,
  retainReceiptsUntil,
  spendBy,
} from '../../../shared/funding/budget';
import { awardRequired, type PaymentRequest } from '../../../shared/funding/fundingRecords';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DefinitionList } from '../../components/DefinitionList';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { deleteFunding, removePayment, saveFunding } from '../../data/funding';
import { useFollowups, useFundingFile, useLeadMode } from '../../data/hooks';
import { sourcePrefix } from '../../../shared/funding/deadlines';
import { withStatus } from '../../../shared/funding/projectStatus';
import { useVaultSession } from '../../data/VaultContext';
import { routes, type Navigate } from '../../routing/routes';
import { useDeadlineTitle } from './fundingDeadlines';
import { FundingExportMenu } from './FundingExportMenu';
import { PaymentDialog } from './PaymentDialog';
import { PlanChart } from './PlanChart';
import { ProjectDialog } from './ProjectDialog';
import { ProjectStatusChip } from './ProjectStatusChip';
import { ReceiptDialog } from './ReceiptDialog';
import { SachberichtDialog } from './SachberichtDialog';

type Open =
  { kind: 'edit' } | { kind: 'payment' } | { kind: 'receipt'; id?: string } | { kind: 'sachbericht' } | null;

export function ProjectPage({ id, navigate }: { id: string; navigate: Navigate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const { notify } = useDialogs();
  const file = useFundingFile();
  const followups = useFollowups();
  const titleOf = useDeadlineTitle();
  // Haushalt's computer reads the funding file; the coordinators keep it.
  const readOnly = useLeadMode();
  const today = toDay(useNow());
  const project = file.projects.find((p) => p.id === id);
  const receipts = useMemo(() => file.receipts.filter((r) => r.projectId === id), [file.receipts, id]);
  const [open, setOpen] = useState<Open>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [removing, setRemoving] = useState<PaymentRequest | null>(null);
  const [exportMenu, setExportMenu] = useState<HTMLElement | null>(null);

  const back = (
    <Button
      startIcon={<ArrowBackIcon />}
      onClick={() => navigate(routes.funding())}
      sx={{ alignSelf: 'flex-start' }}
    >
      {t('funding.projects.back')}
    </Button>
  );
  if (!project) {
    return (
      <Stack spacing={2} sx={{ p: 3 }}>
        {back}
        <Typography>{t('funding.projects.notFound')}</Typography>
      </Stack>
    );
  }

  const budget = budgetFigures(project, receipts);
  const warnings = drawnFundsWarnings(project, receipts, today);
  const drawn = project.payments.reduce((n, p) => n + p.amountCents, 0);
  const programme = file.programmes.find((p) => p.id === project.programmeId);
  const lineName = new Map(project.plan.map((l) => [l.id, l.category]));
  const retainUntil = retainReceiptsUntil(project);

  // The proof's follow-up ticked off by hand while the Vorhaben still says "bewilligt": offer the status
  // (it starts the receipts' five years).
  const proofTicked =
    !readOnly &&
    project.status === 'bewilligt' &&
    followups.some((f) => f.source === `${sourcePrefix(project.id)}proof` && f.status === 'erledigt');
  const markSubmitted = async () => {
    await saveFunding(vault, project.id, withStatus(project, 'nachweis', today), titleOf);
    notify(t('funding.projects.saved'));
  };

  const remove = async () => {
    setConfirmDelete(false);
    await deleteFunding(vault, project.id, titleOf);
    notify(t('funding.projects.deleted'));
    navigate(routes.funding());
  };

  const award: Array<[string, string]> = project.award.date
    ? [
        [t('funding.projects.fields.awardDate'), fmt.day(project.award.date)],
        [t('funding.projects.fields.awardReference'), project.award.reference || '–'],
        [
          t('funding.projects.fields.awardAmount'),
          project.award.amountCents !== null ? fmt.euro(project.award.amountCents) : '–',
        ],
        [t('funding.projects.fields.proofDue'), fmt.day(proofDueOf(project))],
        ...(project.proofSubmittedOn
          ? [
              [t('funding.projects.fields.proofSubmittedOn'), fmt.day(project.proofSubmittedOn)] as [
                string,
                string,
              ],
            ]
          : []),
        ...(project.award.conditions
          ? [[t('funding.projects.fields.awardConditions'), project.award.conditions] as [string, string]]
          : []),
      ]
    : [];

  return (
    <Box sx={{ overflow: 'auto' }}>
      <Stack spacing={2} sx={{ p: 3 }}>
        {back}
        <Box>
          <Typography variant="h4" component="h1">
            {project.title}
          </Typography>
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', mt: 0.5, flexWrap: 'wrap' }}
            useFlexGap
          >
            <ProjectStatusChip status={project.status} />
            <Typography color="text.secondary">
              {fmt.dayRange({ from: project.from, to: project.to })}
              {programme ? ` · ${programme.name}` : ''}
            </Typography>
          </Stack>
        </Box>
        {/* The actions in one row under the title: at 1366 px beside a long title they broke into two lines each. */}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {!readOnly && (
            <>
              <Button
                variant="contained"
                startIcon={<AddIcon />}
                onClick={() => setOpen({ kind: 'receipt' })}
              >
                {t('funding.receipts.new')}
              </Button>
              {/* Funds are drawn only once they are awarded. */}
              {awardRequired(project.status) && (
                <Button
                  variant="outlined"
                  startIcon={<AddIcon />}
                  onClick={() => setOpen({ kind: 'payment' })}
                >
                  {t('funding.payments.new')}
                </Button>
              )}
              <Button startIcon={<EditIcon />} onClick={() => setOpen({ kind: 'edit' })}>
                {t('funding.projects.edit')}
              </Button>
            </>
          )}
          <Button
            startIcon={<DownloadIcon />}
            onClick={(e) => setExportMenu(e.currentTarget)}
            aria-haspopup="menu"
          >
            {t('funding.exports.menu')}
          </Button>
          <Button startIcon={<DescriptionIcon />} onClick={() => setOpen({ kind: 'sachbericht' })}>
            {t('funding.sachbericht.open')}
          </Button>
        </Stack>
        <FundingExportMenu
          anchor={exportMenu}
          onClose={() => setExportMenu(null)}
          project={project}
          receipts={receipts}
        />
        {readOnly && <Typography color="text.secondary">{t('funding.readOnly')}</Typography>}
        {project.purpose && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{project.purpose}</Typography>}

        {proofTicked && (
          <Alert
            severity="info"
            action={
              <Button color="inherit" onClick={() => void markSubmitted()}>
                {t('funding.projects.markSubmitted')}
              </Button>
            }
          >
            {t('funding.projects.proofTicked')}
          </Alert>
        )}
        {project.award.amountCents !== null && drawn > project.award.amountCents && (
          <Alert severity="error">
            {t('funding.payments.overAwardAlert', {
              drawn: fmt.euro(drawn),
              grant: fmt.euro(project.award.amountCents),
            })}
          </Alert>
        )}
        {warnings.map((w) => (
          <Alert key={w.payment.id} severity={w.overdue ? 'error' : 'warning'}>
            {t(w.overdue ? 'funding.payments.warningOverdue' : 'funding.payments.warning', {
              payment: fmt.day(w.payment.date),
              drawn: fmt.euro(w.drawnCents),
              covered: fmt.euro(w.coveredCents),
              spendBy: fmt.day(w.spendBy),
            })}
          </Alert>
        ))}

        <Paper component="section" aria-labelledby="project-award" sx={{ p: 2 }}>
          <Typography id="project-award" variant="h6" component="h2" sx={{ mb: 1 }}>
            {t('funding.projects.sections.award')}
          </Typography>
          {award.length ? (
            <DefinitionList items={award} />
          ) : (
            <Typography color="text.secondary">{t('funding.projects.noAward')}</Typography>
          )}
        </Paper>

        <Paper component="section" aria-labelledby="project-plan" sx={{ p: 2 }}>
          <Typography id="project-plan" variant="h6" component="h2" sx={{ mb: 1 }}>
            {t('funding.projects.sections.planVsActual')}
          </Typography>
          {project.plan.length === 0 && receipts.length === 0 ? (
            <Typography color="text.secondary">{t('funding.plan.noLines')}</Typography>
          ) : (
            <>
              <TableContainer>
                <Table size="small" aria-labelledby="project-plan">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('funding.plan.category')}</TableCell>
                      <TableCell align="right">{t('funding.plan.planned')}</TableCell>
                      <TableCell align="right">{t('funding.plan.ownShare')}</TableCell>
                      <TableCell align="right">{t('funding.plan.actual')}</TableCell>
                      <TableCell align="right">{t('funding.plan.remaining')}</TableCell>
                      <TableCell align="right">{t('funding.plan.receipts')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {budget.lines.map((l) => (
                      <TableRow key={l.line?.id ?? 'none'}>
                        <TableCell>{l.line ? l.line.category : t('funding.plan.unassigned')}</TableCell>
                        <TableCell align="right">{fmt.euro(l.plannedCents)}</TableCell>
                        <TableCell align="right">{fmt.euro(l.ownShareCents)}</TableCell>
                        <TableCell align="right">{fmt.euro(l.actualCents)}</TableCell>
                        <TableCell
                          align="right"
                          sx={l.remainingCents < 0 ? { color: 'error.main', fontWeight: 600 } : undefined}
                        >
                          {fmt.euro(l.remainingCents)}
                          {l.remainingCents < 0 && l.line ? ` (${t('funding.plan.overspent')})` : ''}
                        </TableCell>
                        <TableCell align="right">{fmt.count(l.receipts)}</TableCell>
                      </TableRow>
                    ))}
                    <TableRow sx={{ '& td': { fontWeight: 700 } }}>
                      <TableCell>{t('funding.plan.total')}</TableCell>
                      <TableCell align="right">{fmt.euro(budget.total.plannedCents)}</TableCell>
                      <TableCell align="right">{fmt.euro(budget.total.ownShareCents)}</TableCell>
                      <TableCell align="right">{fmt.euro(budget.total.actualCents)}</TableCell>
                      <TableCell align="right">{fmt.euro(budget.total.remainingCents)}</TableCell>
                      <TableCell align="right">{fmt.count(budget.total.receipts)}</TableCell>
                    </TableRow>
                  </TableBody>
                </Table>
              </TableContainer>
              <PlanChart budget={budget} />
            </>
          )}
        </Paper>

        <Paper component="section" aria-labelledby="project-payments" sx={{ p: 2 }}>
          <Typography id="project-payments" variant="h6" component="h2" sx={{ mb: 1 }}>
            {t('funding.projects.sections.payments')}
          </Typography>
          {project.payments.length === 0 ? (
            <Typography color="text.secondary">{t('funding.payments.empty')}</Typography>
          ) : (
            <TableContainer>
              <Table size="small" aria-labelledby="project-payments">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('funding.payments.date')}</TableCell>
                    <TableCell align="right">{t('funding.payments.amount')}</TableCell>
                    <TableCell>{t('funding.payments.spendBy')}</TableCell>
                    <TableCell>{t('funding.payments.note')}</TableCell>
                    {!readOnly && <TableCell sx={{ width: 56 }} />}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {project.payments.map((p) => (
                    <TableRow key={p.id}>
                      <TableCell>{fmt.day(p.date)}</TableCell>
                      <TableCell align="right">{fmt.euro(p.amountCents)}</TableCell>
                      <TableCell>{fmt.day(spendBy(p.date))}</TableCell>
                      <TableCell>{p.note}</TableCell>
                      {!readOnly && (
                        <TableCell>
                          <IconButton
                            size="small"
                            aria-label={t('funding.payments.remove', { day: fmt.day(p.date) })}
                            onClick={() => setRemoving(p)}
                          >
                            <DeleteOutlineIcon fontSize="small" />
                          </IconButton>
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                  <TableRow sx={{ '& td': { fontWeight: 700 } }}>
                    <TableCell>{t('funding.payments.total')}</TableCell>
                    <TableCell align="right">{fmt.euro(drawn)}</TableCell>
                    <TableCell colSpan={readOnly ? 2 : 3} />
                  </TableRow>
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </Paper>

        <Paper component="section" aria-labelledby="project-receipts" sx={{ p: 2 }}>
          <Typography id="project-receipts" variant="h6" component="h2" sx={{ mb: 1 }}>
            {t('funding.projects.sections.receipts')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {retainUntil
              ? t('funding.projects.retainUntil', { day: fmt.day(retainUntil) })
              : t('funding.projects.retainRule')}
          </Typography>
          {receipts.length === 0 ? (
            <Typography color="text.secondary">{t('funding.receipts.empty')}</Typography>
          ) : (
            <TableContainer>
              <Table size="small" aria-labelledby="project-receipts">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('funding.receipts.number')}</TableCell>
                    <TableCell>{t('funding.receipts.date')}</TableCell>
                    <TableCell>{t('funding.receipts.partyShort')}</TableCell>
                    <TableCell>{t('funding.receipts.purpose')}</TableCell>
                    <TableCell>{t('funding.receipts.line')}</TableCell>
                    <TableCell align="right">{t('funding.receipts.amount')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {receipts.map((r) => (
                    <TableRow key={r.id} hover>
                      <TableCell>
                        {readOnly ? (
                          r.number
                        ) : (
                          <Link
                            component="button"
                            type="button"
                            onClick={() => setOpen({ kind: 'receipt', id: r.id })}
                          >
                            {r.number}
                          </Link>
                        )}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.day(r.date)}</TableCell>
                      <TableCell>{r.party}</TableCell>
                      <TableCell>{r.purpose}</TableCell>
                      <TableCell>{lineName.get(r.lineId) ?? t('funding.plan.unassigned')}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {fmt.euro(r.amountCents)}
                      </TableCell>
                    </TableRow>
                  ))}
                  <TableRow sx={{ '& td': { fontWeight: 700 } }}>
                    <TableCell colSpan={5}>{t('funding.plan.total')}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {fmt.euro(budget.total.actualCents)}
                    </TableCell>
                  </TableRow>
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </Paper>

        {!readOnly && (
          <Box>
            <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => setConfirmDelete(true)}>
              {t('funding.projects.delete')}
            </Button>
          </Box>
        )}
      </Stack>

      <ProjectDialog
        open={open?.kind === 'edit'}
        projectId={project.id}
        onClose={() => setOpen(null)}
        onSaved={() => {
          setOpen(null);
          notify(t('funding.projects.saved'));
        }}
      />
      <SachberichtDialog
        open={open?.kind === 'sachbericht'}
        onClose={() => setOpen(null)}
        project={project}
        receipts={receipts}
      />
      <PaymentDialog open={open?.kind === 'payment'} projectId={project.id} onClose={() => setOpen(null)} />
      <ReceiptDialog
        open={open?.kind === 'receipt'}
        projectId={project.id}
        receiptId={open?.kind === 'receipt' ? open.id : undefined}
        onClose={() => setOpen(null)}
      />
      <ConfirmDialog
        open={confirmDelete}
        title={t('funding.projects.deleteTitle')}
        text={t('funding.projects.deleteText', { title: project.title, count: receipts.length })}
        confirmLabel={t('inquiryActions.delete')}
        cancelLabel={t('form.cancel')}
        destructive
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void remove()}
      />
      <ConfirmDialog
        open={!!removing}
        title={t('funding.payments.removeTitle')}
        text={
          removing
            ? t('funding.payments.removeText', {
                day: fmt.day(removing.date),
                amount: fmt.euro(removing.amountCents),
              })
            : ''
        }
        confirmLabel={t('inquiryActions.delete')}
        cancelLabel={t('form.cancel')}
        destructive
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const payment = removing;
          setRemoving(null);
          if (payment) void removePayment(vault, project.id, payment.id, titleOf);
        }}
      />
    </Box>
  );
}
