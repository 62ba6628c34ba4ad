import type { CategoryEntry } from '../../shared/domain/categories';
import { nextMeta, type RecordMeta } from '../../shared/domain/recordMeta';
import {
  DEFAULT_SETTINGS,
  LIST_KEYS,
  SETTINGS_ID,
  deviceSettingsId,
  settingsSchema,
  type DeviceSettings,
  type ListKey,
  type Settings,
} from '../../shared/domain/settings';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

interface Stored<T> {
  data: T;
  meta: RecordMeta;
}

const cache = new WeakMap<RecordStore, { version: number; settings: Settings }>();

/** Office settings with defaults for anything not saved yet (lists added by later versions too). */
export function readSettings(store: RecordStore): Settings {
  const cached = cache.get(store);
  if (cached && cached.version === store.getVersion()) return cached.settings;
  const stored = (store.get('settings', SETTINGS_ID)?.payload as Stored<Partial<Settings>> | undefined)?.data;
  const merged = {
    ...DEFAULT_SETTINGS,
    ...stored,
    lists: { ...DEFAULT_SETTINGS.lists, ...stored?.lists },
  };
  const parsed = settingsSchema.safeParse(merged);
  const settings = parsed.success ? parsed.data : DEFAULT_SETTINGS;
  cache.set(store, { version: store.getVersion(), settings });
  return settings;
}

export async function saveSettings(vault: OpenVault, settings: Settings, now = new Date()): Promise<void> {
  const previous = vault.store.get('settings', SETTINGS_ID)?.payload as Stored<Settings> | undefined;
  await vault.put('settings', SETTINGS_ID, {
    data: settings,
    meta: nextMeta(previous?.meta, now, vault.deviceId),
  });
}

export async function saveList(vault: OpenVault, key: ListKey, entries: CategoryEntry[]): Promise<void> {
  const current = readSettings(vault.store);
  await saveSettings(vault, { ...current, lists: { ...current.lists, [key]: entries } });
}

export function readDeviceSettings(vault: OpenVault): DeviceSettings {
  return (
    (
      vault.store.get('settings', deviceSettingsId(vault.deviceId))?.payload as
        Stored<DeviceSettings> | undefined
    )?.data ?? {}
  );
}

export async function saveDeviceSettings(
  vault: OpenVault,
  change: Partial<DeviceSettings>,
  now = new Date(),
): Promise<void> {
  const id = deviceSettingsId(vault.deviceId);
  const previous = vault.store.get('settings', id)?.payload as Stored<DeviceSettings> | undefined;
  await vault.put('settings', id, {
    data: { ...previous?.data, ...change },
    meta: nextMeta(previous?.meta, now, vault.deviceId),
  });
}

export { LIST_KEYS };
