import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { InquiriesPage } from './pages/InquiriesPage';
import { expectNoSeriousA11yViolations } from './support/axe';

async function openPerson(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk' }).click();
  await page.getByRole('tab', { name: 'Personen' }).click();
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
}

test('Auskunft gathers everything about a person (print view and JSON); "Person löschen" removes them and anonymises references', async ({
  app: { page },
}) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk' }).click();
  await page.getByRole('button', { name: 'Neue Person' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Speichern', exact: true })).toBeInViewport();
  await dialog.getByRole('textbox', { name: 'Vorname' }).fill('Amira');
  await dialog.getByRole('textbox', { name: 'Nachname' }).fill('Haddad');
  await dialog.getByRole('textbox', { name: 'Mobiltelefon' }).fill('0170 5550123');
  await dialog.getByRole('textbox', { name: 'Anschrift' }).fill('Bahnhofstraße 4, 29410 Salzwedel');
  await dialog.getByRole('button', { name: 'Einwilligung erfassen' }).click();
  await dialog.getByRole('textbox', { name: 'Zweck' }).fill('Rückmeldung zum Sprachkurs');
  // She is also an Integrationslotsin with an allowance: that belongs in the Auskunft too.
  await dialog.getByRole('checkbox', { name: 'ist Integrationslotse / -lotsin' }).check();
  await dialog.getByRole('button', { name: 'Betrag hinzufügen' }).click();
  await dialog.getByRole('textbox', { name: 'Monat (MM.JJJJ)' }).fill('10.2026');
  await dialog.getByRole('textbox', { name: 'Betrag (€)' }).fill('150');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();

  const inquiries = new InquiriesPage(page);
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

  // Auskunft: the person, the consent and the inquiry, readable; JSON as a file.
  await openPerson(page, 'Amira Haddad');
  await dialog.getByRole('button', { name: 'Auskunft erstellen' }).click();
  const report = page.getByRole('dialog', { name: 'Auskunft nach Art. 15 DSGVO' });
  await expect(report).toContainText('Alle bei uns gespeicherten Daten zu Amira Haddad');
  await expect(report).toContainText('0170 5550123');
  await expect(report).toContainText('Bahnhofstraße 4, 29410 Salzwedel');
  await expect(report).toContainText('Rückmeldung zum Sprachkurs');
  await expect(report).toContainText('Integrationslotse / -lotsin');
  await expect(report).toContainText('10.2026: 150,00 €');
  await expect(report.getByText(/nicht verschlüsselt/)).toBeInViewport();
  await expect(report.getByRole('table', { name: 'Anfragen' })).toContainText('Frau Haddad sucht Abendkurs');
  await expect(report).not.toContainText('Andere Anfrage');
  await expectNoSeriousA11yViolations(page, 'Auskunft');
  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Als JSON speichern' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^auskunft-amira-haddad-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(json.person).toMatchObject({
    firstName: 'Amira',
    lastName: 'Haddad',
    mobile: '0170 5550123',
    address: 'Bahnhofstraße 4, 29410 Salzwedel',
  });
  expect(json.consent.purpose).toBe('Rückmeldung zum Sprachkurs');
  expect(json.inquiries.map((i: { subject: string }) => i.subject)).toEqual(['Frau Haddad sucht Abendkurs']);
  await report.getByRole('button', { name: 'Schließen' }).click();

  // Person löschen: asks once; then the person is gone and the inquiry is anonymised but still counted.
  await dialog.getByRole('button', { name: 'Person löschen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Person endgültig löschen?' });
  await expect(confirm).toContainText('Amira Haddad wird gelöscht.');
  await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
  // The vault is re-keyed right after (rekey.spec.ts checks the storage); the dialog says when it is done.
  const rekey = page.getByRole('dialog', { name: 'Tresor neu verschlüsseln' });
  await expect(rekey.getByRole('status')).toContainText('Neu verschlüsselt.', { timeout: 30_000 });
  await rekey.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByText('Person gelöscht, Bezüge anonymisiert')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Amira Haddad')).toHaveCount(0);

  await inquiries.goto();
  await expect(page.getByText('2 Anfragen', { exact: true })).toBeVisible();
  await expect(inquiries.row('anonymisiert')).toContainText('Zugewanderte Person');
  await expect(page.getByText(/Haddad|Bahnhofstraße/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  const log = page.getByRole('table', { name: 'Löschprotokoll' });
  await expect(log).toContainText('Person gelöscht');
  await expect(log).not.toContainText('Haddad');
});
