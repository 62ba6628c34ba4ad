// The sync status in words: "Synchronisiert · vor 2 Min.", "Offline – 12 Änderungen warten",
// "Nicht synchronisiert: Benutzername oder Passwort falsch".
import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../data/sync/syncEngine';
import type { Formats } from '../../components/format';

export function agoText(t: TFunction, fmt: Formats, at: string | undefined, now: Date): string {
  if (!at) return t('team.status.never');
  const minutes = Math.floor((now.getTime() - Date.parse(at)) / 60_000);
  if (minutes < 1) return t('team.status.justNow');
  if (minutes < 60) return t('team.status.minutesAgo', { count: minutes });
  if (minutes < 24 * 60) return t('team.status.hoursAgo', { count: Math.floor(minutes / 60) });
  return t('team.status.at', { date: fmt.dateTime(at) });
}

export function waitingText(t: TFunction, waiting: number): string {
  return waiting === 0 ? t('team.status.nothingWaiting') : t('team.status.waiting', { count: waiting });
}

export function syncStatusText(
  t: TFunction,
  fmt: Formats,
  status: SyncStatus,
  now: Date,
  /**
   * `brief`: the top bar's form, without the time of the last round. `online`: whether the computer
   * has a network (the browser's word): with one, an unreachable server is not "Offline".
   */
  {
    brief = false,
    online = globalThis.navigator?.onLine ?? true,
  }: { brief?: boolean; online?: boolean } = {},
): string | undefined {
  switch (status.state) {
    case 'off':
      return undefined;
    case 'syncing':
      return status.progress && status.progress.done > 0
        ? t('team.status.syncingCount', { done: status.progress.done })
        : t('team.status.syncing');
    case 'synced':
      return status.waiting > 0
        ? `${t('team.status.synced', { ago: agoText(t, fmt, status.lastSyncAt, now) })} · ${waitingText(t, status.waiting)}`
        : t('team.status.synced', { ago: agoText(t, fmt, status.lastSyncAt, now) });
    case 'failed':
      if (status.failure !== 'unreachable')
        return t('team.status.failed', { reason: t(`team.failure.${status.failure}`) });
      // How long ago the server was last reached: a laptop offline for days says so.
      return status.lastSyncAt && !brief
        ? t(online ? 'team.status.serverAwaySince' : 'team.status.offlineSince', {
            waiting: waitingText(t, status.waiting),
            ago: agoText(t, fmt, status.lastSyncAt, now),
          })
        : t(online ? 'team.status.serverAway' : 'team.status.offline', {
            waiting: waitingText(t, status.waiting),
          });
  }
}
