import { describe, expect, it } from 'vitest';
import { shownMatches } from '../../../renderer/features/inquiries/useTextMatches';

// What the Anfragen list shows while the search for a new text still runs (the exploratory round
// saw "258 von 20.000" Wohnungssuche rows under a freshly typed "K").
describe("the list's matches while a search runs", () => {
  const found = { text: 'Kita', ids: ['a', 'b'] };

  it('keeps the last result while the user types on or deletes the last letters', () => {
    expect(shownMatches(found, 'Kita')).toBe(found.ids);
    expect(shownMatches(found, 'kita fam')).toBe(found.ids);
    expect(shownMatches(found, 'Kit')).toBe(found.ids);
  });

  it('shows no old result under another word: the list stays unfiltered until the new one is found', () => {
    expect(shownMatches(found, 'K')).toBe(found.ids); // "K" begins "Kita"
    expect(shownMatches({ text: 'Wohnungssuche', ids: ['w'] }, 'K')).toBeUndefined();
    expect(shownMatches(found, 'Familie')).toBeUndefined();
    expect(shownMatches(undefined, 'Kita')).toBeUndefined();
  });
});
