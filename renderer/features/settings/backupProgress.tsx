// What the backup dialogs share: the progress line below the form and the file filter for age files.
import { useEffect, useRef } from 'react';
import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { BackupPhase } from '../../data/backup';

export const AGE_FILTER = [{ name: 'age', extensions: ['age'] }];

export type BackupProgress = { phase: BackupPhase | 'safety'; fraction: number } | null;

/** Lets React paint the progress before the next chunk of work. */
export const paint = () => new Promise((resolve) => setTimeout(resolve, 0));

export function ProgressLine({ progress }: { progress: BackupProgress }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const shown = !!progress;
  // The line appears below the preview in a scrolling dialog: bring it into view, or the user
  // sees nothing happen.
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  if (!progress) return null;
  return (
    <Box role="status" aria-live="polite" ref={ref}>
      <LinearProgress
        variant="determinate"
        value={Math.round(progress.fraction * 100)}
        aria-label={t('backup.progressLabel')}
      />
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {t(`backup.phase.${progress.phase}`)}
      </Typography>
    </Box>
  );
}
