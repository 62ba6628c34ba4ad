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

  it('takes the first use from the oldest record, as a local day', () => {
    expect(firstUseDay(['2025-01-05T10:00:00.000Z', '2024-03-01T08:00:00.000Z', ''])).toBe('2024-03-01');
    expect(firstUseDay([])).toBeUndefined();
  });
});
