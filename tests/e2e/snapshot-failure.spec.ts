// The snapshot is a cache, but a failing write of it must not go unnoticed (issue 21): before, its
// error was swallowed and every unlock silently fell back to decrypting all rows.
import { expect, test } from './fixtures';

test('a snapshot write the disk refuses is reported on the screen, and no entry is lost', async ({
  app: { page, inquiries, vault },
}) => {
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Arbeit / Ausbildung',
    subject: 'Vor dem vollen Datenträger erfasst',
  });
  // From the next page load on, the disk refuses every write to the snapshot, as when it is full.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'snapshots')
        throw new DOMException('Der Datenträger ist voll.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  // Reloaded without locking: no snapshot was written yet, so unlock writes one soon after.
  await page.reload();
  await vault.unlock();
  const banner = page.getByRole('alert').filter({ hasText: 'Schnellstart-Kopie konnte nicht gespeichert' });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText('Ihre Einträge sind gespeichert');
  await inquiries.goto();
  await expect(page.getByText('Vor dem vollen Datenträger erfasst')).toBeVisible();
  // Locking tries once more (and fails); the next unlock reads the rows and still finds everything.
  await vault.lock();
  await vault.unlock();
  await inquiries.goto();
  await expect(page.getByText('Vor dem vollen Datenträger erfasst')).toBeVisible();
  await expect(banner).toBeVisible({ timeout: 15_000 });
});
