import { createContext, useContext, useSyncExternalStore } from 'react';
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

/** Re-renders when any record changes; returns the store's version. */
export function useStoreVersion(): number {
  const { vault } = useVaultSession();
  return useSyncExternalStore(vault.store.subscribe, vault.store.getVersion);
}
