import type { MessageBoxSyncOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { confirmLeave, leaveQuestion } from '../../../electron/main/leavePrompt';

/** A 'will-prevent-unload' event that records whether the page's refusal was overridden. */
function unloadEvent() {
  const event = { overridden: false, preventDefault: () => (event.overridden = true) };
  return event;
}

/** Answers the question by clicking the button with this label. */
const click = (label: string) => (options: MessageBoxSyncOptions) => options.buttons!.indexOf(label);

describe('leaving with unsaved input (Electron will-prevent-unload)', () => {
  it('asks in German and leaves only on "Verwerfen"', () => {
    const question = leaveQuestion('de');
    expect(question.message).toBe('Ungespeicherte Eingaben verwerfen?');
    expect(question.buttons).toEqual(['Weiter bearbeiten', 'Verwerfen']);

    const discard = unloadEvent();
    expect(confirmLeave(discard, click('Verwerfen'), 'de')).toBe(true);
    expect(discard.overridden).toBe(true);

    const keep = unloadEvent();
    expect(confirmLeave(keep, click('Weiter bearbeiten'), 'de')).toBe(false);
    expect(keep.overridden).toBe(false);
  });

  it('keeps the input when the question is dismissed (Esc) or confirmed with Enter', () => {
    const question = leaveQuestion('de');
    const esc = unloadEvent();
    confirmLeave(esc, (o) => o.cancelId!, 'de');
    expect(esc.overridden).toBe(false);
    const enter = unloadEvent();
    confirmLeave(enter, (o) => o.defaultId!, 'de');
    expect(enter.overridden).toBe(false);
    expect(question.buttons![question.defaultId!]).toBe('Weiter bearbeiten');
  });

  it('speaks English for an English system and German for anything else', () => {
    expect(leaveQuestion('en-GB').buttons).toEqual(['Keep editing', 'Discard']);
    expect(leaveQuestion('fr').message).toBe('Ungespeicherte Eingaben verwerfen?');
    const discard = unloadEvent();
    confirmLeave(discard, click('Discard'), 'en-US');
    expect(discard.overridden).toBe(true);
  });
});
