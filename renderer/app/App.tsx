// The vault gate: set up, unlock, or show the unlocked app. Locking reloads the page, which drops
// the key and every decrypted record from memory.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box, CircularProgress, CssBaseline, ThemeProvider } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { WrongPasswordError } from '../../shared/crypto/keySlots';
import { InvalidRecoveryKeyError } from '../../shared/crypto/recoveryKey';
import { DB_NAME, type AnlaufstelleDb } from '../data/db';
import { reloadWithoutAsking } from '../components/useLeaveGuard';
import { currentDatabaseName, guardVaultDatabases, openVaultDatabase } from '../data/vaultDatabase';
import { ensureTeamStamp } from '../data/sync/syncStamp';
import { setSyncTransport } from '../data/sync/transport';
import { createDemoVault, DEMO_DB_NAME, DEMO_PASSWORD, isDemoMode, setDemoMode } from '../data/demo';
import { StoreVersionProvider, VaultContext, type VaultSession } from '../data/VaultContext';
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
import { LockReasonNotice, OtherWindowScreen, TakenOverScreen } from '../features/vault/OtherWindowScreen';
import { saveDeviceSettings } from '../data/settings';
import { createAppTheme } from './theme';
import { SingleWindow, vaultLockName } from './singleWindow';

const demo = isDemoMode();
const base = demo ? DEMO_DB_NAME : DB_NAME;
// One unlocked window per vault; it guards every vault database's writes (also the fresh one a
// re-keying writes), so it is set up before any database opens.
const singleWindow = new SingleWindow(vaultLockName(demo));
// Team sync talks to its server through the host (the desktop window has no network of its own).
setSyncTransport((url, init) => host.syncFetch(url, init));
guardVaultDatabases((database) => singleWindow.guard(database));
// The current storage generation (re-keying writes a new database); left-overs are cleaned up first.
let db: AnlaufstelleDb | undefined;
async function currentDb(): Promise<AnlaufstelleDb> {
  // Another window may have re-keyed meanwhile: then the generation this window opened is gone.
  if (!db || db.name !== (await currentDatabaseName(base))) {
    db?.close();
    db = await openVaultDatabase(base);
  }
  return db;
}
const lockReasonBeforeReload = SingleWindow.takeLockReason();

// The unlocked app is its own chunk (cold start): the lock screen shows without it. It loads once
// the lock screen is idle (a person takes seconds to type a password), at the latest with the unlock.
const loadUnlockedApp = () => import('./UnlockedApp');
const UnlockedApp = lazy(loadUnlockedApp);
function preloadUnlockedApp(): void {
  void loadUnlockedApp().catch(() => {}); // a failure shows when React renders it
}
function preloadWhenIdle(): void {
  if ('requestIdleCallback' in window) requestIdleCallback(preloadUnlockedApp, { timeout: 2000 });
  else setTimeout(preloadUnlockedApp, 500);
}

function Loading() {
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <CircularProgress aria-label="Anlaufstelle" />
    </Box>
  );
}

type GateState =
  | { kind: 'loading' }
  | { kind: 'preparingDemo' }
  | (VaultState & { waitMs?: number })
  | { kind: 'open'; vault: OpenVault }
  | { kind: 'recoveryKey'; vault: OpenVault; recoveryKey: string }
  | { kind: 'otherWindow' }
  | { kind: 'takenOver' };

export function App() {
  const { t, i18n } = useTranslation();
  const [state, setGateState] = useState<GateState>({ kind: 'loading' });
  const [lockReason, setLockReason] = useState(lockReasonBeforeReload);
  const openVault = useRef<OpenVault | undefined>(undefined);
  const theme = useMemo(() => createAppTheme(i18n.language), [i18n.language]);

  /** Once another window took over, this window only reloads: nothing may show the vault again. */
  function setState(next: GateState) {
    setGateState((previous) => (previous.kind === 'takenOver' ? previous : next));
  }

  /** The vault as the app uses it: its saves are tracked, so a takeover can wait for them. */
  function opened(vault: OpenVault): OpenVault {
    openVault.current = singleWindow.track(vault);
    // A team's vault syncs while it is open; its writes carry their clocks from the first one on
    // (the stamp now; the engine starts after the first screen, see useStartupTasks).
    if (!demo) ensureTeamStamp(openVault.current);
    return openVault.current;
  }

  /** Holds the vault for this window, or shows that another window has it open. */
  async function claim(): Promise<AnlaufstelleDb | undefined> {
    if (!(await singleWindow.claim(takenOver))) {
      setState({ kind: 'otherWindow' });
      return undefined;
    }
    if (db && db.name === (await currentDatabaseName(base))) return db;
    // Another window re-keyed while this one showed its lock screen: the header shown is stale.
    singleWindow.unclaim();
    reloadWithoutAsking();
    return undefined;
  }

  /** Another window pressed "Hier weiterarbeiten": stop writing, flush, then lock like "Sperren". */
  function takenOver() {
    setGateState({ kind: 'takenOver' });
    if (demo) sessionStorage.setItem('anlaufstelle.demoLocked', '1');
    const vault = openVault.current;
    void singleWindow.stepAside(vault && (() => vault.prepareLock())).finally(() => reloadWithoutAsking());
  }

  /** What the gate shows first: another window's notice, the set-up or lock screen, or the open demo. */
  async function start(preparingDemo: () => void): Promise<GateState> {
    if (await singleWindow.openElsewhere()) return { kind: 'otherWindow' };
    const db = await currentDb();
    const vaultState = await readVaultState(db);
    if (demo) preloadUnlockedApp();
    if (demo && vaultState.kind === 'new') {
      if (!(await singleWindow.claim(takenOver))) return { kind: 'otherWindow' };
      preparingDemo();
      return { kind: 'open', vault: opened(await createDemoVault(db)) };
    }
    if (demo && vaultState.kind === 'locked' && !sessionStorage.getItem('anlaufstelle.demoLocked')) {
      // The demo opens without asking; after "Sperren" its unlock screen shows the password.
      if (!(await singleWindow.claim(takenOver))) return { kind: 'otherWindow' };
      try {
        return { kind: 'open', vault: opened(await unlockVault(db, vaultState.header, DEMO_PASSWORD)) };
      } catch {
        // Its password was changed (older versions allowed it): show its unlock screen instead.
        singleWindow.unclaim();
      }
    }
    const waitMs = vaultState.kind === 'locked' ? await remainingUnlockDelay(db) : 0;
    preloadWhenIdle();
    return { ...vaultState, waitMs };
  }

  /** "Hier weiterarbeiten": the other window locks; this one continues to its lock screen. */
  async function continueHere() {
    await singleWindow.takeOver();
    setState(await start(() => setState({ kind: 'preparingDemo' })));
  }

  useEffect(() => {
    void (async () => setState(await start(() => setState({ kind: 'preparingDemo' }))))();
    void host.requestPersistentStorage();
  }, []);

  // The desktop app's own questions (unsaved input on close) speak the app's language, not the OS's.
  useEffect(() => {
    const tell = (language: string) => void host.setLanguage(language === 'en' ? 'en' : 'de').catch(() => {});
    tell(i18n.language);
    i18n.on('languageChanged', tell);
    return () => i18n.off('languageChanged', tell);
  }, [i18n]);

  const session: VaultSession | null = useMemo(() => {
    if (state.kind !== 'open') return null;
    const vault = state.vault;
    return {
      vault,
      lock: () => {
        if (demo) sessionStorage.setItem('anlaufstelle.demoLocked', '1');
        void vault.prepareLock().finally(() => {
          // Let go before the reload: a window that starts right after must not still find it held.
          singleWindow.unclaim();
          reloadWithoutAsking();
        });
      },
      demo,
      leaveDemo,
    };
  }, [state]);

  /** Switches to the demo database: a reload opens it (set up on first use, then unlocked). */
  function startDemo() {
    setDemoMode(true);
    reloadWithoutAsking();
  }

  function leaveDemo() {
    setDemoMode(false);
    reloadWithoutAsking();
  }

  async function create(password: string) {
    preloadUnlockedApp();
    const db = await claim();
    if (!db) return;
    try {
      const { vault, recoveryKey } = await setUpVaultWithRecovery(db, password);
      // Until "sicher aufbewahrt" is confirmed, unlock reminds of the key (the window may close first).
      await saveDeviceSettings(vault, { recoveryKeyUnconfirmed: true });
      setState({ kind: 'recoveryKey', vault: opened(vault), recoveryKey });
    } catch (error) {
      singleWindow.unclaim();
      throw error;
    }
  }

  async function recover(
    recoveryKey: string,
    newPassword: string,
    onPhase: Parameters<typeof unlockVault>[3],
  ): Promise<RecoveryOutcome> {
    if (state.kind !== 'locked') return { ok: false, reason: 'failed' };
    preloadUnlockedApp();
    const db = await claim();
    if (!db) return { ok: false, reason: 'failed' };
    try {
      const vault = await unlockWithRecovery(db, state.header, recoveryKey, newPassword, onPhase);
      setState({ kind: 'open', vault: opened(vault) });
      return { ok: true };
    } catch (error) {
      singleWindow.unclaim();
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
    preloadUnlockedApp();
    const db = await claim();
    if (!db) return { ok: false, reason: 'failed', waitMs: 0 };
    try {
      const vault = await unlockVault(db, state.header, password, onPhase);
      sessionStorage.removeItem('anlaufstelle.demoLocked');
      setState({ kind: 'open', vault: opened(vault) });
      return { ok: true };
    } catch (error) {
      singleWindow.unclaim();
      if (error instanceof UnlockDelayError) return { ok: false, reason: 'wrong', waitMs: error.remainingMs };
      const waitMs = await remainingUnlockDelay(db);
      return { ok: false, reason: error instanceof WrongPasswordError ? 'wrong' : 'failed', waitMs };
    }
  }

  let content;
  switch (state.kind) {
    case 'loading':
      content = <Loading />;
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
        <>
          <LockReasonNotice reason={lockReason} onClose={() => setLockReason(undefined)} />
          <UnlockScreen
            initialWaitMs={state.waitMs ?? 0}
            onUnlock={unlock}
            {...(demo ? {} : { onRecover: recover, onDemo: startDemo })}
            {...(demo ? { demoPassword: DEMO_PASSWORD, onLeaveDemo: leaveDemo } : {})}
          />
        </>
      );
      break;
    case 'otherWindow':
      content = <OtherWindowScreen onContinueHere={continueHere} />;
      break;
    case 'takenOver':
      content = <TakenOverScreen />;
      break;
    case 'recoveryKey': {
      const vault = state.vault;
      content = (
        <RecoveryKeyScreen
          recoveryKey={state.recoveryKey}
          onDone={async () => {
            await saveDeviceSettings(vault, { recoveryKeyUnconfirmed: false });
            setState({ kind: 'open', vault });
          }}
        />
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
          <StoreVersionProvider store={state.vault.store}>
            <Suspense fallback={<Loading />}>
              <UnlockedApp />
            </Suspense>
          </StoreVersionProvider>
        </VaultContext.Provider>
      );
      break;
  }

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {content}
    </ThemeProvider>
  );
}
