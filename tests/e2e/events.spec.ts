// Veranstaltungsreihe: an Interkulturelle Woche with two milestones and five contributions from three
// network organisations; the short text's limit shown while typing; a day outside the series asked
// about; one contribution approved step by step and taken over as Aktivität; the milestones as
// Wiedervorlagen that lead back to the series, move with it and go with a removed milestone.
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { typeDate } from './pages/screens';
import { expectNoSeriousA11yViolations } from './support/axe';

const SERIES = 'Interkulturelle Woche 2026';
const ORGS = ['Caritas Harz', 'DITIB Moscheegemeinde Halberstadt', 'Stadtbibliothek Wernigerode'];

interface ContributionInput {
  title: string;
  organisation: string;
  /** TTMMJJJJ */
  date: string;
  start: string;
  end: string;
  venue: string;
  languages?: string[];
}

const CONTRIBUTIONS: ContributionInput[] = [
  {
    title: 'Interkulturelles Frühstück',
    organisation: ORGS[0]!,
    date: '21092026',
    start: '09:30',
    end: '11:00',
    venue: 'Bürgerhaus Halberstadt',
    languages: ['Deutsch', 'Arabisch'],
  },
  {
    title: 'Tag der offenen Moschee',
    organisation: ORGS[1]!,
    date: '22092026',
    start: '14:00',
    end: '18:00',
    venue: 'Moschee Halberstadt',
  },
  {
    title: 'Lesung: Geschichten aus aller Welt',
    organisation: ORGS[2]!,
    date: '23092026',
    start: '18:00',
    end: '20:30',
    venue: 'Stadtbibliothek Wernigerode',
  },
  {
    title: 'Kochabend für alle',
    organisation: ORGS[0]!,
    date: '24092026',
    start: '18:00',
    end: '21:00',
    venue: 'Stadtteiltreff Nord',
  },
];

async function pickOption(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function fillContribution(page: Page, dialog: Locator, c: ContributionInput) {
  await dialog.getByRole('textbox', { name: 'Titel' }).fill(c.title);
  await dialog.getByRole('combobox', { name: 'Veranstalter' }).fill(c.organisation.slice(0, 6));
  await page.getByRole('option', { name: c.organisation }).click();
  await typeDate(page, dialog.getByRole('group', { name: 'Datum' }), c.date);
  await dialog.getByRole('textbox', { name: 'Beginn' }).fill(c.start);
  await dialog.getByRole('textbox', { name: 'Ende' }).fill(c.end);
  await dialog.getByRole('textbox', { name: 'Veranstaltungsort' }).fill(c.venue);
  for (const language of c.languages ?? []) {
    await dialog.getByRole('combobox', { name: 'Sprachen' }).fill(language);
    await page.keyboard.press('Enter');
  }
}

test('an Interkulturelle Woche: milestones as Wiedervorlagen, five contributions, one approved and taken over as Aktivität', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { network } = await openApp(page, { time: new Date('2026-05-04T09:00:00') });

  // The organisers are network organisations.
  await network.goto('Organisationen');
  for (const name of ORGS) {
    await network.goto('Organisationen');
    await network.addOrganisation(name);
  }

  await page.getByRole('navigation').getByRole('link', { name: 'Öffentlichkeitsarbeit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Öffentlichkeitsarbeit' })).toBeVisible();
  await expect(page.getByText('Noch keine Veranstaltungsreihe.')).toBeVisible();

  // The series: a period typed backwards is refused with a German message, then corrected.
  await page.getByRole('button', { name: 'Neue Veranstaltungsreihe' }).click();
  const seriesDialog = page.getByRole('dialog', { name: 'Neue Veranstaltungsreihe' });
  await seriesDialog.getByRole('textbox', { name: 'Bezeichnung' }).fill(SERIES);
  await seriesDialog.getByRole('textbox', { name: 'Motto' }).fill('Dafür!');
  await typeDate(page, seriesDialog.getByRole('group', { name: 'Zeitraum von' }), '20092026');
  await typeDate(page, seriesDialog.getByRole('group', { name: 'Zeitraum bis' }), '19092026');
  await seriesDialog
    .getByRole('textbox', { name: 'Aufruf zur Beteiligung' })
    .fill('Liebe Partnerinnen und Partner,\nmachen Sie mit bei der Interkulturellen Woche!');
  await seriesDialog.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
  await pickOption(page, seriesDialog.getByRole('combobox', { name: 'Art' }).nth(0), 'Einsendeschluss');
  await typeDate(page, seriesDialog.getByRole('group', { name: 'Datum' }).nth(0), '30062026');
  await seriesDialog.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
  await pickOption(page, seriesDialog.getByRole('combobox', { name: 'Art' }).nth(1), 'Druck');
  await typeDate(page, seriesDialog.getByRole('group', { name: 'Datum' }).nth(1), '15082026');
  await seriesDialog.getByRole('textbox', { name: 'Notiz' }).nth(1).fill('Druckerei Harzdruck');
  await seriesDialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(seriesDialog.getByText('Das Ende des Zeitraums liegt vor seinem Beginn.')).toBeVisible();
  await typeDate(page, seriesDialog.getByRole('group', { name: 'Zeitraum bis' }), '27092026');
  await expectNoSeriousA11yViolations(page, 'Neue Veranstaltungsreihe');
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/shots-events/series-dialog.png' });
  await seriesDialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(seriesDialog).toBeHidden();

  // The series' page: period and motto, milestones with their days, the call.
  await expect(page.getByRole('heading', { level: 1, name: SERIES })).toBeVisible();
  await expect(page.getByText('20.09.2026 – 27.09.2026 · Motto: Dafür!')).toBeVisible();
  const milestones = page.getByRole('region', { name: 'Meilensteine' });
  await expect(milestones.getByText('Einsendeschluss: 30.06.2026 (in 57 Tagen)')).toBeVisible();
  await expect(milestones.getByText('Druck: 15.08.2026 (in 103 Tagen)')).toBeVisible();
  await expect(milestones.getByText('Druckerei Harzdruck · Wiedervorlage offen')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Aufruf zur Beteiligung' })).toContainText(
    'machen Sie mit bei der Interkulturellen Woche!',
  );

  // The first contribution: the short text's count while typing, the 601st character refused.
  await page.getByRole('button', { name: 'Beitrag erfassen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Beitrag erfassen' });
  await fillContribution(page, dialog, CONTRIBUTIONS[0]!);
  const shortText = dialog.getByRole('textbox', { name: 'Kurztext für das Programmheft' });
  await expect(dialog.getByText('0 / 600 Zeichen')).toBeVisible();
  await shortText.fill('Gemeinsam frühstücken, ins Gespräch kommen.');
  await expect(dialog.getByText('43 / 600 Zeichen')).toBeVisible();
  await shortText.fill('x'.repeat(601));
  await expect(dialog.getByText('601 / 600 Zeichen')).toBeVisible();
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText('Bitte höchstens 600 Zeichen eingeben. 601 / 600 Zeichen')).toBeVisible();
  await shortText.fill('Gemeinsam frühstücken, ins Gespräch kommen.');
  // An end before the start is refused too.
  await dialog.getByRole('textbox', { name: 'Ende' }).fill('09:00');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText('Das Ende muss nach dem Beginn liegen.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Ende' }).fill('11:00');
  await expectNoSeriousA11yViolations(page, 'Beitrag erfassen');
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/shots-events/contribution.png' });
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();

  for (const c of CONTRIBUTIONS.slice(1)) {
    await page.getByRole('button', { name: 'Beitrag erfassen' }).click();
    await fillContribution(page, dialog, c);
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  // The fifth, the opening two days before the week: asked about, then saved.
  await page.getByRole('button', { name: 'Beitrag erfassen' }).click();
  await fillContribution(page, dialog, {
    title: 'Eröffnung mit Musik',
    organisation: ORGS[1]!,
    date: '18092026',
    start: '17:00',
    end: '',
    venue: 'Marktplatz Halberstadt',
  });
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  const outside = page.getByRole('dialog', { name: 'Datum außerhalb der Reihe?' });
  await expect(outside).toContainText(
    'Der 18.09.2026 liegt außerhalb des Zeitraums der Reihe (20.09.2026 – 27.09.2026).',
  );
  await outside.getByRole('button', { name: 'Trotzdem speichern' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The table in the programme's order, with times and organisers.
  const table = page.getByRole('table', { name: 'Beiträge' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText('18.09.2026');
  await expect(rows.nth(1)).toContainText('17:00 Uhr');
  await expect(rows.nth(1)).toContainText('Eröffnung mit Musik');
  await expect(rows.nth(2)).toContainText('09:30–11:00 Uhr');
  await expect(rows.nth(2)).toContainText('Caritas Harz');
  await expect(rows.nth(4)).toContainText('Lesung: Geschichten aus aller Welt');
  await expect(rows.nth(4)).toContainText('Stadtbibliothek Wernigerode');
  await expect(page.getByRole('button', { name: 'eingereicht (5)' })).toBeVisible();

  // Approved one step at a time: "freigegeben" is not offered straight from "eingereicht".
  const lesung = 'Lesung: Geschichten aus aller Welt';
  await table.getByRole('button', { name: lesung }).click();
  const edit = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
  await edit.getByRole('combobox', { name: 'Status' }).click();
  await expect(page.getByRole('option')).toHaveText(['eingereicht', 'geprüft']);
  await page.getByRole('option', { name: 'geprüft' }).click();
  await edit.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(edit).toBeHidden();
  // Not yet approved: nothing to take over.
  await expect(page.getByRole('button', { name: /als Aktivität übernehmen/ })).toHaveCount(0);
  await table.getByRole('button', { name: lesung }).click();
  await pickOption(page, edit.getByRole('combobox', { name: 'Status' }), 'freigegeben');
  await edit.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(edit).toBeHidden();

  // Filtered by status: the approved one only.
  await page.getByRole('button', { name: 'freigegeben (1)' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(lesung);
  await expect(rows.nth(1)).toContainText('freigegeben');

  await page.getByRole('button', { name: `„${lesung}“ als Aktivität übernehmen` }).click();
  await expect(page.getByText(`„${lesung}“ als Aktivität übernommen.`)).toBeVisible();
  await expect(rows.nth(1).getByRole('button', { name: 'übernommen' })).toBeVisible();
  await page.getByRole('button', { name: 'Alle (5)' }).click();
  await expectNoSeriousA11yViolations(page, 'Veranstaltungsreihe');
  await page.screenshot({ path: test.info().outputPath('series-1366x768.png') });
  if (process.env.SHOTS) {
    await page.screenshot({ path: '/tmp/shots-events/series.png' });
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots-events/series-table.png' });
  }

  // The Aktivität: a Veranstaltung of the organiser, with its day, start and duration.
  await page.getByRole('navigation').getByRole('link', { name: 'Aktivitäten' }).click();
  const activity = page.getByRole('row').filter({ hasText: lesung });
  await expect(activity).toContainText('23.09.2026, 18:00');
  await expect(activity).toContainText('Veranstaltung (z. B. Interkulturelle Woche)');
  await expect(activity).toContainText('Stadtbibliothek Wernigerode');
  await activity.getByRole('button', { name: lesung }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: /Dauer/ })).toHaveValue(/2,5 h|150/);
  await page.keyboard.press('Escape');

  // The milestones are Wiedervorlagen that lead back to the series.
  await page.getByRole('navigation').getByRole('link', { name: 'Wiedervorlagen' }).click();
  const submission = page.getByRole('listitem').filter({ hasText: `Einsendeschluss: ${SERIES}` });
  await expect(submission).toContainText('30.06.2026');
  await expect(page.getByRole('listitem').filter({ hasText: `Druck: ${SERIES}` })).toBeVisible();
  await submission.getByRole('button', { name: `Veranstaltungsreihe: ${SERIES}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: SERIES })).toBeVisible();

  // The deadline extended and the print date taken out of the plan: its follow-up moves, the other goes.
  await page.getByRole('button', { name: 'Reihe bearbeiten' }).click();
  const editSeries = page.getByRole('dialog', { name: 'Reihe bearbeiten' });
  await typeDate(page, editSeries.getByRole('group', { name: 'Datum' }).nth(0), '10072026');
  await editSeries.getByRole('button', { name: 'Meilenstein „Druck“ entfernen' }).click();
  await editSeries.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(editSeries).toBeHidden();
  await expect(milestones.getByText('Einsendeschluss: 10.07.2026 (in 67 Tagen)')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Wiedervorlagen' }).click();
  await expect(submission).toContainText('10.07.2026');
  await expect(page.getByRole('listitem').filter({ hasText: `Druck: ${SERIES}` })).toHaveCount(0);

  // The list of series: contributions per status and the next milestone.
  await page.getByRole('navigation').getByRole('link', { name: 'Öffentlichkeitsarbeit' }).click();
  const seriesRow = page.getByRole('row').filter({ hasText: SERIES });
  await expect(seriesRow).toContainText('4 eingereicht · 0 geprüft · 1 freigegeben');
  await expect(seriesRow).toContainText('Einsendeschluss, 10.07.2026');
  await expectNoSeriousA11yViolations(page, 'Veranstaltungen');
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/shots-events/list.png' });

  // Deleted with its contributions and follow-ups in one go; the Aktivität stays.
  await seriesRow.getByRole('button', { name: SERIES }).click();
  await page.getByRole('button', { name: 'Reihe bearbeiten' }).click();
  await editSeries.getByRole('button', { name: 'Löschen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Veranstaltungsreihe löschen?' });
  await expect(confirm).toContainText('mit 5 Beiträgen');
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(page.getByText('Noch keine Veranstaltungsreihe.')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Wiedervorlagen' }).click();
  await expect(page.getByText(`Einsendeschluss: ${SERIES}`)).toHaveCount(0);
  await page.getByRole('navigation').getByRole('link', { name: 'Aktivitäten' }).click();
  await expect(page.getByRole('row').filter({ hasText: lesung })).toHaveCount(1);
});
