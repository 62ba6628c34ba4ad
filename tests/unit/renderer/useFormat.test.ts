// useFormat(): dates and numbers in the UI's current language. The hook is rendered for real
// (react-dom/server with an i18next instance), so the test proves the binding to the language, not
// only the formatting functions behind it. Tests run in Europe/Berlin (tests/vitest.config.ts).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { useFormat, type Formats } from '../../../renderer/components/useFormat';

/** What a component using the hook shows, in the given UI language. */
async function shown(language: string, show: (f: Formats) => string): Promise<string> {
  const i18n = createInstance();
  await i18n.init({ lng: language, resources: { de: { translation: {} }, en: { translation: {} } } });
  function Probe() {
    return createElement('output', null, show(useFormat()));
  }
  const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(Probe)));
  // The node environment has no DOM; the probe's markup is just <output>text</output>.
  expect(html).toMatch(/^<output>.*<\/output>$/s);
  return html.slice('<output>'.length, -'</output>'.length).replace(/&amp;/g, '&');
}

describe('useFormat', () => {
  it('German: 1.234,5 and 29.11.2026', async () => {
    expect(await shown('de', (f) => f.count(1234.5))).toBe('1.234,5');
    expect(await shown('de', (f) => f.day('2026-11-29'))).toBe('29.11.2026');
    expect(await shown('de', (f) => f.date('2026-11-29T10:00:00.000Z'))).toBe('29.11.2026');
    expect(await shown('de', (f) => f.dateTime('2026-11-29T08:05:00.000Z'))).toBe('29.11.2026, 09:05');
    expect(await shown('de', (f) => f.dayRange({ from: '2026-10-01', to: '2026-10-31' }))).toBe(
      '01.10.2026 – 31.10.2026',
    );
    expect(await shown('de', (f) => f.euro(123456))).toBe('1.234,56\u00a0€');
    expect(await shown('de', (f) => f.figure(12.34))).toBe('12,3');
    expect(await shown('de', (f) => f.bucket('2026-W12'))).toBe('KW 12/2026');
  });

  it('English: 1,234.5 and 29/11/2026', async () => {
    expect(await shown('en', (f) => f.count(1234.5))).toBe('1,234.5');
    expect(await shown('en', (f) => f.day('2026-11-29'))).toBe('29/11/2026');
    expect(await shown('en', (f) => f.date('2026-11-29T10:00:00.000Z'))).toBe('29/11/2026');
    expect(await shown('en', (f) => f.dateTime('2026-11-29T08:05:00.000Z'))).toBe('29/11/2026, 09:05');
    expect(await shown('en', (f) => f.dayRange({ from: '2026-10-01', to: '2026-10-31' }))).toBe(
      '01/10/2026 – 31/10/2026',
    );
    expect(await shown('en', (f) => f.euro(123456))).toBe('€1,234.56');
    expect(await shown('en', (f) => f.figure(12.34))).toBe('12.3');
    expect(await shown('en', (f) => f.bucket('2026-W12'))).toBe('W 12/2026');
  });

  it('a day range with one bound missing shows nothing; a single day shows once', async () => {
    expect(await shown('de', (f) => f.dayRange({ from: '2026-10-01' }))).toBe('');
    expect(await shown('de', (f) => f.dayRange({ from: '2026-10-01', to: '2026-10-01' }))).toBe('01.10.2026');
  });
});
