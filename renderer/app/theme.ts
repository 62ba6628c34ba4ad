import { createTheme } from '@mui/material/styles';
import { deDE as coreDe, enUS as coreEn } from '@mui/material/locale';
import { deDE as pickersDe, enUS as pickersEn } from '@mui/x-date-pickers/locales';

/** The colours charts draw with, read through `useTheme().palette.chart`. */
export interface ChartPalette {
  /**
   * Okabe–Ito: distinguishable with colour-blindness and in greyscale (different lightness). Eight as a
   * tuple, so `series[2]` is a colour to the typecheck; charts with more series start over.
   */
  series: readonly [string, string, string, string, string, string, string, string];
  /** The dashed "Vorjahr" line: neutral, so it reads as a reference, not as one more series. */
  reference: string;
}

declare module '@mui/material/styles' {
  interface Palette {
    chart: ChartPalette;
  }
  interface PaletteOptions {
    chart?: ChartPalette;
  }
}

const CHART_PALETTE: ChartPalette = {
  series: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'],
  reference: '#555555',
};

// One calm accent with AA contrast on white; MUI defaults for everything else.
export function createAppTheme(language: string) {
  const german = language !== 'en';
  return createTheme(
    {
      palette: {
        primary: { main: '#0b5394' },
        secondary: { main: '#6a3d9a' },
        background: { default: '#f5f7fa' },
        chart: CHART_PALETTE,
      },
      typography: { fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
      components: {
        // ButtonBase resets `outline`, which hid the app-wide focus ring on every button (WCAG 2.4.7).
        MuiButtonBase: {
          defaultProps: { disableRipple: false },
          styleOverrides: {
            root: { '&.Mui-focusVisible': { outline: '3px solid #f9a825', outlineOffset: '2px' } },
          },
        },
        // The focus ripple filled a focused button with a pale blue, which read as selected text in
        // confirmation dialogs; the focus ring above says "focused" clearly enough.
        MuiButton: { defaultProps: { disableFocusRipple: true } },
        MuiTooltip: { defaultProps: { arrow: true } },
        // Dialogs wrap title, content and actions in a <form>: without this the form broke the paper's
        // column layout, so the whole dialog scrolled and "Speichern" slid below a laptop screen. Now
        // only the content scrolls and the actions stay in view.
        MuiDialog: {
          styleOverrides: {
            paper: { '& > form': { display: 'flex', flexDirection: 'column', minHeight: 0 } },
          },
        },
        // autocomplete="off" keeps typed text out of the browser's autofill and session-restore files,
        // which would otherwise hold it unencrypted (found by the marker scan).
        MuiInputBase: { defaultProps: { autoComplete: 'off' } },
        MuiCssBaseline: {
          styleOverrides: {
            ':focus-visible': { outline: '3px solid #f9a825', outlineOffset: '2px' },
            // What is scrolled into view (a section opened by a link, the focus) stops below the fixed
            // top bar instead of under it.
            html: { scrollPaddingTop: 80 },
            // Printing a dashboard: the charts, not the navigation or the controls.
            '@media print': {
              '.no-print, header, nav, .MuiDrawer-root': { display: 'none !important' },
              body: { background: '#fff' },
            },
          },
        },
      },
    },
    german ? coreDe : coreEn,
    german ? pickersDe : pickersEn,
  );
}
