// The vault gate: set up, unlock, or show the unlocked app. Locking reloads the page, which drops
// the key and every decrypted record from memory.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, CircularProgress, CssBaseline, ThemeProvider } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { de as dateDe, enGB as dateEn } from 'date-fns/locale';
import { useTranslation } from 'react-i18next';
import { WrongPasswordError } from '../../shared/crypto/keySlots';
import { AnlaufstelleDb } from '../data/db';
import { VaultContext, type VaultSession } from '../data/VaultContext';
import {
  readVaultState,
  remainingUnlockDelay,
  setUpVault,
  unlockVault,
  UnlockDelayError,
  type OpenVault,
  type VaultState,
} from '../data/vault';
import { host } from '../host';
import { CenteredPanel } from '../components/CenteredPanel';
import { SetupScreen } from '../features/vault/SetupScreen';
import { UnlockScreen, type UnlockOutcome } from '../features/vault/UnlockScreen';
import { AppShell } from './AppShell';
import { createAppTheme } from './theme';

const db = new AnlaufstelleDb();

type GateState =
  { kind: 'loading' } | (VaultState & { waitMs?: number }) | { kind: 'open'; vault: OpenVault };

export function App() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<GateState>({ kind: 'loading' });
  const theme = useMemo(() => createAppTheme(i18n.language), [i18n.language]);

  useEffect(() => {
    void (async () => {
      const vaultState = await readVaultState(db);
      const waitMs = vaultState.kind === 'locked' ? await remainingUnlockDelay(db) : 0;
      setState({ ...vaultState, waitMs });
    })();
    void host.requestPersistentStorage();
  }, []);

  const session: VaultSession | null = useMemo(() => {
    if (state.kind !== 'open') return null;
    const vault = state.vault;
    return {
      vault,
      lock: () => {
        void vault.prepareLock().finally(() => window.location.reload());
      },
    };
  }, [state]);

  async function create(password: string) {
    const vault = await setUpVault(db, password);
    setState({ kind: 'open', vault });
  }

  async function unlock(
    password: string,
    onPhase: Parameters<typeof unlockVault>[3],
  ): Promise<UnlockOutcome> {
    if (state.kind !== 'locked') return { ok: false, reason: 'failed', waitMs: 0 };
    try {
      const vault = await unlockVault(db, state.header, password, onPhase);
      setState({ kind: 'open', vault });
      return { ok: true };
    } catch (error) {
      if (error instanceof UnlockDelayError) return { ok: false, reason: 'wrong', waitMs: error.remainingMs };
      const waitMs = await remainingUnlockDelay(db);
      return { ok: false, reason: error instanceof WrongPasswordError ? 'wrong' : 'failed', waitMs };
    }
  }

  let content;
  switch (state.kind) {
    case 'loading':
      content = (
        <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
          <CircularProgress aria-label="Anlaufstelle" />
        </Box>
      );
      break;
    case 'new':
      content = <SetupScreen onCreate={create} />;
      break;
    case 'locked':
      content = <UnlockScreen initialWaitMs={state.waitMs ?? 0} onUnlock={unlock} />;
      break;
    case 'damaged':
      content = (
        <CenteredPanel title={t('vault.unlockTitle')}>
          <Alert severity="error">{t('vault.damaged')}</Alert>
        </CenteredPanel>
      );
      break;
    case 'open':
      content = (
        <VaultContext.Provider value={session}>
          <AppShell />
        </VaultContext.Provider>
      );
      break;
  }

  return (
    <ThemeProvider theme={theme}>
      <LocalizationProvider
        dateAdapter={AdapterDateFns}
        adapterLocale={i18n.language === 'en' ? dateEn : dateDe}
      >
        <CssBaseline />
        {content}
      </LocalizationProvider>
    </ThemeProvider>
  );
}
