import type { ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';

/** The lock and set-up screens: one panel in the middle of the window. */
export function CenteredPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 480 }} elevation={2}>
        <Typography variant="overline" component="p" color="text.secondary">
          Anlaufstelle
        </Typography>
        <Typography variant="h5" component="h1" gutterBottom>
          {title}
        </Typography>
        {children}
      </Paper>
    </Box>
  );
}
