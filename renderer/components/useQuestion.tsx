// A yes/no question asked in the middle of saving ("Datum bestätigen?", "Über der Pauschale?"): the
// save awaits `ask(text)`, which resolves with the user's answer once the ConfirmDialog is answered.
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

interface Labels {
  title: string;
  confirmLabel: string;
  cancelLabel: string;
}

export function useQuestion(labels: Labels): { ask: (text: string) => Promise<boolean>; dialog: ReactNode } {
  const [pending, setPending] = useState<{ text: string; resolve: (ok: boolean) => void } | null>(null);
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  return {
    ask: (text) => new Promise((resolve) => setPending({ text, resolve })),
    dialog: (
      <ConfirmDialog
        {...labels}
        open={!!pending}
        text={pending?.text ?? ''}
        onConfirm={() => answer(true)}
        onCancel={() => answer(false)}
      />
    ),
  };
}
