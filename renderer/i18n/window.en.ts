// Texts for "one unlocked window per vault": the second window's notice and the takeover.
import type { DeepStrings } from './deepStrings';
import type { windowDe } from './window.de';

export const windowEn: DeepStrings<typeof windowDe> = {
  window: {
    otherTitle: 'Anlaufstelle is already open in another window',
    otherText:
      'The vault is unlocked in only one window at a time, so that no entries are lost. If you continue here, the other window is locked. What was saved there is kept; input not yet saved there is lost.',
    continueHere: 'Continue here',
    takingOver: 'Locking the other window …',
    takenOverTitle: 'Opened in another window',
    takenOverText: 'Anlaufstelle was opened in another window. This window is being locked …',
    refusedWrite:
      'A change in this window was not saved because Anlaufstelle was opened in another window in the meantime. Please check your last entry after unlocking.',
    refusedClose: 'Close notice',
  },
};
