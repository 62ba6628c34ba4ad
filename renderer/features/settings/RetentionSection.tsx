// Einstellungen → "Löschfristen": the rules, what is due now (confirm to anonymise, then the vault is
// re-keyed so the removed content is unreadable in the storage files too), and the deletion log
// (counts and ids only).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { retentionRulesSchema, type DueItem, type RetentionRules } from '../../../shared/retention/retention';
import {
  AnonymisingDialog,
  anonymisationCounts,
  anonymisationCountsText,
  useDueForRetention,
} from '../retention';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { useUnsavedScreenGuard } from '../../components/useLeaveGuard';
import { useRekey } from '../vault';
import { useNow } from '../../components/useNow';
import { getFunding } from '../../data/funding';
import { getInquiry } from '../../data/inquiries';
import { getPerson } from '../../data/network';
import {
  applyRetention,
  dueForRetention,
  readRetentionLog,
  readRetentionRules,
  saveRetentionRules,
} from '../../data/retention';
import { oldestDue } from '../../data/retentionReview';
import type { RecordStore } from '../../data/recordStore';
import { useStoreVersion, useVaultSession } from '../../data/VaultContext';
import { FormCheckbox, FormIntegerField } from '../../components/form/fields';

const FIELDS = ['inquiryMonths', 'personMonths', 'volunteerMonths'] as const;

/** The review list shows this many (the oldest); the count above it names them all. */
const SHOWN_DUE = 200;

function warmReviewList(store: RecordStore, due: DueItem[]): void {
  oldestDue(store, due, SHOWN_DUE);
}

export function RetentionSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  useStoreVersion();
  const dialogs = useDialogs();
  const now = useNow();
  const [stored] = useState(() => readRetentionRules(vault.store));
  const {
    control,
    handleSubmit,
    reset,
    formState: { isDirty },
  } = useForm<RetentionRules>({
    resolver: zodResolver(retentionRulesSchema),
    defaultValues: stored,
  });
  useUnsavedScreenGuard(isDirty);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  /** While the anonymised records are written: how many (the progress dialog shows it). */
  const [writing, setWriting] = useState<number | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  // Undefined for a moment after a change: worked out in a task of its own (see useDueForRetention).
  const due = useDueForRetention(now, warmReviewList);
  const log = readRetentionLog(vault.store);
  const heading = useRef<HTMLHeadingElement>(null);
  const anonymised = useRef(0);
  const rekey = useRekey(() =>
    dialogs.notify({ key: 'retention.done', params: { count: anonymised.current } }),
  );
  // Counted when the confirmation opens: follow-ups of due inquiries are anonymised with them.
  const counts = useMemo(
    () => (confirming && due ? anonymisationCounts(vault.store, due) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [confirming],
  );

  useEffect(() => {
    // Opened from the notice on "Heute" (#/einstellungen/loeschfristen): bring the section into view.
    if (window.location.hash.endsWith('/loeschfristen')) {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus();
    }
  }, []);

  const save = handleSubmit(async (rules) => {
    await saveRetentionRules(vault, rules);
    reset(rules);
    dialogs.notify({ key: 'retention.saved' });
  });

  async function anonymise() {
    setConfirming(false);
    // (A change since the confirmation opened makes it be worked out again: here, at once.)
    const toAnonymise = due ?? dueForRetention(vault.store, now);
    setBusy(true);
    setFailed(false);
    let count: number;
    setWriting(counts ? counts.inquiries + counts.followups + counts.persons : toAnonymise.length);
    try {
      count = await applyRetention(vault, toAnonymise, false);
    } catch {
      setFailed(true);
      setBusy(false);
      return;
    } finally {
      setWriting(undefined);
    }
    if (count > 0) {
      // The notice follows when the progress dialog is closed.
      anonymised.current = count;
      await rekey.rekey('anonymisation', t('rekey.reason.anonymisation'));
    } else dialogs.notify({ key: 'retention.done', params: { count } });
    setBusy(false);
  }

  const label = (item: DueItem): string => {
    if (item.table === 'inquiries') {
      const inquiry = getInquiry(vault.store, item.id);
      return inquiry ? `${fmt.date(inquiry.receivedAt)} · ${inquiry.subject}` : item.id;
    }
    if (item.table === 'funding') {
      const receipt = getFunding(vault.store, item.id);
      const project = receipt?.kind === 'receipt' ? getFunding(vault.store, receipt.projectId) : undefined;
      return receipt?.kind === 'receipt'
        ? t('retention.receiptLabel', {
            number: receipt.number,
            day: fmt.day(receipt.date),
            project: project?.kind === 'project' ? project.title : '',
          })
        : item.id;
    }
    const person = getPerson(vault.store, item.id);
    return person ? [person.firstName, person.lastName].filter(Boolean).join(' ') : item.id;
  };

  // Oldest first, so the review starts with what has waited longest (inquiries by date, then persons).
  const shown = due ? oldestDue(vault.store, due, SHOWN_DUE) : [];

  return (
    <Paper component="section" aria-labelledby="settings-retention" sx={{ p: 3 }}>
      <Typography
        id="settings-retention"
        variant="h5"
        component="h2"
        gutterBottom
        ref={heading}
        tabIndex={-1}
      >
        {t('retention.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('retention.intro')}
      </Typography>
      <Stack component="form" onSubmit={(e) => void save(e)} noValidate spacing={2} sx={{ maxWidth: 620 }}>
        {FIELDS.map((field) => (
          <FormIntegerField
            key={field}
            control={control}
            name={field}
            label={t(`retention.${field}`)}
            min={1}
            max={240}
          />
        ))}
        <FormCheckbox control={control} name="automatic" label={t('retention.automatic')} asSwitch />
        <Box>
          <Button type="submit" variant="outlined">
            {t('retention.save')}
          </Button>
        </Box>
      </Stack>

      <Typography id="retention-due" variant="h6" component="h3" sx={{ mt: 3 }}>
        {t('retention.reviewTitle')}
      </Typography>
      {!due ? (
        <Typography color="text.secondary" role="status">
          {t('retention.checkingDue')}
        </Typography>
      ) : due.length === 0 ? (
        <Typography color="text.secondary">{t('retention.noneDue')}</Typography>
      ) : (
        <>
          <Typography>
            {t('retention.dueCount', { count: due.length })}
            {due.length > SHOWN_DUE &&
              ` ${t('retention.shownOldest', { shown: SHOWN_DUE, count: due.length })}`}
          </Typography>
          <List dense aria-labelledby="retention-due" sx={{ maxHeight: 320, overflow: 'auto' }}>
            {shown.map((item) => (
              <ListItem key={`${item.table}-${item.id}`} divider>
                <ListItemText primary={label(item)} secondary={t(`retention.rule.${item.rule}`)} />
              </ListItem>
            ))}
          </List>
          <Button variant="contained" color="error" disabled={busy} onClick={() => setConfirming(true)}>
            {t('retention.anonymiseNow', { count: due.length })}
          </Button>
        </>
      )}
      {failed && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {t('retention.failed')}
        </Alert>
      )}

      <Typography id="retention-log" variant="h6" component="h3" sx={{ mt: 3 }}>
        {t('retention.logTitle')}
      </Typography>
      <Typography color="text.secondary" variant="body2" sx={{ mb: 1 }}>
        {t('retention.logIntro')}
      </Typography>
      {log.length === 0 ? (
        <Typography color="text.secondary">{t('retention.logEmpty')}</Typography>
      ) : (
        <Table size="small" aria-labelledby="retention-log">
          <TableHead>
            <TableRow>
              <TableCell>{t('retention.logWhen')}</TableCell>
              <TableCell>{t('retention.logRule')}</TableCell>
              <TableCell>{t('retention.logKind')}</TableCell>
              <TableCell align="right">{t('retention.logCount')}</TableCell>
              <TableCell>{t('retention.logHow')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...log].reverse().map((entry, i) => (
              <TableRow key={i}>
                <TableCell>{fmt.dateTime(entry.at)}</TableCell>
                <TableCell>{t(`retention.rule.${entry.rule}`)}</TableCell>
                <TableCell>{t(`backup.tables.${entry.table}`, { defaultValue: entry.table })}</TableCell>
                <TableCell align="right">{fmt.count(entry.count)}</TableCell>
                <TableCell>
                  {entry.automatic ? t('retention.logAutomatic') : t('retention.logManual')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('retention.confirmTitle')}
        text={[t('retention.confirmText'), counts && anonymisationCountsText(counts, t)]
          .filter(Boolean)
          .join(' ')}
        confirmLabel={t('retention.confirm')}
        cancelLabel={t('retention.cancel')}
        onConfirm={() => void anonymise()}
        onCancel={() => setConfirming(false)}
        destructive
      />
      <AnonymisingDialog count={writing} />
      {rekey.dialog}
    </Paper>
  );
}
