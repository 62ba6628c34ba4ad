// Re-keying ("Tresor neu verschlüsseln") as a person sees it: a run with progress ("12.400 von
// 77.600"), its end ("Neu verschlüsselt" or an error saying nothing was changed), and a new recovery
// key to confirm when the re-keying issued one. Used inside the password and recovery-key dialogs
// (RekeyProgressView) and on its own for erasure, anonymisation and the on-demand action
// (RekeyProgressDialog with useRekey).
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { WrongPasswordError } from '../../../shared/crypto/keySlots';
import type { RekeyProgress, RekeyReason } from '../../data/vault';
import { useVaultSession } from '../../data/VaultContext';
import { PrintOnlyDialog } from '../../components/PrintOnly';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';

/** The work to run: reports progress, and returns a recovery key when a new one was issued. */
export type RekeyTask = (
  onProgress: (progress: RekeyProgress) => void,
) => Promise<{ recoveryKey?: string | undefined } | void>;

export interface RekeyRunState {
  status: 'idle' | 'running' | 'done' | 'failed';
  /** Null until the re-keying reports its first step (a password check comes first). */
  progress: RekeyProgress | null;
  recoveryKey: string | null;
}

const IDLE: RekeyRunState = { status: 'idle', progress: null, recoveryKey: null };

export interface RekeyRun {
  state: RekeyRunState;
  /**
   * Runs the task; resolves true when it succeeded, false when it failed (the state says so). A
   * wrong password is the form's business: it resets the run and is thrown to the caller.
   */
  start: (task: RekeyTask) => Promise<boolean>;
  retry: () => Promise<boolean>;
  reset: () => void;
}

export function useRekeyRun(): RekeyRun {
  const [state, setState] = useState<RekeyRunState>(IDLE);
  const last = useRef<RekeyTask | null>(null);
  // Progress may come per record: render at most once per frame.
  const pending = useRef<RekeyProgress | null>(null);
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const start = useCallback(async (task: RekeyTask): Promise<boolean> => {
    last.current = task;
    setState({ status: 'running', progress: null, recoveryKey: null });
    const onProgress = (progress: RekeyProgress) => {
      pending.current = progress;
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        const latest = pending.current;
        setState((s) => (s.status === 'running' ? { ...s, progress: latest } : s));
      });
    };
    try {
      const result = await task(onProgress);
      setState((s) => ({
        status: 'done',
        progress: pending.current ?? s.progress,
        recoveryKey: result?.recoveryKey ?? null,
      }));
      return true;
    } catch (error) {
      if (error instanceof WrongPasswordError) {
        setState(IDLE);
        throw error;
      }
      setState((s) => ({ ...s, status: 'failed' }));
      return false;
    } finally {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      pending.current = null;
    }
  }, []);
  const retry = useCallback(() => (last.current ? start(last.current) : Promise.resolve(false)), [start]);
  const reset = useCallback(() => setState(IDLE), []);
  return { state, start, retry, reset };
}

/** Whether the run has anything to show (the re-keying began, or it ended). */
export function rekeyVisible(state: RekeyRunState): boolean {
  return state.status === 'done' || state.status === 'failed' || state.progress !== null;
}

/**
 * The body while re-keying and after: why it runs, how far it is, and how it ended. Not live while
 * it counts (a screen reader would read every step); the end is announced.
 */
export function RekeyProgressView({
  state,
  intro,
  backupNote,
  storedKey,
  onStoredKeyChange,
}: {
  state: RekeyRunState;
  intro: string;
  backupNote: string;
  storedKey: boolean;
  onStoredKeyChange: (stored: boolean) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const box = useRef<HTMLDivElement>(null);
  // The button that started it is gone: keep the focus inside the dialog, on the text.
  useEffect(() => box.current?.focus(), []);
  const { progress } = state;
  const percent = progress && progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : 0;
  const counts = progress ? { done: progress.done, total: progress.total } : null;
  return (
    <Stack spacing={2} ref={box} tabIndex={-1} sx={{ outline: 'none' }}>
      {intro && <Typography sx={{ displayPrint: 'none' }}>{intro}</Typography>}
      {state.status === 'running' && (
        <Box>
          <Typography id={labelId} sx={{ mb: 1 }}>
            {counts ? t('rekey.runningCount', counts) : t('rekey.running')}
          </Typography>
          <LinearProgress
            variant={counts ? 'determinate' : 'indeterminate'}
            value={percent}
            aria-labelledby={labelId}
            {...(counts ? { 'aria-valuetext': t('rekey.progressValue', counts) } : {})}
          />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('rekey.wait')}
          </Typography>
        </Box>
      )}
      {state.status === 'done' && (
        <Alert severity="success" role="status" sx={{ displayPrint: 'none' }}>
          <strong>{t('rekey.done')}</strong> {t('rekey.doneText')}
          {state.recoveryKey && ` ${t('rekey.newRecoveryKey')}`}
        </Alert>
      )}
      {state.status === 'failed' && (
        <Alert severity="error" role="alert">
          {t('rekey.failed')}
        </Alert>
      )}
      {state.status === 'done' && state.recoveryKey && (
        <RecoveryKeyPanel
          recoveryKey={state.recoveryKey}
          stored={storedKey}
          onStoredChange={onStoredKeyChange}
        />
      )}
      <Typography variant="body2" color="text.secondary" sx={{ displayPrint: 'none' }}>
        {backupNote}
      </Typography>
    </Stack>
  );
}

/** "Schließen" (after confirming a new recovery key) and, after a failure, "Erneut versuchen". */
export function RekeyActions({
  run,
  storedKey,
  onClose,
  closeLabel,
}: {
  run: RekeyRun;
  storedKey: boolean;
  onClose: () => void;
  closeLabel?: string;
}) {
  const { t } = useTranslation();
  const { status, recoveryKey } = run.state;
  const disabled = !!recoveryKey && !storedKey;
  const close = useRef<HTMLButtonElement>(null);
  const ended = status !== 'running';
  useEffect(() => {
    if (!ended || disabled) return;
    // Once more after the frame: the form's button that had the focus is gone, and the dialog's
    // focus trap may have moved the focus to the dialog itself after autoFocus ran (seen on a busy
    // machine). Only when the run ends, so a later tick of "sicher aufbewahrt" keeps its focus.
    const frame = requestAnimationFrame(() => close.current?.focus());
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- at the end of the run only (see above)
  }, [ended]);
  if (status === 'running') return null;
  return (
    <DialogActions sx={{ displayPrint: 'none' }}>
      {status === 'failed' && <Button onClick={() => void run.retry()}>{t('rekey.retry')}</Button>}
      <Button ref={close} variant="contained" autoFocus disabled={disabled} onClick={onClose}>
        {closeLabel ?? t('rekey.close')}
      </Button>
    </DialogActions>
  );
}

/** Whether a dialog showing this run may close now (never while it runs or a new key is unconfirmed). */
export function rekeyClosable(state: RekeyRunState, storedKey: boolean): boolean {
  return state.status !== 'running' && !(state.status === 'done' && state.recoveryKey && !storedKey);
}

/** The modal dialog for a re-keying that has no form of its own. */
export function RekeyProgressDialog({
  run,
  intro,
  backupNote,
  onClose,
}: {
  run: RekeyRun;
  intro: string;
  backupNote: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [storedKey, setStoredKey] = useState(false);
  const closable = rekeyClosable(run.state, storedKey);
  const close = () => {
    if (!closable) return;
    setStoredKey(false);
    onClose();
  };
  return (
    <Dialog
      open={run.state.status !== 'idle'}
      onClose={close}
      maxWidth="sm"
      fullWidth
      aria-labelledby="rekey-title"
    >
      {run.state.recoveryKey && <PrintOnlyDialog />}
      <DialogTitle id="rekey-title">{t('rekey.title')}</DialogTitle>
      <DialogContent>
        <RekeyProgressView
          state={run.state}
          intro={intro}
          backupNote={backupNote}
          storedKey={storedKey}
          onStoredKeyChange={setStoredKey}
        />
      </DialogContent>
      <RekeyActions run={run} storedKey={storedKey} onClose={close} />
    </Dialog>
  );
}

/**
 * Re-keys the open vault with the progress dialog: `rekey(reason, intro)` resolves true when it
 * worked; `onClosed` runs when the person closes the dialog at the end. Render `dialog`.
 */
export function useRekey(onClosed?: (succeeded: boolean) => void): {
  rekey: (reason: RekeyReason, intro: string) => Promise<boolean>;
  dialog: ReactNode;
  running: boolean;
} {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const run = useRekeyRun();
  const [context, setContext] = useState<{ reason: RekeyReason; intro: string }>({
    reason: 'manual',
    intro: '',
  });
  const { start } = run;
  const rekey = useCallback(
    (reason: RekeyReason, intro: string) => {
      setContext({ reason, intro });
      return start((onProgress) => vault.rekey(reason, onProgress));
    },
    [start, vault],
  );
  const erased = context.reason === 'erasure' || context.reason === 'anonymisation';
  const dialog = (
    <RekeyProgressDialog
      run={run}
      intro={context.intro}
      backupNote={t(erased ? 'rekey.backupsKeepErased' : 'rekey.backupsStay')}
      onClose={() => {
        const succeeded = run.state.status === 'done';
        run.reset();
        onClosed?.(succeeded);
      }}
    />
  );
  return { rekey, dialog, running: run.state.status === 'running' };
}
