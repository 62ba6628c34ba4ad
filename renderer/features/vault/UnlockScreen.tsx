import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CenteredPanel } from '../../components/CenteredPanel';
import { PasswordField } from '../../components/PasswordField';
import type { UnlockPhase } from '../../data/vault';

export type UnlockOutcome = { ok: true } | { ok: false; reason: 'wrong' | 'failed'; waitMs: number };

interface Props {
  initialWaitMs: number;
  demoPassword?: string;
  onLeaveDemo?: () => void;
  onUnlock: (password: string, onPhase: (phase: UnlockPhase) => void) => Promise<UnlockOutcome>;
}

export function UnlockScreen({ initialWaitMs, onUnlock, demoPassword, onLeaveDemo }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [phase, setPhase] = useState<UnlockPhase | null>(null);
  const [error, setError] = useState<'wrong' | 'failed' | null>(null);
  const [waitUntil, setWaitUntil] = useState(() => Date.now() + initialWaitMs);
  const [now, setNow] = useState(() => Date.now());
  const input = useRef<HTMLInputElement>(null);
  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now) / 1000));

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
          {phase && (
            <Box role="status" aria-live="polite">
              <LinearProgress aria-label={t('vault.unlocking')} />
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {t(`vault.phase.${phase}`)}
              </Typography>
            </Box>
          )}
          <Button type="submit" variant="contained" size="large" disabled={!!phase || waitSeconds > 0}>
            {phase ? t('vault.unlocking') : t('vault.unlock')}
          </Button>
          {onLeaveDemo && <Button onClick={onLeaveDemo}>{t('demo.leave')}</Button>}
        </Stack>
      </Box>
    </CenteredPanel>
  );
}
