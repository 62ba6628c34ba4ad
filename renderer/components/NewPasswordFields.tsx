// A new password and its repetition, with the strength meter and the set-up rules (length, zxcvbn
// score, match). Used when the password is changed or reset with the recovery key.
import { useEffect, useState } from 'react';
import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { checkNewPassword, MIN_PASSWORD_LENGTH, type PasswordProblem } from '../../shared/domain/password';
import { PasswordField } from './PasswordField';
import { scorePassword } from './passwordStrength';

const STRENGTH_COLORS = ['error', 'error', 'warning', 'success', 'success'] as const;

/** The set-up rules, and (when changing it) that the new password must differ from the current one. */
export type NewPasswordProblem = PasswordProblem | 'unchanged';

export interface NewPassword {
  password: string;
  repeat: string;
  setPassword: (value: string) => void;
  setRepeat: (value: string) => void;
  problem: NewPasswordProblem | null;
  /**
   * Checks the rules; shows and returns the problem, or null when the password may be used. With
   * `current` (a password change), the same password again is refused: re-keying to it changes
   * nothing a person expects, and the dialog would say "changed".
   */
  validate: (current?: string) => Promise<NewPasswordProblem | null>;
}

export function useNewPassword(): NewPassword {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<NewPasswordProblem | null>(null);
  return {
    password,
    repeat,
    setPassword,
    setRepeat,
    problem,
    validate: async (current) => {
      const found =
        current && password === current
          ? 'unchanged'
          : checkNewPassword(password, repeat, await scorePassword(password));
      setProblem(found);
      return found;
    },
  };
}

export function problemText(problem: NewPasswordProblem | null, t: TFunction): string | null {
  if (problem === 'tooShort') return t('vault.tooShort', { count: MIN_PASSWORD_LENGTH });
  if (problem === 'weak') return t('vault.weak');
  if (problem === 'mismatch') return t('vault.mismatch');
  if (problem === 'unchanged') return t('misc.password.unchanged');
  return null;
}

export function NewPasswordFields({
  state,
  idPrefix,
  disabled,
}: {
  state: NewPassword;
  idPrefix: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [score, setScore] = useState(0);
  useEffect(() => {
    let current = true;
    void scorePassword(state.password).then((s) => current && setScore(s));
    return () => {
      current = false;
    };
  }, [state.password]);
  const labels = t('vault.strengthLabels', { returnObjects: true }) as string[];
  const strengthId = `${idPrefix}-strength`;
  return (
    <Stack spacing={2}>
      <PasswordField
        label={t('recovery.newPassword')}
        value={state.password}
        onChange={(e) => state.setPassword(e.target.value)}
        fullWidth
        disabled={disabled}
        error={state.problem === 'tooShort' || state.problem === 'weak' || state.problem === 'unchanged'}
        helperText={t('vault.minLength', { count: MIN_PASSWORD_LENGTH })}
        slotProps={{ htmlInput: { 'aria-describedby': strengthId } }}
      />
      <Box id={strengthId} aria-live="polite">
        <LinearProgress
          variant="determinate"
          value={state.password ? ((score + 1) / 5) * 100 : 0}
          color={STRENGTH_COLORS[score] ?? 'error'}
          aria-hidden
          sx={{ height: 6, borderRadius: 3 }}
        />
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {state.password ? t('vault.strength', { label: labels[score] ?? '' }) : '\u00a0'}
        </Typography>
      </Box>
      <PasswordField
        label={t('recovery.newPasswordRepeat')}
        value={state.repeat}
        onChange={(e) => state.setRepeat(e.target.value)}
        fullWidth
        disabled={disabled}
        error={state.problem === 'mismatch'}
      />
    </Stack>
  );
}
