import { describe, expect, it } from 'vitest';
import { keepChangesMadeMeanwhile } from '../../../shared/domain/concurrentEdits';

describe('saving a form a colleague changed meanwhile', () => {
  const base = { subject: 'Sprachkurs', minutes: 40, notes: '', referrals: ['VHS'] };

  it('keeps the colleague’s value where this form left the field alone, and this form’s where it changed it', () => {
    const current = { ...base, minutes: 90, referrals: ['VHS', 'Caritas'] };
    const next = { ...base, notes: 'Rückruf erbeten' };
    expect(keepChangesMadeMeanwhile(base, current, next)).toEqual({
      subject: 'Sprachkurs',
      minutes: 90,
      notes: 'Rückruf erbeten',
      referrals: ['VHS', 'Caritas'],
    });
  });

  it('both changed the same field: this form’s value (the later save) is written', () => {
    const current = { ...base, subject: 'Sprachkurs B1' };
    const next = { ...base, subject: 'Integrationskurs' };
    expect(keepChangesMadeMeanwhile(base, current, next).subject).toBe('Integrationskurs');
  });

  it('a field the colleague removed stays removed; without a base nothing is changed', () => {
    const withResult = { ...base, result: 'verwiesen' };
    const { result: _removed, ...current } = withResult;
    expect(keepChangesMadeMeanwhile(withResult, current, { ...withResult, notes: 'x' })).not.toHaveProperty(
      'result',
    );
    expect(keepChangesMadeMeanwhile(undefined, { ...base, minutes: 90 }, base)).toEqual(base);
  });
});
