// While a dialog that can be printed is open, printing shows only that dialog, not the app behind it.
import { GlobalStyles } from '@mui/material';

export function PrintOnlyDialog() {
  return (
    <GlobalStyles
      styles={{
        '@media print': {
          '#root': { display: 'none !important' },
          '.MuiBackdrop-root': { display: 'none !important' },
          '.MuiDialog-container': { display: 'block !important', height: 'auto !important' },
          '.MuiDialog-paper': {
            boxShadow: 'none !important',
            margin: '0 !important',
            maxWidth: 'none !important',
            maxHeight: 'none !important',
            overflow: 'visible !important',
          },
          '.MuiDialogContent-root': { overflow: 'visible !important' },
          '.MuiModal-root': { position: 'static !important' },
        },
      }}
    />
  );
}
