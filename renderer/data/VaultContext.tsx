import { createContext, startTransition, useContext, useEffect, useState } from 'react';
import type { OpenVault } from './vault';

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

/**
 * Re-renders when any record changes; returns the store's version. The re-render is a transition:
 * React draws it in slices and keeps input first (a store subscription through useSyncExternalStore
 * is always drawn in one piece, and after a save at 100,000 inquiries that piece was 200–500 ms).
 */
export function useStoreVersion(): number {
  const { vault } = useVaultSession();
  const [version, setVersion] = useState(vault.store.getVersion);
  useEffect(() => {
    const update = () => startTransition(() => setVersion(vault.store.getVersion()));
    // A change between this render and the subscription is not missed.
    update();
    return vault.store.subscribe(update);
  }, [vault]);
  return version;
}
