import { describe, expect, it } from 'vitest';
import { formatMonthInput, monthsNewlyOverCap, parseMonthInput } from '../../../shared/domain/network';

describe('allowance month as typed', () => {
  it.each([
    ['11.2026', '2026-11'],
    ['11/2026', '2026-11'],
    ['1.2026', '2026-01'],
    [' 03 . 2025 ', '2025-03'],
    ['11 2026', '2026-11'],
    ['11-2026', '2026-11'],
    ['2026-11', '2026-11'],
    ['2026-1', '2026-01'],
  ])('reads "%s" as %s', (typed, month) => {
    expect(parseMonthInput(typed)).toBe(month);
  });

  it.each([
    '',
    '11.',
    '11.20',
    '13.2026',
    '00.2026',
    '11.26',
    '2026',
    'November 2026',
    '11.2026.',
    '0011.2026',
  ])('refuses "%s"', (typed) => {
    expect(parseMonthInput(typed)).toBeNull();
  });

  it('shows a stored month the German way', () => {
    expect(formatMonthInput('2026-11')).toBe('11.2026');
    expect(formatMonthInput('11.20')).toBe('11.20');
  });
});

describe('allowance over the monthly cap', () => {
  const cap = 200_00;
  it('names the months about to be saved over the cap, with their sums', () => {
    expect(
      monthsNewlyOverCap(
        [],
        [
          { month: '2026-11', amountCents: 150_00 },
          { month: '2026-11', amountCents: 60_50 },
          { month: '2026-10', amountCents: 200_00 },
        ],
        cap,
      ),
    ).toEqual([{ month: '2026-11', cents: 210_50 }]);
  });
  it('does not ask again about a month saved over the cap before and unchanged', () => {
    const before = [{ month: '2026-01', amountCents: 250_00 }];
    expect(monthsNewlyOverCap(before, [...before, { month: '2026-02', amountCents: 10_00 }], cap)).toEqual(
      [],
    );
    expect(monthsNewlyOverCap(before, [{ month: '2026-01', amountCents: 260_00 }], cap)).toEqual([
      { month: '2026-01', cents: 260_00 },
    ]);
  });
});
