// Re-keying by each trigger: afterwards no row, key slot or snapshot with the old key id is left in
// any database of the vault, no ciphertext from before is left, the data is intact, and old secrets
// open nothing. The storage is read raw, with plain indexedDB in the page.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { InquiriesPage } from './pages/InquiriesPage';
import { RekeyPage } from './pages/RekeyPage';
import { PASSWORD, VaultPage } from './pages/VaultPage';
import { expectNoSeriousA11yViolations } from './support/axe';
import { launchProfile } from './support/browser';
import {
  leftovers,
  needles,
  readVaultStorage,
  scanForBytes,
  type VaultStorage,
} from './support/vaultStorage';

const SECOND = 'Kirschbaum-Laterne-5170!';
const THIRD = 'Wolkenbruch-Mandarine-8842?';

/** Nothing of `before` is left, one database remains, and every record row is still there. */
async function expectRekeyed(page: Page, before: VaultStorage): Promise<VaultStorage> {
  const after = await readVaultStorage(page);
  expect(leftovers(before, after)).toEqual({ databases: 1, oldKeyIds: [], oldCiphertexts: 0 });
  expect(after.headerKeyIds).toHaveLength(1);
  expect(after.rows.every((r) => r.keyId === after.headerKeyIds[0])).toBe(true);
  return after;
}

/**
 * The record tables holding sealed content, as the storage shows them: rows, and packs (a re-keying
 * writes the records in packs, whose record ids are sealed too; the screens show the records).
 */
const liveTables = (s: VaultStorage) =>
  [
    ...new Set(s.rows.filter((r) => r.ct).map((r) => (r.store === 'packs' ? r.id.split('|')[1]! : r.store))),
  ].sort();

test('re-keying on demand, with a new recovery key and with a password change leaves nothing of the old key; the data stays, old secrets open nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const vault = new VaultPage(page);
  const inquiries = new InquiriesPage(page);
  const rekey = new RekeyPage(page);
  await page.goto('/');
  const firstKey = await vault.setUp();
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Arbeit / Ausbildung',
    subject: 'Anfrage vor dem Schlüsselwechsel',
    notes: 'Notiz bleibt lesbar',
  });
  await inquiries.create({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: 'Zweite Anfrage',
  });

  // On demand, keyboard only; the dialog cannot be closed while it runs, and says how it ended.
  const s0 = await readVaultStorage(page);
  const dialog = await rekey.startOnDemand();
  await rekey.expectDone(dialog);
  await expect(dialog).toContainText('bleiben mit ihrer eigenen Passphrase lesbar');
  await expectNoSeriousA11yViolations(page, 'Tresor neu verschlüsselt');
  await rekey.closeWithKeyboard(dialog);
  const s1 = await expectRekeyed(page, s0);
  expect(liveTables(s1)).toEqual(liveTables(s0));

  // A new recovery key: re-keys with progress, then shows the key until it is confirmed as stored.
  await page.getByRole('button', { name: 'Neuen Wiederherstellungsschlüssel erstellen' }).click();
  const recoveryDialog = page.getByRole('dialog');
  await expect(recoveryDialog).toContainText('bleiben mit ihrer eigenen Passphrase lesbar');
  await recoveryDialog.getByLabel('Aktuelles Passwort').fill(PASSWORD);
  await recoveryDialog.getByRole('button', { name: 'Erstellen' }).click();
  // Two Argon2id derivations and the re-keying: slow on a busy machine.
  await expect(recoveryDialog.getByRole('status')).toContainText('Neu verschlüsselt.', { timeout: 60_000 });
  const secondKey = await vault.readRecoveryKey();
  expect(secondKey).not.toBe(firstKey);
  await expect(recoveryDialog.getByRole('status')).toContainText('Neu verschlüsselt.');
  await page.keyboard.press('Escape');
  await expect(recoveryDialog.getByRole('group', { name: 'Ihr Wiederherstellungsschlüssel' })).toBeVisible();
  await vault.confirmRecoveryKeyStored('Fertig');
  await expect(recoveryDialog).toBeHidden();
  const s2 = await expectRekeyed(page, s1);
  expect(liveTables(s2)).toEqual(liveTables(s0));

  // Passwort ändern: re-keying is offered and on by default, and explained.
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  const passwordDialog = page.getByRole('dialog', { name: 'Passwort ändern' });
  const checkbox = passwordDialog.getByRole('checkbox', {
    name: 'Tresor dabei neu verschlüsseln (empfohlen)',
  });
  await expect(checkbox).toBeChecked();
  await expect(checkbox).toHaveAccessibleDescription(/Dann öffnet das alte Passwort nichts mehr/);
  await expectNoSeriousA11yViolations(page, 'Passwort ändern mit Neu-Verschlüsseln');
  await passwordDialog.getByLabel('Aktuelles Passwort').fill(PASSWORD);
  await passwordDialog.getByLabel('Neues Passwort', { exact: true }).fill(SECOND);
  await passwordDialog.getByLabel('Neues Passwort wiederholen').fill(SECOND);
  await passwordDialog.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(passwordDialog.getByRole('status')).toContainText('Neu verschlüsselt.', { timeout: 60_000 });
  await expect(passwordDialog).toContainText('Das Passwort wurde geändert und der Tresor neu verschlüsselt.');
  await rekey.closeWithKeyboard(passwordDialog);
  const s3 = await expectRekeyed(page, s2);
  expect(liveTables(s3)).toEqual(liveTables(s0));

  // After a restart: the old password and the old recovery key open nothing; the new key does,
  // and everything is there.
  await page.reload();
  await vault.passwordField().fill(PASSWORD);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(page.getByRole('alert')).toContainText('Das Passwort ist falsch.', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Entsperren' })).toBeEnabled({ timeout: 5000 });
  await vault.recover(firstKey, THIRD);
  await expect(page.getByRole('alert')).toHaveText(/passt nicht zu diesem Tresor/, { timeout: 30_000 });
  await page.getByRole('textbox', { name: 'Wiederherstellungsschlüssel' }).fill(secondKey);
  await page.getByRole('button', { name: 'Entsperren und Passwort festlegen' }).click();
  await expect(page.getByRole('button', { name: 'Sperren' })).toBeVisible();
  await inquiries.goto();
  await expect(page.getByText('2 Anfragen', { exact: true })).toBeVisible();
  await inquiries.openDetail('Anfrage vor dem Schlüsselwechsel');
  await expect(page.getByText('Notiz bleibt lesbar')).toBeVisible();
});

/**
 * Sets up a vault with a person and an inquiry about her, erases her ("Person löschen", which
 * re-keys), and checks storage and screens. Returns what was encrypted before the erasure.
 */
async function eraseAPerson(page: Page): Promise<VaultStorage> {
  const vault = new VaultPage(page);
  const inquiries = new InquiriesPage(page);
  const rekey = new RekeyPage(page);
  await page.goto('/');
  const recoveryKey = await vault.setUp();
  await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk' }).click();
  await page.getByRole('button', { name: 'Neue Person' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Vorname' }).fill('Amira');
  await dialog.getByRole('textbox', { name: 'Nachname' }).fill('Haddad');
  await dialog.getByRole('textbox', { name: 'Mobiltelefon' }).fill('0170 5550123');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();
  await inquiries.openNewWithButton();
  await inquiries.fill({
    requester: 'Zugewanderte Person',
    topic: 'Sprache / Sprachkurs',
    subject: 'Frau Haddad sucht Abendkurs',
    notes: 'Ruft wieder an unter 0170 5550123',
  });
  await inquiries.dialog().getByRole('combobox', { name: 'Anfragende Organisation / Person' }).fill('Haddad');
  await page.getByRole('option', { name: /Amira Haddad/ }).click();
  await inquiries.save();
  await inquiries.create({ requester: 'Polizei', topic: 'Arbeit / Ausbildung', subject: 'Andere Anfrage' });
  // Lock and unlock: the snapshot now holds the person too.
  await page.getByRole('button', { name: 'Sperren' }).click();
  await vault.unlock();

  // Everything encrypted before the erasure: rows, snapshot, key slots.
  const before = await readVaultStorage(page);
  expect(before.rows.some((r) => r.store === 'persons' && r.ct)).toBe(true);

  await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk' }).click();
  await page.getByRole('tab', { name: 'Personen' }).click();
  await page.getByRole('button', { name: 'Amira Haddad' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Person löschen' }).click();
  await page
    .getByRole('dialog', { name: 'Person endgültig löschen?' })
    .getByRole('button', { name: 'Endgültig löschen' })
    .click();
  const progress = rekey.progressDialog();
  await expect(progress).toContainText('Die Person ist gelöscht.');
  await expect(progress).toContainText('enthalten die gelöschten Daten noch');
  await rekey.expectDone(progress);
  await expectNoSeriousA11yViolations(page, 'Person löschen: neu verschlüsselt');
  await rekey.closeWithKeyboard(progress);
  await expect(page.getByText('Person gelöscht, Bezüge anonymisiert')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const after = await expectRekeyed(page, before);
  expect(
    after.rows.filter((r) => (r.store === 'persons' && r.ct) || r.id.startsWith('pack|persons|')),
  ).toEqual([]);
  await inquiries.goto();
  await expect(page.getByText('2 Anfragen', { exact: true })).toBeVisible();
  await expect(inquiries.row('anonymisiert')).toContainText('Zugewanderte Person');
  await expect(inquiries.row('Andere Anfrage')).toBeVisible();

  // The recovery key still opens the re-keyed vault (it was wrapped anew, not replaced).
  await page.reload();
  await vault.recover(recoveryKey, SECOND);
  await expect(page.getByRole('button', { name: 'Sperren' })).toBeVisible({ timeout: 60_000 });
  await inquiries.goto();
  await expect(page.getByText('2 Anfragen', { exact: true })).toBeVisible();
  return before;
}

test('"Person löschen" re-keys: no row, slot or snapshot of the old key is left; the rest is intact', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await eraseAPerson(page);
});

test('"Person löschen" re-keys: no old ciphertext is left in any file of the browser profile', async ({
  baseURL,
}) => {
  // Each storage generation is a storage bucket of its own; deleting it removes its folder. (With
  // one shared LevelDB per origin, deleteDatabase left the old rows in its table files.)
  test.setTimeout(180_000);
  const profile = await mkdtemp(join(tmpdir(), 'anlaufstelle-rekey-'));
  try {
    const { context, page } = await launchProfile(profile, { baseURL });
    const before = await eraseAPerson(page);

    // Positive control: random bytes of the same kind, written by the test into another database.
    const control = randomBytes(64);
    await page.evaluate(
      async (bytes) => {
        await new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('positive-control-bytes', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('plain');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction('plain', 'readwrite');
            tx.objectStore('plain').put(new Uint8Array(bytes), 'k');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        });
      },
      [...control],
    );
    await page.getByRole('button', { name: 'Sperren' }).click();
    await new VaultPage(page).expectLocked();
    await context.close();

    expect(
      await scanForBytes(profile, needles(control.toString('base64'))),
      'the scanner must find the control',
    ).not.toEqual([]);
    // Every ciphertext from before (rows, snapshot, key slots), each looked for on its own.
    const found: string[] = [];
    for (const ct of before.ciphertexts) {
      const files = await scanForBytes(profile, needles(ct));
      const row = before.rows.find((r) => r.ct === ct);
      if (files.length)
        found.push(`${row ? `${row.store} row` : 'snapshot or key slot'} in ${files.join(', ')}`);
    }
    expect(found).toEqual([]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('an anonymisation run re-keys: by hand in Einstellungen, and automatically after unlock', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: new Date('2024-01-10T09:00:00') });
  const vault = new VaultPage(page);
  const inquiries = new InquiriesPage(page);
  const rekey = new RekeyPage(page);
  await page.goto('/');
  await vault.setUp();
  for (const subject of ['Beratung Familie Haddad', 'Später fällig']) {
    await inquiries.create({
      requester: 'Polizei',
      topic: 'Arbeit / Ausbildung',
      subject,
      notes: `Notiz ${subject}`,
    });
  }
  await inquiries.open('Beratung Familie Haddad');
  await inquiries.setStatus('erledigt');
  await inquiries.save();
  await inquiries.create({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: 'Noch offen',
  });

  // 26 months later (default period: 24 months after closing): anonymise by hand.
  await vault.reopenAt(new Date('2026-03-12T09:00:00'));
  await vault.unlock();
  await page.getByRole('link', { name: 'Heute' }).click();
  await page.getByRole('button', { name: 'Prüfen' }).click();
  const s0 = await readVaultStorage(page);
  await page.getByRole('button', { name: '1 Eintrag jetzt anonymisieren' }).click();
  await page
    .getByRole('dialog', { name: 'Einträge anonymisieren?' })
    .getByRole('button', { name: 'Anonymisieren' })
    .click();
  const progress = rekey.progressDialog();
  await expect(progress).toContainText('Die Einträge sind anonymisiert.');
  await rekey.expectDone(progress);
  await rekey.closeWithKeyboard(progress);
  await expect(page.getByText('1 Eintrag anonymisiert')).toBeVisible();
  const s1 = await expectRekeyed(page, s0);
  // Every record is still there (the deletion log is new).
  expect(liveTables(s1)).toEqual(expect.arrayContaining(liveTables(s0)));
  await inquiries.goto();
  await expect(page.getByText('3 Anfragen', { exact: true })).toBeVisible();
  await expect(inquiries.row('anonymisiert')).toContainText('Polizei');
  await expect(page.getByText('Beratung Familie Haddad')).toHaveCount(0);

  // Automatic from now on; the next one falls due and is anonymised, then re-keyed, right after unlock.
  await inquiries.open('Später fällig');
  await inquiries.setStatus('erledigt');
  await inquiries.save();
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('switch', { name: /Automatisch anonymisieren/ }).check();
  await page.getByRole('button', { name: 'Fristen speichern' }).click();
  await expect(page.getByText('Löschfristen gespeichert')).toBeVisible();
  await vault.reopenAt(new Date('2028-05-01T09:00:00'));
  await vault.expectLocked();
  const s2 = await readVaultStorage(page);
  await vault.unlock();
  // The automatic run starts on "Heute".
  await page.getByRole('link', { name: 'Heute' }).click();
  await expect(progress).toContainText('Gemäß Löschfristen wurde 1 Eintrag anonymisiert.');
  await rekey.expectDone(progress);
  await rekey.closeWithKeyboard(progress);
  const s3 = await expectRekeyed(page, s2);
  expect(liveTables(s3)).toEqual(expect.arrayContaining(liveTables(s2)));
  await inquiries.goto();
  await expect(page.getByText('3 Anfragen', { exact: true })).toBeVisible();
  await expect(page.getByText('Später fällig')).toHaveCount(0);
  await expect(inquiries.row('Noch offen')).toBeVisible();
});
