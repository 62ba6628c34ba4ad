// The Anfragen list at 1366×768 (the offices' common laptop screen): Betreff, the most telling text,
// gets the room the other columns leave, instead of being cut after a few words.
import { expect, test } from './fixtures';

const SUBJECT = 'Wohnsitzauflage: Antrag auf Aufhebung';

test('at 1366×768 the Betreff column is the widest and shows a typical subject whole', async ({
  app: { page, inquiries },
}) => {
  await inquiries.create({ requester: 'Schule / Kita', topic: 'Arbeit / Ausbildung', subject: SUBJECT });
  await inquiries.goto();
  const header = (name: string) => page.getByRole('columnheader', { name, exact: true });
  const width = async (name: string) => (await header(name).boundingBox())?.width ?? 0;
  const subject = await width('Betreff');
  for (const other of ['Eingang', 'Anfragende Stelle', 'Themen', 'Status'])
    expect(subject, `Betreff wider than ${other}`).toBeGreaterThan(await width(other));
  // Not cut: the link's text fits its box.
  const link = page.getByRole('button', { name: SUBJECT, exact: true });
  expect(await link.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test('the sorted column says so to a screen reader (aria-sort), and only that one', async ({
  app: { page, inquiries },
}) => {
  await inquiries.create({ requester: 'Schule / Kita', topic: 'Arbeit / Ausbildung', subject: SUBJECT });
  await inquiries.goto();
  const header = (name: string) => page.getByRole('columnheader', { name, exact: true });
  await expect(header('Eingang')).toHaveAttribute('aria-sort', 'descending');
  await expect(header('Betreff')).not.toHaveAttribute('aria-sort');
  await header('Betreff').getByRole('button').click();
  await expect(header('Betreff')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('Eingang')).not.toHaveAttribute('aria-sort');
  await header('Betreff').getByRole('button').click();
  await expect(header('Betreff')).toHaveAttribute('aria-sort', 'descending');
});
