// Shows a recovery key once, in readable groups, with "Drucken" and the confirmation that it was
// stored. Only the key and its heading are printed.
import { useId, useState } from 'react';
import { Box, Button, Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';

export function RecoveryKeyPanel({
  recoveryKey,
  stored,
  onStoredChange,
}: {
  recoveryKey: string;
  stored: boolean;
  onStoredChange: (stored: boolean) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labelId = useId();
  const [shownAt] = useState(() => new Date());
  const groups = recoveryKey.split('-');
  return (
    <Stack spacing={2}>
      <Typography sx={{ displayPrint: 'none' }}>{t('recovery.intro')}</Typography>
      <Typography variant="h6" component="p" sx={{ display: 'none', displayPrint: 'block' }}>
        {t('recovery.printHeading')}
      </Typography>
      <Typography sx={{ display: 'none', displayPrint: 'block' }}>
        {t('recovery.printCreated', {
          date: fmt.date(shownAt.toISOString()),
        })}
      </Typography>
      <Typography id={labelId} variant="subtitle2" component="p">
        {t('recovery.keyLabel')}
      </Typography>
      <Box
        role="group"
        aria-labelledby={labelId}
        data-testid="recovery-key"
        data-key={recoveryKey}
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(4, auto)',
          justifyContent: 'start',
          gap: 1.5,
          fontFamily: 'monospace',
          fontSize: '1.35rem',
          letterSpacing: '0.08em',
          p: 2,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
        }}
      >
        {groups.map((g, i) => (
          <span key={i}>{g}</span>
        ))}
      </Box>
      <Box sx={{ displayPrint: 'none' }}>
        <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {t('recovery.print')}
        </Button>
      </Box>
      <FormControlLabel
        sx={{ displayPrint: 'none' }}
        control={<Checkbox checked={stored} onChange={(e) => onStoredChange(e.target.checked)} />}
        label={t('recovery.stored')}
      />
    </Stack>
  );
}
