import { describe, expect, it } from 'vitest';
import { checkDay, firstUseDay, type DateContext } from '../../../shared/domain/datePlausibility';

const office: DateContext = { today: '2026-11-29', firstUse: '2024-03-01', sinceFirstUse: true };
const history: DateContext = { ...office, sinceFirstUse: false };

describe('date plausibility', () => {
  it.each([
    ['2026-11-29', office, 'ok'],
    ['2027-11-29', office, 'ok'], // a year ahead: still a normal plan
    ['2027-11-30', office, 'warn:farFuture'],
    ['2099-01-01', office, 'warn:farFuture'], // Eingang 01.01.2099
    ['2024-03-01', office, 'ok'],
    ['2024-02-29', office, 'warn:beforeFirstUse'], // back-filling: allowed on confirmation
    ['1900-01-10', office, 'warn:beforeFirstUse'], // Wiedervorlage 10.01.1900
    ['2018-01-01', history, 'ok'], // "aktiv seit 2018" is history, not a slip
    ['2099-01-01', history, 'warn:farFuture'],
    ['2020-05-05', { ...office, firstUse: undefined }, 'ok'], // an empty vault has no first use yet
    ['1899-12-31', office, 'refuse:impossible'],
    ['0099-01-01', office, 'refuse:impossible'], // "01.01.99" read with a four-digit year
    ['2200-01-01', office, 'refuse:impossible'],
    ['2026-02-30', office, 'refuse:impossible'],
    ['', office, 'refuse:impossible'],
  ] as const)('%s → %s', (day, context, expected) => {
    const check = checkDay(day, context);
    expect(check.level === 'ok' ? 'ok' : `${check.level}:${check.reason}`).toBe(expected);
  });

  it('does not question a date left as it was saved, but still refuses an impossible one', () => {
    expect(checkDay('2099-01-01', { ...office, saved: '2099-01-01' }).level).toBe('ok');
    expect(checkDay('2020-01-01', { ...office, saved: '2020-01-01' }).level).toBe('ok');
    // Changed on this edit: asked again.
    expect(checkDay('2020-01-02', { ...office, saved: '2020-01-01' }).level).toBe('warn');
    expect(checkDay('2026-02-30', { ...office, saved: '2026-02-30' }).level).toBe('refuse');
  });

  it('takes the first use from the vault set-up, or an older record, as a local day', () => {
    const setUp = '2026-11-20T09:00:00.000Z';
    // An empty vault has a first use from its set-up day: the first back-dated entry is questioned.
    expect(firstUseDay(setUp, [])).toBe('2026-11-20');
    expect(firstUseDay(setUp, ['2026-11-28T10:00:00.000Z'])).toBe('2026-11-20');
    // A restored backup brings older records: their history is not "before first use".
    expect(firstUseDay(setUp, ['2025-01-05T10:00:00.000Z', '2024-03-01T08:00:00.000Z', ''])).toBe(
      '2024-03-01',
    );
    expect(firstUseDay('', ['2025-01-05T10:00:00.000Z'])).toBe('2025-01-05');
    expect(firstUseDay('nonsense', [])).toBeUndefined();
  });

  it('compares times, not spellings: an imported time with an offset, a malformed one of the usual shape', () => {
    const setUp = '2026-11-20T09:00:00.000Z';
    // 01:30 at +02:00 is 23:30 UTC the day before: earlier than the 00:10 UTC record.
    expect(firstUseDay(setUp, ['2024-03-01T00:10:00.000Z', '2024-03-01T01:30:00+02:00'])).toBe(
      firstUseDay(setUp, ['2024-02-29T23:30:00.000Z']),
    );
    // Sorts first as text but is no time: ignored, as every invalid time is.
    expect(firstUseDay(setUp, ['2024-0X-01T00:00:00.000Z', '2025-01-05T10:00:00.000Z'])).toBe('2025-01-05');
    expect(firstUseDay(setUp, ['0000-00-00T00:00:00.000Z'])).toBe('2026-11-20');
  });
});
