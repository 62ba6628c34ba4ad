import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './fixtures';
import { launchProfile } from './support/browser';
import { scanForMarkers, writePositiveControl } from './support/profileScan';

const PASSWORD = 'Tresormarker-Lm42-Kiefer';
const NEW_PASSWORD = 'Neumarker-Passwort-Ws81-Eiche';
const MARKERS = {
  subject: 'Betreffmarker Löschfrist Tg6Qa',
  notes: 'Notizmarker Anonym Pv2Xe',
  personName: 'Anfragemarker Öztürk Hb5Rc',
  personOrg: 'Orgmarker Anonym Zk3Lp',
  personContact: 'kontaktmarker.anon7@example.org',
};
const CONTROL_MARKER = 'Kontrollmarker Birnen Yt4Ks';

test('after recovery keys, backups, exports, a password change and a retention run, no secret and no content is readable in the profile or the backup file', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const profile = await mkdtemp(join(tmpdir(), 'anlaufstelle-profile-'));
  const downloads = await mkdtemp(join(tmpdir(), 'anlaufstelle-downloads-'));
  try {
    const { context, page } = await launchProfile(profile, { baseURL, downloadsPath: downloads });
    const {
      vault,
      inquiries,
      recoveryKey: firstRecoveryKey,
    } = await openApp(page, { time: new Date('2024-01-10T09:00:00'), password: PASSWORD });

    await inquiries.openNewWithButton();
    await inquiries.fill({
      requester: 'Zugewanderte Person',
      topic: 'Aufenthalt / Status',
      subject: MARKERS.subject,
      notes: MARKERS.notes,
    });
    await inquiries.dialog().getByRole('button', { name: 'Person hinzufügen' }).click();
    await inquiries.dialog().getByRole('textbox', { name: 'Name' }).fill(MARKERS.personName);
    await inquiries
      .dialog()
      .getByRole('textbox', { name: 'Organisation', exact: true })
      .fill(MARKERS.personOrg);
    await inquiries.dialog().getByRole('textbox', { name: 'Telefon / E-Mail' }).fill(MARKERS.personContact);
    await inquiries.save();
    await inquiries.open(MARKERS.subject);
    await inquiries.setStatus('erledigt');
    await inquiries.save();

    // A backup: its passphrase is a secret too; the .age file holds no readable content.
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('button', { name: 'Sicherung erstellen' }).click();
    const backupDialog = page.getByRole('dialog', { name: 'Sicherung erstellen' });
    const passphrase = await backupDialog
      .getByRole('textbox', { name: 'Passphrase für die Sicherung' })
      .inputValue();
    const download = page.waitForEvent('download');
    await backupDialog.getByRole('button', { name: 'Sicherung erstellen' }).click();
    const backupPath = join(downloads, 'sicherung.age');
    await (await download).saveAs(backupPath);
    await expect(page.getByText(/^Sicherung gespeichert/)).toBeVisible();

    // The unencrypted export is the user's explicit choice and lands outside the profile.
    await page.getByRole('button', { name: 'Alle Daten exportieren' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Alle Daten exportieren' });
    await exportDialog.getByLabel('Ich habe verstanden, dass die Datei unverschlüsselt ist.').check();
    const exported = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Exportieren' }).click();
    await (await exported).path();
    await expect(page.getByText(/^Export gespeichert/)).toBeVisible();

    // Password change and a new recovery key.
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    const change = page.getByRole('dialog', { name: 'Passwort ändern' });
    await change.getByLabel('Aktuelles Passwort').fill(PASSWORD);
    await change.getByLabel('Neues Passwort', { exact: true }).fill(NEW_PASSWORD);
    await change.getByLabel('Neues Passwort wiederholen').fill(NEW_PASSWORD);
    await change.getByRole('button', { name: 'Passwort ändern' }).click();
    // Re-keying is on by default: the dialog ends with its outcome.
    await expect(change).toContainText('Das Passwort wurde geändert und der Tresor neu verschlüsselt.', {
      timeout: 60_000,
    });
    await change.getByRole('button', { name: 'Schließen' }).click();
    await expect(change).toBeHidden();
    await page.getByRole('button', { name: 'Neuen Wiederherstellungsschlüssel erstellen' }).click();
    await page.getByRole('dialog').getByLabel('Aktuelles Passwort').fill(NEW_PASSWORD);
    await page.getByRole('dialog').getByRole('button', { name: 'Erstellen' }).click();
    const secondRecoveryKey = await vault.readRecoveryKey();
    await vault.confirmRecoveryKeyStored('Fertig');

    // Retention run, 26 months later.
    await vault.reopenAt(new Date('2026-03-12T09:00:00'));
    await vault.unlock(NEW_PASSWORD);
    await page.getByRole('link', { name: 'Heute' }).click();
    await expect(page.getByText('Löschfristen: 1 Eintrag ist zur Anonymisierung fällig.')).toBeVisible();
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await expect(page.getByRole('heading', { name: 'Löschfristen' })).toBeFocused();
    await expect(page.getByRole('list', { name: 'Zur Anonymisierung fällig' })).toContainText(
      MARKERS.subject,
    );
    await page.getByRole('button', { name: '1 Eintrag jetzt anonymisieren' }).click();
    await page
      .getByRole('dialog', { name: 'Einträge anonymisieren?' })
      .getByRole('button', { name: 'Anonymisieren' })
      .click();
    // The anonymisation re-keys the vault right away (rekey.spec.ts checks the storage).
    const rekey = page.getByRole('dialog', { name: 'Tresor neu verschlüsseln' });
    await expect(rekey.getByRole('status')).toContainText('Neu verschlüsselt.', { timeout: 60_000 });
    await rekey.getByRole('button', { name: 'Schließen' }).click();
    await expect(page.getByText('1 Eintrag anonymisiert')).toBeVisible();

    await writePositiveControl(page, CONTROL_MARKER);
    await page.getByRole('button', { name: 'Sperren' }).click();
    await vault.expectLocked();
    await context.close();

    const secrets = [
      ...Object.values(MARKERS),
      PASSWORD,
      NEW_PASSWORD,
      passphrase,
      firstRecoveryKey,
      firstRecoveryKey.replace(/-/g, ''),
      secondRecoveryKey,
      secondRecoveryKey.replace(/-/g, ''),
    ];
    const profileScan = await scanForMarkers(profile, [...secrets, CONTROL_MARKER]);
    console.log(
      `scanned ${profileScan.filesScanned} files, ${profileScan.bytesScanned} bytes below the profile`,
    );
    expect(profileScan.hits.filter((h) => h.marker === CONTROL_MARKER).length).toBeGreaterThan(0);
    expect(profileScan.hits.filter((h) => h.marker !== CONTROL_MARKER)).toEqual([]);

    const backupScan = await scanForMarkers(downloads, secrets);
    // Only the explicit export may hold content; the backup file holds nothing readable.
    expect(backupScan.hits.filter((h) => h.file === 'sicherung.age')).toEqual([]);
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(downloads, { recursive: true, force: true });
  }
});
