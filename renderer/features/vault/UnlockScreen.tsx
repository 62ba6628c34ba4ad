import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Button, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CenteredPanel } from '../../components/CenteredPanel';
import { NewPasswordFields, problemText, useNewPassword } from '../../components/NewPasswordFields';
import { PasswordField } from '../../components/PasswordField';
import { warmKdfWorker } from '../../data/kdfWorker';
import type { UnlockPhase } from '../../data/vault';
import { WebModeNotice } from './WebModeNotice';

export type UnlockOutcome = { ok: true } | { ok: false; reason: 'wrong' | 'failed'; waitMs: number };
export type RecoveryOutcome = { ok: true } | { ok: false; reason: 'invalidKey' | 'wrongKey' | 'failed' };

interface Props {
  initialWaitMs: number;
  demoPassword?: string;
  onLeaveDemo?: () => void;
  /** "Beispieldaten ansehen": the demo opens in its own database; this vault stays as it is. */
  onDemo?: () => void;
  onUnlock: (password: string, onPhase: (phase: UnlockPhase) => void) => Promise<UnlockOutcome>;
  onRecover?: (
    recoveryKey: string,
    newPassword: string,
    onPhase: (phase: UnlockPhase) => void,
  ) => Promise<RecoveryOutcome>;
}

export function UnlockScreen(props: Props) {
  const [recovering, setRecovering] = useState(false);
  if (recovering && props.onRecover)
    return <RecoveryUnlock onRecover={props.onRecover} onBack={() => setRecovering(false)} />;
  return <PasswordUnlock {...props} onForgot={props.onRecover ? () => setRecovering(true) : undefined} />;
}

function PasswordUnlock({
  initialWaitMs,
  onUnlock,
  demoPassword,
  onLeaveDemo,
  onDemo,
  onForgot,
}: Props & { onForgot: (() => void) | undefined }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [phase, setPhase] = useState<UnlockPhase | null>(null);
  const [error, setError] = useState<'wrong' | 'failed' | null>(null);
  const [waitUntil, setWaitUntil] = useState(() => Date.now() + initialWaitMs);
  const [now, setNow] = useState(() => Date.now());
  const input = useRef<HTMLInputElement>(null);
  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now) / 1000));

  // The key derivation's worker loads while the password is typed.
  useEffect(() => warmKdfWorker(), []);

  useEffect(() => {
    if (waitSeconds <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [waitSeconds]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password || phase || waitSeconds > 0) return;
    setError(null);
    setPhase('kdf');
    const outcome = await onUnlock(password, setPhase);
    if (outcome.ok) return;
    warmKdfWorker();
    setPhase(null);
    setError(outcome.reason);
    setPassword('');
    setWaitUntil(Date.now() + outcome.waitMs);
    setNow(Date.now());
    input.current?.focus();
  }

  return (
    <CenteredPanel title={t('vault.unlockTitle')}>
      <Typography sx={{ mb: 3 }}>{t('vault.unlockIntro')}</Typography>
      <WebModeNotice />
      {demoPassword && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('demo.unlockHint')} <strong>{demoPassword}</strong>
        </Alert>
      )}
      <Box component="form" onSubmit={submit} noValidate autoComplete="off">
        <Stack spacing={2}>
          <PasswordField
            label={t('vault.password')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoFocus
            fullWidth
            inputRef={input}
            disabled={!!phase}
          />
          {error && (
            <Alert severity="error" role="alert">
              {error === 'wrong' ? t('vault.wrongPassword') : t('vault.failed')}
              {waitSeconds > 0 && (
                <Box component="span"> {t('vault.waitSeconds', { count: waitSeconds })}</Box>
              )}
            </Alert>
          )}
          {phase && <UnlockProgress phase={phase} />}
          <Button type="submit" variant="contained" size="large" disabled={!!phase || waitSeconds > 0}>
            {phase ? t('vault.unlocking') : t('vault.unlock')}
          </Button>
          {onLeaveDemo && <Button onClick={onLeaveDemo}>{t('demo.leave')}</Button>}
          {onForgot && !demoPassword && (
            <Button variant="text" onClick={onForgot} disabled={!!phase}>
              {t('recovery.forgot')}
            </Button>
          )}
          {onDemo && (
            <Box sx={{ textAlign: 'center' }}>
              <Button variant="text" onClick={onDemo} disabled={!!phase} aria-describedby="unlock-demo-hint">
                {t('misc.demo.view')}
              </Button>
              <Typography id="unlock-demo-hint" variant="body2" color="text.secondary">
                {t('demo.tryHint')}
              </Typography>
            </Box>
          )}
        </Stack>
      </Box>
    </CenteredPanel>
  );
}

function RecoveryUnlock({
  onRecover,
  onBack,
}: {
  onRecover: NonNullable<Props['onRecover']>;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const next = useNewPassword();
  const [phase, setPhase] = useState<UnlockPhase | null>(null);
  const [error, setError] = useState<'invalidKey' | 'wrongKey' | 'failed' | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (phase) return;
    setError(null);
    if (await next.validate()) return;
    setPhase('kdf');
    const outcome = await onRecover(key, next.password, setPhase);
    if (outcome.ok) return;
    setPhase(null);
    setError(outcome.reason);
  }

  const passwordProblem = problemText(next.problem, t);
  return (
    <CenteredPanel title={t('recovery.resetTitle')}>
      <Typography sx={{ mb: 3 }}>{t('recovery.resetIntro')}</Typography>
      <Box component="form" onSubmit={submit} noValidate autoComplete="off">
        <Stack spacing={2}>
          <TextField
            label={t('recovery.keyInput')}
            value={key}
            onChange={(e) => setKey(e.target.value)}
            autoFocus
            fullWidth
            multiline
            minRows={2}
            disabled={!!phase}
            error={error === 'invalidKey' || error === 'wrongKey'}
            helperText={t('recovery.keyHelp')}
            slotProps={{
              htmlInput: { spellCheck: false, autoComplete: 'off', style: { fontFamily: 'monospace' } },
            }}
          />
          <NewPasswordFields state={next} idPrefix="reset" disabled={!!phase} />
          {(error || passwordProblem) && (
            <Alert severity="error" role="alert">
              {passwordProblem ??
                (error === 'invalidKey'
                  ? t('recovery.invalidKey')
                  : error === 'wrongKey'
                    ? t('recovery.wrongKey')
                    : t('vault.failed'))}
            </Alert>
          )}
          {phase && <UnlockProgress phase={phase} />}
          <Button type="submit" variant="contained" size="large" disabled={!!phase}>
            {phase ? t('vault.unlocking') : t('recovery.resetSubmit')}
          </Button>
          <Button variant="text" onClick={onBack} disabled={!!phase}>
            {t('recovery.backToPassword')}
          </Button>
        </Stack>
      </Box>
    </CenteredPanel>
  );
}

/** What the unlock is doing now (key derivation, reading, decrypting), for both ways of unlocking. */
function UnlockProgress({ phase }: { phase: UnlockPhase }) {
  const { t } = useTranslation();
  return (
    <Box role="status" aria-live="polite">
      <LinearProgress aria-label={t('vault.unlocking')} />
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {t(`vault.phase.${phase}`)}
      </Typography>
    </Box>
  );
}
