// The team feature's public entry: the sync status (top bar, Einstellungen → Team).
export { SHOW_TEAM_EVENT, SyncStatusChip } from './SyncStatusChip';
export { TeamRemovalRekey } from './TeamRemovalRekey';
export { agoText, syncStatusText, waitingText } from './syncStatusText';
export { useSyncStatus } from './useSyncStatus';
export { useTeamWideNote } from './useTeamWideNote';
export { ConflictsNotice } from './ConflictsNotice';
export { RecordConflicts } from './RecordConflicts';
