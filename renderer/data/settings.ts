import type { CategoryEntry } from '../../shared/domain/categories';
import { nextMeta } from '../../shared/domain/recordMeta';
import {
  DEFAULT_SETTINGS,
  LIST_KEYS,
  SETTINGS_ID,
  deviceSettingsId,
  type DeviceSettings,
  type ListKey,
  type Settings,
} from '../../shared/domain/settings';
import { settingsPayloadOf, type SettingsPayload } from '../../shared/storage/records';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

const cache = new WeakMap<RecordStore, { version: number; settings: Settings }>();

/** Office settings with defaults for anything not saved yet (lists added by later versions too). */
export function readSettings(store: RecordStore): Settings {
  const cached = cache.get(store);
  if (cached && cached.version === store.tableVersion('settings')) return cached.settings;
  const settings = settingsPayloadOf('office', store.get('settings', SETTINGS_ID))?.data ?? DEFAULT_SETTINGS;
  cache.set(store, { version: store.tableVersion('settings'), settings });
  return settings;
}

export async function saveSettings(vault: OpenVault, settings: Settings, now = new Date()): Promise<void> {
  const previous = settingsPayloadOf('office', vault.store.get('settings', SETTINGS_ID));
  const payload: SettingsPayload<'office'> = {
    data: settings,
    meta: nextMeta(previous?.meta, now, vault.deviceId),
  };
  await vault.put('settings', SETTINGS_ID, payload);
}

export async function saveList(vault: OpenVault, key: ListKey, entries: CategoryEntry[]): Promise<void> {
  const current = readSettings(vault.store);
  await saveSettings(vault, { ...current, lists: { ...current.lists, [key]: entries } });
}

export function readDeviceSettings(vault: OpenVault): DeviceSettings {
  return (
    settingsPayloadOf('device', vault.store.get('settings', deviceSettingsId(vault.deviceId)))?.data ?? {}
  );
}

export async function saveDeviceSettings(
  vault: OpenVault,
  change: Partial<DeviceSettings>,
  now = new Date(),
  /** `bookkeeping`: the sync's own notes (checkpoint, time of the last round): no screen redraws. */
  kind: 'content' | 'bookkeeping' = 'content',
): Promise<void> {
  const id = deviceSettingsId(vault.deviceId);
  const previous = settingsPayloadOf('device', vault.store.get('settings', id));
  const payload: SettingsPayload<'device'> = {
    data: { ...previous?.data, ...change },
    meta: nextMeta(previous?.meta, now, vault.deviceId),
  };
  await vault.put('settings', id, payload, kind);
}

export { LIST_KEYS };
