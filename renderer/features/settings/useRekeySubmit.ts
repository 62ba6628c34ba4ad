// The submit of a dialog that may re-key the vault ("Passwort ändern", "Neuer
// Wiederherstellungsschlüssel"): one run at a time, busy meanwhile, a wrong current password kept as
// 'wrong'. While the re-keying runs or has ended, the dialog shows `run` (RekeyDialogView) instead.
import { useState } from 'react';
import { WrongPasswordError } from '../../../shared/crypto/keySlots';
import { useRekeyRun } from '../vault';

export function useRekeySubmit({ otherErrors }: { otherErrors: 'show' | 'throw' }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<'wrong' | 'failed' | null>(null);
  const run = useRekeyRun();

  /** `ready` decides, before anything runs, whether there is something to submit. */
  async function submit(ready: () => boolean | Promise<boolean>, work: () => Promise<unknown>) {
    if (busy) return;
    setError(null);
    if (!(await ready())) return;
    setBusy(true);
    try {
      await work();
    } catch (e) {
      if (e instanceof WrongPasswordError) setError('wrong');
      else if (otherErrors === 'throw') throw e;
      else setError('failed');
    } finally {
      setBusy(false);
    }
  }
  return { run, busy, error, submit };
}
