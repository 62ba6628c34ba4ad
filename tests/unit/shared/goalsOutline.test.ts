import { describe, expect, it } from 'vitest';
import { goalsOutline } from '../../../shared/report/goalsOutline';

describe('the outline of "Ziele und Indikatoren"', () => {
  it("lists the office's Handlungsfelder in order, each with goal, indicator and status", () => {
    expect(goalsOutline(['Sprache und Bildung', 'Wohnen'], 'de')).toBe(
      'Sprache und Bildung\nZiel: \nIndikator: \nStand: \n\nWohnen\nZiel: \nIndikator: \nStand: ',
    );
    expect(goalsOutline(['Housing'], 'en')).toBe('Housing\nGoal: \nIndicator: \nStatus: ');
    expect(goalsOutline([], 'de')).toBe('');
  });
});
