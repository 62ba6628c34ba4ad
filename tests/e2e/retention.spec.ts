import { expect, openApp, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

test('Löschfristen: after unlock, closed inquiries past the period are listed, anonymised on confirmation, and logged', async ({
  page,
}) => {
  // Two unlocks and a re-keying: room on a busy machine.
  test.setTimeout(120_000);
  const { vault, inquiries } = await openApp(page, { time: new Date('2024-01-10T09:00:00') });
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Diskriminierung / Konflikt / Sicherheit',
    subject: 'Beratung Familie Haddad',
    notes: 'Frau Haddad, Tel. 0170 555',
  });
  await inquiries.open('Beratung Familie Haddad');
  await inquiries.setStatus('erledigt');
  await inquiries.save();
  await inquiries.create({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: 'Noch offen',
  });
  // Nothing is due yet.
  await page.getByRole('link', { name: 'Heute' }).click();
  await expect(page.getByText(/Löschfristen:/)).toHaveCount(0);

  // 26 months later (default period: 24 months after closing).
  await vault.reopenAt(new Date('2026-03-12T09:00:00'));
  await vault.unlock();
  await expect(page.getByText('Löschfristen: 1 Eintrag ist zur Anonymisierung fällig.')).toBeVisible();
  await page.getByRole('button', { name: 'Prüfen' }).click();
  await expect(page.getByRole('heading', { name: 'Löschfristen' })).toBeVisible();
  const due = page.getByRole('list', { name: 'Zur Anonymisierung fällig' });
  await expect(due.getByRole('listitem')).toHaveCount(1);
  await expect(due).toContainText('Beratung Familie Haddad');
  await expect(due).toContainText('Erledigte Anfragen');
  await expectNoSeriousA11yViolations(page, 'Löschfristen mit fälligen Einträgen');

  await page.getByRole('button', { name: '1 Eintrag jetzt anonymisieren' }).click();
  const confirm = page.getByRole('dialog', { name: 'Einträge anonymisieren?' });
  await expect(confirm.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'Löschfristen: Anonymisieren bestätigen');
  await confirm.getByRole('button', { name: 'Anonymisieren' }).click();
  // The vault is re-keyed right after (rekey.spec.ts checks the storage).
  const rekey = page.getByRole('dialog', { name: 'Tresor neu verschlüsseln' });
  await expect(rekey.getByRole('status')).toContainText('Neu verschlüsselt.', { timeout: 30_000 });
  await rekey.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByText('1 Eintrag anonymisiert')).toBeVisible();
  await expect(page.getByText('Zurzeit ist nichts fällig.')).toBeVisible();
  const log = page.getByRole('table', { name: 'Löschprotokoll' });
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log.getByRole('row').nth(1)).toContainText('Erledigte Anfragen');
  await expect(log.getByRole('row').nth(1)).toContainText('bestätigt');
  await expect(log).not.toContainText('Haddad');

  // The inquiry still counts, with its categories; name, notes and subject are gone — also after a restart.
  await page.reload();
  await vault.unlock();
  await expect(page.getByText(/Löschfristen:/)).toHaveCount(0);
  await inquiries.goto();
  await expect(page.getByText('2 Anfragen', { exact: true })).toBeVisible();
  await expect(inquiries.row('anonymisiert')).toContainText('Polizei');
  await expect(page.getByText('Beratung Familie Haddad')).toHaveCount(0);
  await inquiries.openDetail('anonymisiert');
  await expect(page.getByText(/Haddad|0170 555/)).toHaveCount(0);
});

test('Löschfristen set to automatic: after unlock, due records are anonymised without asking and the log says so', async ({
  page,
}) => {
  const { vault, inquiries } = await openApp(page, { time: new Date('2024-01-10T09:00:00') });
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Arbeit / Ausbildung',
    subject: 'Automatisch fällig',
  });
  await inquiries.open('Automatisch fällig');
  await inquiries.setStatus('erledigt');
  await inquiries.save();

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  const months = page.getByRole('spinbutton', { name: /Anfragen: personenbezogene Daten entfernen/ });
  await months.fill('0');
  await page.getByRole('button', { name: 'Fristen speichern' }).click();
  await expect(months).toHaveAccessibleDescription('Bitte einen Wert zwischen 1 und 240 Monaten eingeben.');
  await months.fill('12');
  await page.getByRole('switch', { name: /Automatisch anonymisieren/ }).check();
  await page.getByRole('button', { name: 'Fristen speichern' }).click();
  await expect(page.getByText('Löschfristen gespeichert')).toBeVisible();

  await vault.reopenAt(new Date('2025-02-01T09:00:00'));
  await vault.unlock();
  await page.getByRole('link', { name: 'Heute' }).click();
  // Anonymised right away, then re-keyed with the progress dialog (rekey.spec.ts checks the storage).
  const rekey = page.getByRole('dialog', { name: 'Tresor neu verschlüsseln' });
  await expect(rekey).toContainText('Gemäß Löschfristen wurde 1 Eintrag anonymisiert.');
  await expect(rekey.getByRole('status')).toContainText('Neu verschlüsselt.', { timeout: 30_000 });
  await rekey.getByRole('button', { name: 'Schließen' }).click();
  await expect(rekey).toBeHidden();
  await expect(
    page.getByText('Gemäß Löschfristen wurde 1 Eintrag anonymisiert.', { exact: true }),
  ).toBeVisible();
  await inquiries.goto();
  await expect(inquiries.row('anonymisiert')).toContainText('Polizei');
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  const log = page.getByRole('table', { name: 'Löschprotokoll' });
  await expect(log.getByRole('row').nth(1)).toContainText('automatisch');
});
