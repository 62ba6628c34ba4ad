import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { demoEvents, DEMO_SERIES_ID, ikwStart } from '../../../shared/demo/eventsDemo';
import {
  buildPartnerChecklist,
  missingItems,
  partnerChecklistRows,
} from '../../../shared/outreach/partnerChecklist';
import { seriesCsv, seriesToIcal } from '../../../shared/outreach/eventOutputs';
import { buildPressRelease, HIGHLIGHTS } from '../../../shared/outreach/pressRelease';
import { validateRecord } from '../../../shared/storage/records';
import { CONTRIBUTIONS, ORGS, SERIES, contribution } from './eventOutputsFixture';

const input = { series: SERIES, contributions: CONTRIBUTIONS, organisations: ORGS, language: 'de' as const };

describe('calendar file (.ics)', () => {
  const text = seriesToIcal(input, { officeName: 'KI Harz', now: new Date('2026-08-01T10:00:00Z') });
  const calendar = new ICAL.Component(ICAL.parse(text));
  // As a calendar program does: the file's own zone definition resolves its TZID.
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('holds one event per approved contribution, at its Berlin wall-clock time', () => {
    expect(events.map((e) => e.summary)).toEqual([
      'Eröffnung',
      'Abendessen',
      'Zumba',
      'Ausstellung',
      'Fußballturnier',
    ]);
    const opening = events[0]!;
    expect(opening.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(opening.startDate.toString()).toBe('2026-09-21T17:00:00');
    // 17:00 in Berlin in September (CEST) is 15:00 UTC, whatever the machine's zone.
    expect(opening.startDate.toJSDate().toISOString()).toBe('2026-09-21T15:00:00.000Z');
    expect(opening.endDate.toJSDate().toISOString()).toBe('2026-09-21T18:00:00.000Z');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
  });

  it('gives the place as venue and address, the short text and the organiser in the description', () => {
    const opening = events[0]!;
    expect(opening.location).toBe('Rathaus, Markt 1, 38820 Halberstadt');
    expect(opening.description).toContain('Kurztext');
    expect(opening.description).toContain('Veranstalter: Afrikanisches Forum');
    // An organisation with an e-mail address becomes the ORGANIZER.
    const zumba = events[2]!;
    expect(zumba.organizer).toBe('mailto:vhs@example.org');
    expect(zumba.component.hasProperty('dtend')).toBe(false); // no end time: no invented one
  });

  it('writes an untimed contribution as an all-day event on its day', () => {
    const exhibition = events[3]!;
    expect(exhibition.startDate.isDate).toBe(true);
    expect(exhibition.startDate.toString()).toBe('2026-09-22');
    expect(exhibition.location).toBe('Markt 1, 38820 Halberstadt'); // no venue yet: the address
  });

  it('is a valid calendar without events when nothing is approved', () => {
    const empty = seriesToIcal(
      { ...input, contributions: [] },
      { officeName: 'KI', now: new Date('2026-08-01T10:00:00Z') },
    );
    const parsed = new ICAL.Component(ICAL.parse(empty));
    expect(parsed.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(parsed.getFirstSubcomponent('vtimezone')).toBeNull();
  });
});

describe('CSV for online event calendars', () => {
  it('has the German headers and one row per approved contribution, read back by papaparse', () => {
    const csv = seriesCsv(input);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'Datum',
      'Beginn',
      'Ende',
      'Titel',
      'Veranstalter',
      'Ort',
      'Adresse',
      'Barrierefreiheit',
      'Eintritt',
      'Anmeldung',
      'Sprachen',
      'Zielgruppe',
      'Beschreibung',
    ]);
    expect(rows).toHaveLength(6);
    expect(rows[1]).toEqual([
      '21.09.2026',
      '17:00',
      '20:00',
      'Eröffnung',
      'Afrikanisches Forum',
      'Rathaus',
      'Markt 1, 38820 Halberstadt',
      'barrierefrei',
      'frei',
      '',
      'Deutsch, Arabisch',
      'alle',
      'Kurztext',
    ]);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const csv = seriesCsv({
      ...input,
      contributions: [contribution('f', { title: '=HYPERLINK("http://x")' })],
    });
    expect(csv).toContain(`'=HYPERLINK`);
  });
});

describe('partner checklist', () => {
  it('lists each organisation with its contributions, their status and what is missing', () => {
    const list = buildPartnerChecklist(SERIES, CONTRIBUTIONS, ORGS, {
      language: 'de',
      askedOrganisationIds: ['o-vhs', 'o-new'],
    });
    expect(list.partners.map((p) => [p.name, p.contributions.map((c) => c.title)])).toEqual([
      ['Afrikanisches Forum', ['Eröffnung', 'Abendessen', 'Ausstellung']],
      ['AWO', ['Fest']],
      ['Caritas', ['Sprachcafé', 'Fußballturnier']],
      ['Veranstalter unbekannt', []], // asked, but not (or no longer) in the Netzwerk
      ['Volkshochschule', ['Zumba']],
    ]);
    const caritas = list.partners.find((p) => p.name === 'Caritas')!;
    expect(caritas.contributions[0]).toMatchObject({
      statusLabel: 'geprüft',
      missingLabels: ['Kurztext fehlt', 'Fotonachweis ohne Einverständnis'],
    });
    expect(list.partners.find((p) => p.name === 'AWO')!.contributions[0]!.missing).toEqual(['venue', 'time']);
    const forum = list.partners.find((p) => p.name === 'Afrikanisches Forum')!;
    expect(forum.contributions.map((c) => c.missing)).toEqual([[], [], ['venue', 'time']]);
    expect(list.partners.find((p) => p.name === 'Volkshochschule')!.asked).toBe(true);
    // Forum (untimed, no venue), AWO, Caritas, the asked one without a contribution.
    expect(list.openCount).toBe(4);
  });

  it('asks for consent only when a photo credit is given, and flags a date outside the series', () => {
    const ok = contribution('a', {});
    expect(missingItems(ok, SERIES)).toEqual([]);
    expect(missingItems({ ...ok, photoCredit: 'Foto: X', photoConsent: 'liegt vor' }, SERIES)).toEqual([]);
    expect(missingItems({ ...ok, photoCredit: 'Foto: X' }, SERIES)).toEqual(['photoConsent']);
    expect(missingItems({ ...ok, date: '2026-09-28' }, SERIES)).toEqual(['outsidePeriod']);
    expect(missingItems({ ...ok, address: ' ', shortText: '' }, SERIES)).toEqual(['address', 'shortText']);
  });

  it('becomes table rows, one per contribution and one for a partner without any', () => {
    const list = buildPartnerChecklist(SERIES, CONTRIBUTIONS, ORGS, {
      language: 'de',
      askedOrganisationIds: ['o-new'],
    });
    const rows = partnerChecklistRows(list, 'de');
    expect(rows[0]).toEqual(['Organisation', 'Beitrag', 'Datum', 'Status', 'Es fehlt']);
    expect(rows).toContainEqual([
      'Caritas',
      'Sprachcafé',
      '21.09.2026',
      'geprüft',
      'Kurztext fehlt; Fotonachweis ohne Einverständnis',
    ]);
    expect(rows).toContainEqual(['Volkshochschule', 'Zumba', '21.09.2026', 'freigegeben', 'vollständig']);
    expect(rows).toContainEqual(['Veranstalter unbekannt', 'Noch kein Beitrag eingereicht', '', '', '']);
  });
});

describe('press release draft', () => {
  const press = buildPressRelease(SERIES, CONTRIBUTIONS, ORGS, {
    language: 'de',
    officeName: 'Die Koordinierungsstelle für Integration',
    district: 'Landkreis Harz',
  });

  it('has a headline from title and motto and a lead answering Wer, Was, Wann, Wo', () => {
    expect(press.headline).toBe('Interkulturelle Woche 2026: „Dafür!“');
    expect(press.figures).toEqual({ entries: 5, organisers: 3, venues: 2 }); // one has no venue yet
    expect(press.lead).toBe(
      'Vom 20. September bis 27. September 2026 findet im Landkreis Harz die Interkulturelle Woche 2026 statt. ' +
        'Die Koordinierungsstelle für Integration lädt gemeinsam mit drei Partnern zu fünf Veranstaltungen an zwei Orten ein. ' +
        'Das Motto lautet „Dafür!“.',
    );
    expect(press.subheadline).toBe('5 Veranstaltungen · 20.–27. September 2026');
  });

  it('leaves Warum, the quote and the programme link as bracketed placeholders', () => {
    const placeholders = press.body.filter((b) => b.kind === 'paragraph' && b.placeholder);
    expect(placeholders.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      expect.stringMatching(/^\[Warum: /),
      expect.stringMatching(/^\[Zitat /),
      expect.stringMatching(/^Das vollständige Programm .*\[Link/),
    ]);
    expect(press.contact.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Die Koordinierungsstelle für Integration',
      'Landkreis Harz',
      '[Ansprechperson, Telefon, E-Mail]',
    ]);
  });

  it('lists the first highlights in the programme’s order and counts the rest', () => {
    const many = [
      ...CONTRIBUTIONS,
      contribution('c8', { title: 'Spätes Konzert', date: '2026-09-27', startTime: '20:00' }),
    ];
    const p = buildPressRelease(SERIES, many, ORGS, { language: 'de', officeName: 'KI', district: '' });
    const list = p.body.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toHaveLength(HIGHLIGHTS);
    expect(list?.kind === 'list' && list.items[0]).toBe(
      '21. September, 17:00–20:00 Uhr: Eröffnung (Afrikanisches Forum, Rathaus)',
    );
    expect(p.body).toContainEqual({
      kind: 'paragraph',
      text: 'Dazu kommt eine weitere Veranstaltung.',
      placeholder: false,
    });
    expect(p.lead).toContain('findet die Interkulturelle Woche 2026 statt'); // no district: no "im"
  });

  it('says the programme follows when nothing is approved yet', () => {
    const p = buildPressRelease(SERIES, [], ORGS, { language: 'de', officeName: 'KI', district: '' });
    expect(p.figures.entries).toBe(0);
    expect(p.body.some((b) => b.kind === 'list')).toBe(false);
    expect(p.body).toContainEqual(
      expect.objectContaining({ text: expect.stringContaining('Noch keine freigegebenen') }),
    );
  });
});

describe('demo Interkulturelle Woche', () => {
  it('runs from the Sunday between 19 and 25 September', () => {
    expect(ikwStart(2026)).toEqual({ year: 2026, day: 20 });
    expect(ikwStart(2025)).toEqual({ year: 2025, day: 21 });
  });

  it('stores valid records: eight contributions, five approved from three organisations', () => {
    const orgs = [
      { id: 'o1', name: 'Syrisch-Deutscher Kulturverein Harz' },
      { id: 'o2', name: 'Afrikanisches Forum Harz' },
      { id: 'o3', name: 'Kreissportbund Harz' },
      { id: 'o4', name: 'Kreisvolkshochschule Harz, Außenstelle Wernigerode' },
      { id: 'o5', name: 'AWO Kreisverband Harz, Begegnungsstätte Halberstadt' },
    ];
    const { outreach } = demoEvents(new Date(2026, 11, 1), orgs);
    for (const r of outreach)
      expect(validateRecord('outreach', r.id, JSON.parse(JSON.stringify(r.payload))).ok, r.id).toBe(true);
    const contributions = outreach.flatMap((r) =>
      r.payload.data.kind === 'contribution' ? [r.payload.data] : [],
    );
    expect(contributions).toHaveLength(8);
    expect(contributions.every((c) => c.seriesId === DEMO_SERIES_ID && c.organisationId !== '')).toBe(true);
    const approved = contributions.filter((c) => c.status === 'freigegeben');
    expect(approved).toHaveLength(5);
    expect(new Set(approved.map((c) => c.organisationId))).toEqual(new Set(['o1', 'o2', 'o3']));
    const series = outreach.find((r) => r.id === DEMO_SERIES_ID)!.payload.data;
    expect(series).toMatchObject({
      title: 'Interkulturelle Woche 2026',
      from: '2026-09-20',
      to: '2026-09-27',
    });
  });
});
