import { DEFAULT_SETTINGS, SETTINGS_ID, settingsSchema, type Settings } from '../../shared/domain/settings';
import { nextMeta, type RecordMeta } from '../../shared/domain/recordMeta';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

interface StoredSettings {
  data: Settings;
  meta: RecordMeta;
}

export function readSettings(store: RecordStore): Settings {
  const stored = store.get('settings', SETTINGS_ID)?.payload as StoredSettings | undefined;
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored?.data });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(vault: OpenVault, settings: Settings, now = new Date()): Promise<void> {
  const previous = vault.store.get('settings', SETTINGS_ID)?.payload as StoredSettings | undefined;
  await vault.put('settings', SETTINGS_ID, {
    data: settings,
    meta: nextMeta(previous?.meta, now, vault.deviceId),
  });
}
