// The automatic-backup passphrase and the team connection (CouchDB password, team keys, key pair) are
// device secrets: not in "Alle Daten exportieren" (JSON, XLSX), not in a backup, and a restore neither
// imports them nor loses this device's own. (Never synced: tests/unit/renderer/teamSync.test.ts.)
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealBackupFile } from '../../../shared/backup/ageFile';
import { encodeBackup } from '../../../shared/backup/format';
import { utf8Decode } from '../../../shared/crypto/bytes';
import { deviceSettingsId } from '../../../shared/domain/settings';
import { RECORD_TABLES, type RecordTable } from '../../../shared/storage/envelope';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { createBackupFile, readBackupFile, restoreBackup } from '../../../renderer/data/backup';
import { createJsonExport, createXlsxExport } from '../../../renderer/data/export';
import { readDeviceSettings, saveDeviceSettings } from '../../../renderer/data/settings';
import { setUpVault, type OpenVault } from '../../../renderer/data/vault';
import { meta, validTables } from '../shared/recordFixtures';
import { readWorkbook } from '../../support/readXlsx';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const PASSPHRASE = 'K7QM-2XHD-9PRT-W4NB-6FJC-A1B2';
const SECRET = 'GERAETE-GEHEIMNIS-7Q2X';
const TEAM_SECRET = 'TEAM-GEHEIMNIS-5KW9';
const TEAM = {
  server: 'https://couchdb.landkreis.example:6984',
  database: 'kreis-musterstadt',
  user: 'anna',
  password: `${TEAM_SECRET}-passwort`,
  office: 'Integrationsbüro',
  identity: `AGE-SECRET-KEY-1${TEAM_SECRET}`,
  recipient: 'age1recipient',
  keys: [{ keyId: 't-0123456789abcdef', secret: `${TEAM_SECRET}-key`, idSecret: `${TEAM_SECRET}-ids` }],
};

let vault: OpenVault;
beforeAll(async () => {
  vault = await setUpVault(new AnlaufstelleDb(`device-secrets-${Date.now()}`), PASSWORD);
  await saveDeviceSettings(vault, { autoBackupPassphrase: SECRET, currentUserId: 'person-01', team: TEAM });
});

describe('device secrets stay on the device', () => {
  it('are not in the JSON export, but the rest of the device settings is', () => {
    const json = utf8Decode(createJsonExport(vault));
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain(TEAM_SECRET);
    expect(json).not.toContain('autoBackupPassphrase');
    expect(json).toContain('person-01');
  });

  it('are not in the XLSX export (read back with another library)', async () => {
    const names = Object.fromEntries(RECORD_TABLES.map((t) => [t, t])) as Record<RecordTable, string>;
    const workbook = await readWorkbook(await createXlsxExport(vault, names));
    const cells = [...workbook.values()].flatMap((rows) => rows.flat());
    expect(cells).toContain('person-01');
    expect(cells.some((c) => String(c).includes(SECRET) || String(c).includes(TEAM_SECRET))).toBe(false);
    expect(cells).not.toContain('autoBackupPassphrase');
  });

  it('are not in a backup', async () => {
    const backup = await readBackupFile(await createBackupFile(vault, PASSPHRASE), PASSPHRASE);
    expect(JSON.stringify(backup.tables)).not.toContain(SECRET);
    expect(JSON.stringify(backup.tables)).not.toContain(TEAM_SECRET);
    expect(JSON.stringify(backup.tables)).toContain('person-01');
  });

  it('a restore keeps this device’s passphrase and brings in none from the file', async () => {
    // An older backup: it still holds device secrets, this device's (outdated) and another's.
    const tables = validTables('FREMDES-GEHEIMNIS');
    tables.settings.push({
      id: deviceSettingsId(vault.deviceId),
      payload: {
        data: { autoBackupPassphrase: 'ALTES-GEHEIMNIS', lastReminderDay: '2026-01-05' },
        meta: meta(),
      },
    });
    const plaintext = await encodeBackup(tables, { appVersion: '0.1.0', createdAt: new Date() });
    const file = await sealBackupFile(plaintext, PASSPHRASE, undefined, 10);
    await restoreBackup(vault, await readBackupFile(file, PASSPHRASE));

    expect(readDeviceSettings(vault)).toEqual({
      autoBackupPassphrase: SECRET,
      lastReminderDay: '2026-01-05',
      team: TEAM,
    });
    const everything = JSON.stringify(Array.from(vault.store.all('settings'), (r) => r.payload));
    expect(everything).not.toContain('FREMDES-GEHEIMNIS');
    expect(everything).not.toContain('ALTES-GEHEIMNIS');
  });
});
