// The team feature's public entry: the sync status (top bar, Einstellungen → Team).
export { SyncStatusChip } from './SyncStatusChip';
export { agoText, syncStatusText, waitingText } from './syncStatusText';
export { useSyncStatus } from './useSyncStatus';
