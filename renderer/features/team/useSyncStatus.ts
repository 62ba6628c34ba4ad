import { useSyncExternalStore } from 'react';
import { syncEngineFor, type SyncStatus } from '../../data/sync/syncEngine';
import { useVaultSession } from '../../data/VaultContext';

/** The open vault's sync status, re-rendering when it changes ("off" outside a team). */
export function useSyncStatus(): SyncStatus {
  const { vault } = useVaultSession();
  const engine = syncEngineFor(vault);
  return useSyncExternalStore(engine.subscribe, engine.getStatus);
}
