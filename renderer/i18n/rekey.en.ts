// Texts for re-keying ("Re-encrypt vault"): the progress dialog, its triggers and the on-demand
// action in Settings.
import type { DeepStrings } from './deepStrings';
import type { rekeyDe } from './rekey.de';

export const rekeyEn: DeepStrings<typeof rekeyDe> = {
  rekey: {
    title: 'Re-encrypt vault',
    running: 'Re-encrypting the vault …',
    runningCount: 'Re-encrypting the vault … {{done, number}} of {{total, number}} entries',
    progressLabel: 'Re-encryption progress',
    progressValue: '{{done, number}} of {{total, number}} entries',
    wait: 'Please wait until this has finished. If the window is closed before, the previous vault stays complete.',
    done: 'Re-encrypted.',
    doneText: 'All entries were written anew with a new key; the previous vault was deleted.',
    failed:
      'Re-encrypting failed. Nothing was changed: the vault is complete and still secured with its previous key.',
    retry: 'Try again',
    close: 'Close',
    backupsStay: 'Backups made before are separate files: they stay readable with their own passphrase.',
    backupsKeepErased:
      'Backups made before are separate files: they stay readable with their own passphrase and still hold the erased data.',
    newRecoveryKey: 'A new recovery key was created; the previous one no longer opens the vault.',
    reason: {
      erasure:
        'The person was deleted. So that their data can no longer be read from this device’s storage files either, the vault is now rewritten with a new key.',
      anonymisation:
        'The entries were anonymised. So that the removed content can no longer be read from this device’s storage files either, the vault is now rewritten with a new key.',
      automatic_one:
        'Under the retention rules {{count, number}} entry was anonymised. So that the removed content can no longer be read from this device’s storage files either, the vault is now rewritten with a new key.',
      automatic_other:
        'Under the retention rules {{count, number}} entries were anonymised. So that the removed content can no longer be read from this device’s storage files either, the vault is now rewritten with a new key.',
      manual: 'The vault is written with a new key into fresh storage files.',
      password: 'The new password is set and the vault is rewritten with a new key.',
      recoveryKey: 'The new recovery key is created and the vault is rewritten with a new key.',
    },
    erasureFailed:
      'The person was deleted, but the vault could not be re-encrypted. Please choose “Re-encrypt vault” under Settings → Password and recovery.',
    onDemand: 'Re-encrypt vault',
    onDemandIntro:
      'Writes every entry with a new key into a new database and deletes the old one. Afterwards the vault holds no remains of earlier content (changed, deleted or anonymised entries). Password and recovery key stay the same.',
    onDemandConfirm: 'Re-encrypt now',
    cancel: 'Cancel',
    passwordCheckbox: 'Re-encrypt the vault as well (recommended)',
    passwordCheckboxHelp:
      'Then the old password opens nothing any more – not even what is left from before in this device’s storage files.',
    passwordDone: 'The password was changed and the vault re-encrypted.',
    recoveryIntro:
      'The previous recovery key then opens nothing any more – not even what is left from before in this device’s storage files: the vault is re-encrypted for it. Confirm with your password.',
  },
};
