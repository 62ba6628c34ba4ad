import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatForInput,
  formatScaled,
  parseCount,
  parseEuroCents,
  parseMinutes,
  parseScaled,
  PARSERS,
  type NumberKind,
} from '../../../shared/domain/numberInput';

describe('euro amounts typed the German way', () => {
  it.each([
    ['85,50', 8550],
    ['85,5', 8550],
    ['85', 8500],
    ['120,50', 12050],
    ['0,29', 29],
    ['85 €', 8500],
    ['85,50 €', 8550],
    ['85,50€', 8550],
    ['€ 85', 8500],
    ['85 EUR', 8500],
    ['85 Euro', 8500],
    ['1.234,50', 123450],
    ['1.234', 123400],
    ['1 234,50', 123450],
    ['1.234.567,89', 123456789],
    ['85.50', 8550], // a dot typed as decimal point
    ['85.5', 8550],
    ['  85,50  ', 8550],
    ['0', 0],
    ['', null],
  ])('"%s" → %s cents', (text, cents) => {
    expect(parseEuroCents(text)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['85,505', 'tooPrecise'],
    ['85,50,1', 'invalid'],
    ['1.23,50', 'invalid'],
    ['1,234.50', 'invalid'], // English grouping: refused, not misread
    ['85 $', 'invalid'],
    ['abc', 'invalid'],
    ['8 5', 'invalid'],
    [',5', 'invalid'],
    ['1 234.50', 'invalid'],
    ['12345678901234567', 'tooLarge'],
  ])('"%s" is refused (%s)', (text, error) => {
    expect(parseEuroCents(text)).toEqual({ ok: false, error });
  });
});

describe('minutes and counts', () => {
  it.each([
    ['90', 90],
    ['90 min', 90],
    ['90 Min.', 90],
    ['1.440', 1440],
    ['2.880', 2880],
    ['1,5 h', 90],
    ['1,5 Std.', 90],
    ['2 Stunden', 120],
    ['0,25 h', 15],
    ['1:30', 90],
    ['10:05', 605],
    ['', null],
  ])('"%s" → %s minutes', (text, minutes) => {
    expect(parseMinutes(text)).toEqual({ ok: true, value: minutes });
  });

  it.each([
    ['90,5', 'tooPrecise'],
    ['1,33 h', 'tooPrecise'],
    ['1:75', 'invalid'],
    ['90 km', 'invalid'],
  ])('"%s" is refused (%s)', (text, error) => {
    expect(parseMinutes(text)).toEqual({ ok: false, error });
  });

  it('counts people in whole numbers, with thousands dots', () => {
    expect(parseCount('1.200')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('12')).toEqual({ ok: true, value: 12 });
    expect(parseCount('12,5')).toEqual({ ok: false, error: 'tooPrecise' });
  });

  it('keeps the sign, so the form can say "not negative"', () => {
    expect(parseScaled('-5', 2)).toEqual({ ok: true, value: -500 });
  });
});

describe('formatting', () => {
  it.each([
    [8550, 2, '85,50'],
    [5, 2, '0,05'],
    [123456789, 2, '1.234.567,89'],
    [1440, 0, '1.440'],
    [0, 2, '0,00'],
    [-1250, 2, '-12,50'],
  ])('%s (%s decimals) → "%s"', (value, decimals, text) => {
    expect(formatScaled(value, decimals)).toBe(text);
  });

  it('formatting then parsing gives the value back, for every kind and size', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<NumberKind>('euro', 'minutes', 'count'),
        fc.integer({ min: 0, max: 999_999_999_999_999 }), // the 15 digits a field holds
        (kind, value) => {
          expect(PARSERS[kind](formatForInput(kind, value))).toEqual({ ok: true, value });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('also without thousands dots and with a unit after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (cents) => {
        expect(parseEuroCents(`${formatScaled(cents, 2, false)} €`)).toEqual({ ok: true, value: cents });
      }),
    );
  });
});

describe('numbers typed the English way (UI in English)', () => {
  it.each([
    ['85.50', 8550],
    ['85.5', 8550],
    ['85', 8500],
    ['0.29', 29],
    ['85.50 €', 8550],
    ['€ 85', 8500],
    ['85 EUR', 8500],
    ['1,234.50', 123450],
    ['1,234', 123400],
    ['1 234.50', 123450],
    ['1,234,567.89', 123456789],
    ['85,50', 8550], // a comma typed as decimal mark
    ['', null],
  ])('"%s" → %s cents', (text, cents) => {
    expect(parseEuroCents(text, 'en')).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['85.505', 'tooPrecise'],
    ['85.50.1', 'invalid'],
    ['1,23.50', 'invalid'],
    ['1.234,50', 'invalid'], // German grouping: refused, not misread
    ['85 $', 'invalid'],
    ['.5', 'invalid'],
    ['12345678901234567', 'tooLarge'],
  ])('"%s" is refused (%s)', (text, error) => {
    expect(parseEuroCents(text, 'en')).toEqual({ ok: false, error });
  });

  it.each([
    ['1.5 h', 90],
    ['0.25 h', 15],
    ['1,440', 1440],
    ['90 min', 90],
    ['1:30', 90],
  ])('"%s" → %s minutes', (text, minutes) => {
    expect(parseMinutes(text, 'en')).toEqual({ ok: true, value: minutes });
  });

  it('refuses fractions of a minute and of a person', () => {
    expect(parseMinutes('90.5', 'en')).toEqual({ ok: false, error: 'tooPrecise' });
    expect(parseMinutes('1.33 h', 'en')).toEqual({ ok: false, error: 'tooPrecise' });
    expect(parseCount('1,200', 'en')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('12.5', 'en')).toEqual({ ok: false, error: 'tooPrecise' });
  });

  it.each([
    [20000, 2, '200.00'],
    [123456789, 2, '1,234,567.89'],
    [1440, 0, '1,440'],
    [-1250, 2, '-12.50'],
  ])('%s (%s decimals) → "%s"', (value, decimals, text) => {
    expect(formatScaled(value, decimals, true, 'en')).toBe(text);
  });

  it('formatting then parsing gives the value back in English too', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<NumberKind>('euro', 'minutes', 'count'),
        fc.integer({ min: 0, max: 999_999_999_999_999 }),
        (kind, value) => {
          expect(PARSERS[kind](formatForInput(kind, value, 'en'), 'en')).toEqual({ ok: true, value });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
