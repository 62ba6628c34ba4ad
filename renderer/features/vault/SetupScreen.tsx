import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { checkNewPassword, MIN_PASSWORD_LENGTH, type PasswordProblem } from '../../../shared/domain/password';
import { CenteredPanel } from '../../components/CenteredPanel';
import { PasswordField } from '../../components/PasswordField';
import { scorePassword } from '../../components/passwordStrength';
import { warmKdfWorker } from '../../data/kdfWorker';
import { WebModeNotice } from './WebModeNotice';

interface Props {
  onCreate: (password: string) => Promise<void>;
  onDemo: () => void;
}

const STRENGTH_COLORS = ['error', 'error', 'warning', 'success', 'success'] as const;

export function SetupScreen({ onCreate, onDemo }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [score, setScore] = useState(0);
  const [problem, setProblem] = useState<PasswordProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  // The key derivation's worker loads while the password is chosen.
  useEffect(() => warmKdfWorker(), []);

  useEffect(() => {
    let current = true;
    void scorePassword(password).then((s) => current && setScore(s));
    return () => {
      current = false;
    };
  }, [password]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkNewPassword(password, repeat, await scorePassword(password));
    setProblem(found);
    if (found) return;
    setBusy(true);
    setFailed(false);
    try {
      await onCreate(password);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  const labels = t('vault.strengthLabels', { returnObjects: true }) as string[];
  const problemText =
    problem === 'tooShort'
      ? t('vault.tooShort', { count: MIN_PASSWORD_LENGTH })
      : problem === 'weak'
        ? t('vault.weak')
        : problem === 'mismatch'
          ? t('vault.mismatch')
          : null;

  return (
    <CenteredPanel title={t('vault.setupTitle')}>
      <Typography sx={{ mb: 3 }}>{t('vault.setupIntro')}</Typography>
      <WebModeNotice />
      <Box component="form" onSubmit={submit} noValidate autoComplete="off">
        <Stack spacing={2}>
          <PasswordField
            label={t('vault.password')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoFocus
            fullWidth
            error={problem === 'tooShort' || problem === 'weak'}
            helperText={t('vault.minLength', { count: MIN_PASSWORD_LENGTH })}
            slotProps={{ htmlInput: { 'aria-describedby': 'password-strength' } }}
          />
          <Box id="password-strength" aria-live="polite">
            <LinearProgress
              variant="determinate"
              value={password ? ((score + 1) / 5) * 100 : 0}
              color={STRENGTH_COLORS[score] ?? 'error'}
              aria-hidden
              sx={{ height: 6, borderRadius: 3 }}
            />
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {password ? t('vault.strength', { label: labels[score] ?? '' }) : '\u00a0'}
            </Typography>
          </Box>
          <PasswordField
            label={t('vault.passwordRepeat')}
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            fullWidth
            error={problem === 'mismatch'}
          />
          {problemText && (
            <Alert severity="error" role="alert">
              {problemText}
            </Alert>
          )}
          {failed && (
            <Alert severity="error" role="alert">
              {t('vault.failed')}
            </Alert>
          )}
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            {busy ? t('vault.creating') : t('vault.create')}
          </Button>
          <Button variant="text" onClick={onDemo} disabled={busy}>
            {t('demo.try')}
          </Button>
          <Typography variant="body2" color="text.secondary">
            {t('demo.tryHint')}
          </Typography>
        </Stack>
      </Box>
    </CenteredPanel>
  );
}
