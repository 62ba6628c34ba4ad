// One section of Einstellungen: a titled region (its heading names it for screen readers) with an
// optional introduction, so every section reads and is announced the same way.
import type { ReactNode } from 'react';
import { Paper, Typography } from '@mui/material';

export function SettingsSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 3 }}>
      <Typography id={id} variant="h5" component="h2" gutterBottom>
        {title}
      </Typography>
      {intro && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {intro}
        </Typography>
      )}
      {children}
    </Paper>
  );
}
