// The vault gate: set up, unlock, or show the unlocked app. Locking reloads the page, which drops
// the key and every decrypted record from memory.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, CircularProgress, CssBaseline, ThemeProvider } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { de as dateDe, enGB as dateEn } from 'date-fns/locale';
import { useTranslation } from 'react-i18next';
import { WrongPasswordError } from '../../shared/crypto/keySlots';
import { InvalidRecoveryKeyError } from '../../shared/crypto/recoveryKey';
import { DB_NAME, type AnlaufstelleDb } from '../data/db';
import { openVaultDatabase } from '../data/vaultDatabase';
import { createDemoVault, DEMO_DB_NAME, DEMO_PASSWORD, isDemoMode, setDemoMode } from '../data/demo';
import { VaultContext, type VaultSession } from '../data/VaultContext';
import {
  readVaultState,
  remainingUnlockDelay,
  setUpVaultWithRecovery,
  unlockVault,
  unlockWithRecovery,
  UnlockDelayError,
  type OpenVault,
  type VaultState,
} from '../data/vault';
import { host } from '../host';
import { CenteredPanel } from '../components/CenteredPanel';
import { SetupScreen } from '../features/vault/SetupScreen';
import { RecoveryKeyScreen } from '../features/vault/RecoveryKeyScreen';
import { UnlockScreen, type RecoveryOutcome, type UnlockOutcome } from '../features/vault/UnlockScreen';
import { AppShell } from './AppShell';
import { createAppTheme } from './theme';

const demo = isDemoMode();
// The current storage generation (re-keying writes a new database); left-overs are cleaned up first.
const dbReady = openVaultDatabase(demo ? DEMO_DB_NAME : DB_NAME);
let db: AnlaufstelleDb;

type GateState =
  | { kind: 'loading' }
  | { kind: 'preparingDemo' }
  | (VaultState & { waitMs?: number })
  | { kind: 'open'; vault: OpenVault }
  | { kind: 'recoveryKey'; vault: OpenVault; recoveryKey: string };

export function App() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<GateState>({ kind: 'loading' });
  const theme = useMemo(() => createAppTheme(i18n.language), [i18n.language]);

  useEffect(() => {
    void (async () => {
      db = await dbReady;
      const vaultState = await readVaultState(db);
      if (demo && vaultState.kind === 'new') {
        setState({ kind: 'preparingDemo' });
        const vault = await createDemoVault(db);
        setState({ kind: 'open', vault });
        return;
      }
      if (demo && vaultState.kind === 'locked' && !sessionStorage.getItem('anlaufstelle.demoLocked')) {
        // The demo opens without asking; after "Sperren" its unlock screen shows the password.
        try {
          const vault = await unlockVault(db, vaultState.header, DEMO_PASSWORD);
          setState({ kind: 'open', vault });
          return;
        } catch {
          // Its password was changed (older versions allowed it): show its unlock screen instead.
        }
      }
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
        if (demo) sessionStorage.setItem('anlaufstelle.demoLocked', '1');
        void vault.prepareLock().finally(() => window.location.reload());
      },
      demo,
      leaveDemo,
    };
  }, [state]);

  /** Switches to the demo database: a reload opens it (set up on first use, then unlocked). */
  function startDemo() {
    setDemoMode(true);
    window.location.reload();
  }

  function leaveDemo() {
    setDemoMode(false);
    window.location.reload();
  }

  async function create(password: string) {
    const { vault, recoveryKey } = await setUpVaultWithRecovery(db, password);
    setState({ kind: 'recoveryKey', vault, recoveryKey });
  }

  async function recover(
    recoveryKey: string,
    newPassword: string,
    onPhase: Parameters<typeof unlockVault>[3],
  ): Promise<RecoveryOutcome> {
    if (state.kind !== 'locked') return { ok: false, reason: 'failed' };
    try {
      const vault = await unlockWithRecovery(db, state.header, recoveryKey, newPassword, onPhase);
      setState({ kind: 'open', vault });
      return { ok: true };
    } catch (error) {
      if (error instanceof InvalidRecoveryKeyError) return { ok: false, reason: 'invalidKey' };
      if (error instanceof WrongPasswordError) return { ok: false, reason: 'wrongKey' };
      return { ok: false, reason: 'failed' };
    }
  }

  async function unlock(
    password: string,
    onPhase: Parameters<typeof unlockVault>[3],
  ): Promise<UnlockOutcome> {
    if (state.kind !== 'locked') return { ok: false, reason: 'failed', waitMs: 0 };
    try {
      const vault = await unlockVault(db, state.header, password, onPhase);
      sessionStorage.removeItem('anlaufstelle.demoLocked');
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
    case 'preparingDemo':
      content = (
        <CenteredPanel title={t('demo.preparing')}>
          <Box role="status" sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
            <CircularProgress size={28} aria-hidden />
            <span>{t('demo.preparingText')}</span>
          </Box>
        </CenteredPanel>
      );
      break;
    case 'new':
      content = <SetupScreen onCreate={create} onDemo={startDemo} />;
      break;
    case 'locked':
      content = (
        <UnlockScreen
          initialWaitMs={state.waitMs ?? 0}
          onUnlock={unlock}
          {...(demo ? {} : { onRecover: recover })}
          {...(demo ? { demoPassword: DEMO_PASSWORD, onLeaveDemo: leaveDemo } : {})}
        />
      );
      break;
    case 'recoveryKey': {
      const vault = state.vault;
      content = (
        <RecoveryKeyScreen recoveryKey={state.recoveryKey} onDone={() => setState({ kind: 'open', vault })} />
      );
      break;
    }
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
