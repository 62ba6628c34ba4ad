import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { OpenVault } from './vault';
import type { RecordStore } from './recordStore';

export interface VaultSession {
  vault: OpenVault;
  /** Drops keys and decrypted data (by reloading the page). */
  lock: () => void;
  /** The demo vault with generated data is open. */
  demo: boolean;
  leaveDemo: () => void;
}

export const VaultContext = createContext<VaultSession | null>(null);

export function useVaultSession(): VaultSession {
  const session = useContext(VaultContext);
  if (!session) throw new Error('useVaultSession outside an unlocked vault');
  return session;
}

const StoreVersionContext = createContext<number | null>(null);
const StoreSettledContext = createContext<(() => Promise<void>) | null>(null);

/**
 * Tells the screens below of record changes, as a transition: React draws their consequences in
 * slices and keeps typing and clicks first. (A subscription through useSyncExternalStore is always
 * drawn in one piece; after a save at 100,000 inquiries that piece was 200–500 ms.) Only one
 * transition is on its way at a time, and it carries the newest version when it starts: changes
 * that come while it is drawn wait for it to finish instead of restarting it, so a stream of
 * changes (a colleague's upload arriving) cannot keep the screen from ever being drawn.
 */
export function StoreVersionProvider({ store, children }: { store: RecordStore; children: ReactNode }) {
  const [version, setVersion] = useState(store.getVersion);
  const onItsWay = useRef(false);
  // For useStoreSettled: the version on screen, the store it is of, and who waits for the newest.
  const drawn = useRef({ store, version });
  const waiting = useRef<Array<() => void>>([]);
  const [settled] = useState(
    () => () =>
      drawn.current.version === drawn.current.store.getVersion()
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiting.current.push(resolve)),
  );
  useEffect(() => {
    // This version is drawn (or the store is new): catch up with what changed meanwhile.
    drawn.current = { store, version };
    onItsWay.current = false;
    if (version === store.getVersion()) for (const resolve of waiting.current.splice(0)) resolve();
    const update = () => {
      if (onItsWay.current) return;
      const next = store.getVersion();
      if (next === version) return;
      onItsWay.current = true;
      startTransition(() => setVersion(next));
    };
    update();
    return store.subscribe(update);
  }, [store, version]);
  return (
    <StoreSettledContext.Provider value={settled}>
      <StoreVersionContext.Provider value={version}>{children}</StoreVersionContext.Provider>
    </StoreSettledContext.Provider>
  );
}

/**
 * Resolves once the screens are drawn with every record change made so far: a handler that reads
 * what a screen computed (an export of the report) right after a save waits for it first.
 */
export function useStoreSettled(): () => Promise<void> {
  const settled = useContext(StoreSettledContext);
  if (!settled) throw new Error('useStoreSettled outside StoreVersionProvider');
  return settled;
}

/** Re-renders when any record changes (see StoreVersionProvider); returns the store's version. */
export function useStoreVersion(): number {
  const version = useContext(StoreVersionContext);
  if (version === null) throw new Error('useStoreVersion outside StoreVersionProvider');
  return version;
}
