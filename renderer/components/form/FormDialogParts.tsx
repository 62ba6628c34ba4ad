// What every form dialog ends with: an error line if saving failed, and "Abbrechen" / "Speichern".
import type { KeyboardEvent, ReactNode } from 'react';
import { Alert, Button, DialogActions } from '@mui/material';
import { useTranslation } from 'react-i18next';

/**
 * Ctrl+Enter (Cmd+Enter) saves, in every dialog — once, whatever field has the focus. Attach it as
 * the form's `onKeyDownCapture`: the form then sees the key before the focused field, and the field
 * never acts on it (a date field submits the form on Enter itself; an open list would pick its
 * highlighted option, choosing for the user). Attached as `onKeyDown` (bubbling), it still saves
 * only once: a field that already acted on the key has prevented its default.
 */
export function saveOnCtrlEnter(submit: () => unknown) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    if (event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    void submit();
  };
}

/** Below the fields: why saving (or the dialog's work) failed. Not printed. */
export function FormError({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mt: 2, displayPrint: 'none' }}>
      {text}
    </Alert>
  );
}

/** The actions' part of FormDialogForm's props, under the same names. */
export interface ActionsProps {
  saving: boolean;
  /** While true "Abbrechen" is greyed out. */
  locked?: boolean;
  /** Buttons on the left. */
  actionsStart?: ReactNode;
  /** Replaces the submit button (null: none). */
  actionsEnd?: ReactNode;
  submitLabel?: string;
  savingLabel?: string;
  canSubmit?: boolean;
}

export function FormDialogActions({
  onCancel,
  locked,
  saving,
  actionsStart,
  actionsEnd,
  submitLabel,
  savingLabel,
  canSubmit = true,
}: ActionsProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    // Buttons are no use on paper (a printed passphrase).
    <DialogActions sx={{ displayPrint: 'none' }}>
      {actionsStart}
      <Button onClick={onCancel} disabled={locked}>
        {t('form.cancel')}
      </Button>
      {actionsEnd !== undefined ? (
        actionsEnd
      ) : (
        <Button
          type="submit"
          variant="contained"
          disabled={saving || !canSubmit}
          // "Speichern (Strg+Enter)" names the shortcut where the button says "Speichern".
          title={submitLabel ? undefined : t('form.saveHint')}
        >
          {saving ? (savingLabel ?? t('form.saving')) : (submitLabel ?? t('form.save'))}
        </Button>
      )}
    </DialogActions>
  );
}
