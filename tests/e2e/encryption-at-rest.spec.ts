import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './fixtures';
import { clickSave, typeDate } from './pages/screens';
import { launchProfile } from './support/browser';
import { scanForMarkers, writePositiveControl } from './support/profileScan';

// Unique strings in every free-text field and in the password; with and without umlauts, since V8
// keeps one-byte strings as Latin-1 and others as UTF-16.
const PASSWORD = 'Passwortmarker-Kq81-Zebra';
const APP_MARKERS = {
  subject: 'Betreffmarker Xq7Lw',
  notes: 'Notizmarker Jv3Pz',
  notesEdited: 'Geänderte Notiz Müßig Ry5Tb',
  subjectUmlaut: 'Überprüfung Ölmühle Dw2Kc',
  officeName: 'Amtsmarker Grünfeld Hn6Vx',
  referral: 'Verweismarker Qb4Ns',
  personName: 'Personenmarker Çelik Wm8Ej',
  personOrg: 'Orgmarker Fz1Ua',
  personContact: 'kontaktmarker.tl5@example.org',
  followupTitle: 'Wiedervorlagemarker Gp2Yd',
  followupNotes: 'Wvnotizmarker Ös Kr9Ha',
  templateName: 'Vorlagenmarker Ix3Oc',
  teamMember: 'Teammarker Bärbel Vu7Lq',
  reportText: 'Berichtsmarker Ausblick Pd5Rt',
  profileTitle: 'Profilmarker Ziele Kreistag Hu3Wd',
  profileText: 'Bausteinmarker Indikatoren Öffnung Jx4Fq',
  programme: 'Programmmarker Förderrichtlinie Tz6Gb',
  project: 'Vorhabenmarker Lotsenprojekt Hw2Kc',
  receiptParty: 'Belegmarker Dolmetscherin Şahin Qe5Mn',
  receiptPurpose: 'Zweckmarker Übersetzung Ry8Dp',
  providerName: 'Trägermarker Caritas Ws4Lk',
  series: 'Reihenmarker Interkulturelle Woche Vb3Gx',
  contribution: 'Beitragsmarker Frühstück Äthiopien Pm7Qa',
  contributionText: 'Kurztextmarker Begegnung Nz2Hc',
  contributionContact: 'Kontaktmarker Frau Yılmaz Lk6Ew',
  offer: 'Angebotsmarker Migrationsberatung Jt8Sd',
  offerContact: 'Angebotskontakt Herr Nowak Rc1Zu',
  newsletterText: 'Grußwortmarker Liebe Leserinnen Fy9Ob',
  password: PASSWORD,
};
const CONTROL_MARKER = 'Kontrollmarker Äpfel Zu9Mb';

test('nothing the coordinator types reaches the browser profile unencrypted', async ({ baseURL }) => {
  const profile = await mkdtemp(join(tmpdir(), 'anlaufstelle-profile-'));
  try {
    const { context, page } = await launchProfile(profile, { baseURL });
    const { vault, inquiries, network } = await openApp(page, { password: PASSWORD });

    await inquiries.create({
      requester: 'Zugewanderte Person',
      topic: 'Aufenthalt / Status',
      subject: APP_MARKERS.subject,
      notes: APP_MARKERS.notes,
    });
    await inquiries.create({
      requester: 'Bürger/in',
      topic: 'Wohnen / Unterbringung',
      subject: APP_MARKERS.subjectUmlaut,
      notes: '',
    });
    // Every other free-text field: referral, a named person, a follow-up, a template, a team member.
    await inquiries.openNewWithButton();
    await inquiries.fill({
      requester: 'Verein / Initiative',
      topic: 'Ehrenamt',
      subject: 'Begleitung Lotsin',
      referral: APP_MARKERS.referral,
      minutes: 20,
    });
    await inquiries.dialog().getByRole('button', { name: 'Person hinzufügen' }).click();
    await inquiries.dialog().getByRole('textbox', { name: 'Name' }).fill(APP_MARKERS.personName);
    await inquiries
      .dialog()
      .getByRole('textbox', { name: 'Organisation', exact: true })
      .fill(APP_MARKERS.personOrg);
    await inquiries
      .dialog()
      .getByRole('textbox', { name: 'Telefon / E-Mail' })
      .fill(APP_MARKERS.personContact);
    await inquiries.dialog().getByRole('button', { name: 'Als Vorlage speichern' }).click();
    await page.getByRole('textbox', { name: 'Name der Vorlage' }).fill(APP_MARKERS.templateName);
    await page
      .getByRole('dialog', { name: 'Als Vorlage speichern' })
      .getByRole('button', { name: 'Speichern', exact: true })
      .click();
    await expect(page.getByText('Vorlage gespeichert')).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Als Vorlage speichern' })).toHaveCount(0);
    await inquiries.save();
    await inquiries.openDetail('Begleitung Lotsin');
    await page.getByRole('button', { name: 'Wiedervorlage' }).click();
    await page.getByRole('textbox', { name: 'Titel' }).fill(APP_MARKERS.followupTitle);
    await page.getByRole('textbox', { name: 'Notizen' }).fill(APP_MARKERS.followupNotes);
    await page.getByRole('dialog').getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(page.getByText('Wiedervorlage gespeichert')).toBeVisible();
    await inquiries.goto();

    await inquiries.open(APP_MARKERS.subject);
    await inquiries.dialog().getByRole('textbox', { name: 'Notizen' }).fill(APP_MARKERS.notesEdited);
    await inquiries.save();

    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('textbox', { name: 'Name der Stelle' }).fill(APP_MARKERS.officeName);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(page.getByText('Einstellungen gespeichert')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(APP_MARKERS.officeName);
    await page.getByRole('tab', { name: 'Team (Bearbeiter/innen)' }).click();
    await page
      .getByRole('textbox', { name: 'Neuer Eintrag: Team (Bearbeiter/innen)' })
      .fill(APP_MARKERS.teamMember);
    await page.getByRole('button', { name: 'Hinzufügen' }).click();
    await expect(page.getByText(APP_MARKERS.teamMember)).toBeVisible();

    // The office's own words in the annual report.
    await page.getByRole('navigation').getByRole('link', { name: 'Berichte' }).click();
    const reportText = page.getByRole('textbox', { name: 'Eigener Text: Ausblick' });
    await reportText.fill(APP_MARKERS.reportText);
    await reportText.blur();
    await expect(page.getByText('Gespeichert.', { exact: true })).toBeVisible();
    // …and in the office's own Berichtsprofil: a section with its heading and text block.
    await page.getByRole('button', { name: 'Profil bearbeiten …' }).click();
    const editor = page.getByRole('dialog', { name: 'Berichtsprofil bearbeiten: Jahresbericht' });
    await editor.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
    await editor.getByRole('textbox', { name: 'Überschrift' }).last().fill(APP_MARKERS.profileTitle);
    await editor
      .getByRole('listitem', { name: APP_MARKERS.profileTitle })
      .getByRole('textbox', { name: 'Textbaustein des Profils' })
      .fill(APP_MARKERS.profileText);
    await editor.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(page.getByText('Profil „Jahresbericht“ gespeichert.')).toBeVisible();

    // The funding file: a programme (its deadline becomes a follow-up), a Vorhaben and a receipt.
    await page.getByRole('navigation').getByRole('link', { name: 'Fördermittel' }).click();
    await page.getByRole('tab', { name: 'Förderprogramme' }).click();
    await page.getByRole('button', { name: 'Neues Förderprogramm' }).click();
    const programme = page.getByRole('dialog', { name: 'Neues Förderprogramm' });
    await programme.getByRole('textbox', { name: 'Programm / Richtlinie' }).fill(APP_MARKERS.programme);
    await programme.getByRole('button', { name: 'Frist hinzufügen' }).click();
    await programme.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(programme).toBeHidden();
    await expect(page.getByText(`Antragsfrist: ${APP_MARKERS.programme}`)).toBeVisible();
    await page.getByRole('tab', { name: 'Vorhaben' }).click();
    await page.getByRole('button', { name: 'Neues Vorhaben' }).first().click();
    const project = page.getByRole('dialog', { name: 'Neues Vorhaben' });
    await project.getByRole('textbox', { name: 'Bezeichnung' }).fill(APP_MARKERS.project);
    await project.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: APP_MARKERS.project })).toBeVisible();
    await page.getByRole('button', { name: 'Beleg erfassen' }).click();
    const receipt = page.getByRole('dialog', { name: 'Beleg erfassen' });
    await receipt
      .getByRole('textbox', { name: 'Empfänger/in bzw. Einzahler/in' })
      .fill(APP_MARKERS.receiptParty);
    await receipt.getByRole('textbox', { name: 'Verwendungszweck' }).fill(APP_MARKERS.receiptPurpose);
    await receipt.getByRole('textbox', { name: 'Betrag' }).fill('120,50');
    await receipt.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(page.getByRole('cell', { name: APP_MARKERS.receiptParty })).toBeVisible();

    // Öffentlichkeitsarbeit: a series with a contribution, a Wegweiser offer, a newsletter greeting.
    await network.goto('Organisationen');
    await network.addOrganisation(APP_MARKERS.providerName);
    await page.getByRole('navigation').getByRole('link', { name: 'Öffentlichkeitsarbeit' }).click();
    await page.getByRole('button', { name: 'Neue Veranstaltungsreihe' }).click();
    const series = page.getByRole('dialog', { name: 'Neue Veranstaltungsreihe' });
    await series.getByRole('textbox', { name: 'Bezeichnung' }).fill(APP_MARKERS.series);
    await typeDate(page, series.getByRole('group', { name: 'Zeitraum von' }), '20092026');
    await typeDate(page, series.getByRole('group', { name: 'Zeitraum bis' }), '27092026');
    await series.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: APP_MARKERS.series })).toBeVisible();
    await page.getByRole('button', { name: 'Beitrag erfassen' }).click();
    const contribution = page.getByRole('dialog', { name: 'Beitrag erfassen' });
    await contribution.getByRole('textbox', { name: 'Titel' }).fill(APP_MARKERS.contribution);
    await contribution.getByRole('combobox', { name: 'Veranstalter' }).fill('Trägermarker');
    await page.getByRole('option', { name: APP_MARKERS.providerName }).click();
    await typeDate(page, contribution.getByRole('group', { name: 'Datum' }), '21092026');
    await contribution
      .getByRole('textbox', { name: 'Kurztext für das Programmheft' })
      .fill(APP_MARKERS.contributionText);
    await contribution.getByRole('textbox', { name: /^Kontakt/ }).fill(APP_MARKERS.contributionContact);
    await contribution.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(contribution).toBeHidden();
    await expect(page.getByRole('button', { name: APP_MARKERS.contribution })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Öffentlichkeitsarbeit' }).click();
    await page.getByRole('tab', { name: 'Wegweiser' }).click();
    await page.getByRole('button', { name: 'Neues Angebot' }).click();
    const offer = page.getByRole('dialog', { name: 'Neues Angebot' });
    await offer.getByRole('textbox', { name: 'Bezeichnung' }).fill(APP_MARKERS.offer);
    await offer.getByRole('combobox', { name: 'Anbieter (Organisation)' }).fill(APP_MARKERS.providerName);
    await page.getByRole('option', { name: APP_MARKERS.providerName, exact: true }).click();
    await offer.getByRole('textbox', { name: 'Kontakt / Ansprechpartner' }).fill(APP_MARKERS.offerContact);
    await clickSave(page);
    await expect(offer).toBeHidden();
    await page.getByRole('tab', { name: 'Newsletter' }).click();
    await page.getByRole('button', { name: 'Neue Ausgabe' }).click();
    await page
      .getByRole('dialog', { name: 'Neue Ausgabe' })
      .getByRole('button', { name: 'Speichern', exact: true })
      .click();
    const greeting = page.getByRole('textbox', { name: 'Text: Grußwort' });
    await greeting.fill(APP_MARKERS.newsletterText);
    await page.getByRole('textbox', { name: 'Text: Thema' }).click(); // leaving the field saves it
    await expect(page.getByRole('region', { name: 'Grußwort' }).getByText('Gespeichert.')).toBeVisible();

    // Search builds its index in memory only; use it so a leak would show.
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Suchen oder Befehl eingeben' }).fill('Verweismarker');
    await expect(page.getByRole('option', { name: /Begleitung Lotsin/ })).toBeVisible();
    await page.keyboard.press('Escape');

    // Positive control: the same kind of string, written unencrypted into another IndexedDB database.
    await writePositiveControl(page, CONTROL_MARKER);

    // Lock (writes the snapshot), unlock once more, lock again, then close the browser to flush.
    await page.getByRole('button', { name: 'Sperren' }).click();
    await vault.unlock(PASSWORD);
    await page.getByRole('link', { name: 'Anfragen' }).click();
    await expect(inquiries.row(APP_MARKERS.subject)).toBeVisible();
    await page.getByRole('button', { name: 'Sperren' }).click();
    await vault.expectLocked();
    await context.close();

    const { hits, filesScanned, bytesScanned } = await scanForMarkers(profile, [
      ...Object.values(APP_MARKERS),
      CONTROL_MARKER,
    ]);
    console.log(`scanned ${filesScanned} files, ${bytesScanned} bytes below the profile`);
    expect(
      hits.filter((h) => h.marker === CONTROL_MARKER).length,
      'the scanner must find the control marker',
    ).toBeGreaterThan(0);
    expect(hits.filter((h) => h.marker !== CONTROL_MARKER)).toEqual([]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
