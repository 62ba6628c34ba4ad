// The one shell for every form dialog (Person, Organisation, Aktivität, Wiedervorlage, Anfrage):
// - the form is mounted per opening, so each opening starts from fresh defaults;
// - Esc or a click outside with unsaved input asks "Eingaben verwerfen?" first (a typed-up
//   Netzwerktreffen was once lost that way); "Abbrechen" is a deliberate choice and closes at once;
// - F5 or closing the window with unsaved input asks too (useLeaveGuard);
// - Ctrl+Enter saves once, whatever field has the focus; a failed save shows an alert;
// - the actions stay in view however long the form is (only the content scrolls).
import {
  createContext,
  useContext,
  useEffect,
  useState,
  type BaseSyntheticEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { Box, Dialog, DialogContent, DialogTitle, type Breakpoint } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ConfirmDialog';
import { FormDialogActions, SaveFailed, saveOnCtrlEnter } from '../FormDialogParts';
import { useLeaveGuard } from '../useLeaveGuard';
import { useSingleFlight } from '../singleFlight';

interface FormDialogState {
  /** The form tells the shell whether it holds unsaved input. */
  setUnsaved: (unsaved: boolean) => void;
  /** "Abbrechen": closes without asking. */
  cancel: () => void;
}

const FormDialogContext = createContext<FormDialogState | null>(null);

interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  /** Changes when another record is opened, so the form is mounted afresh. */
  formKey: string;
  /** The id of the form's title (FormDialogForm's titleId). */
  titleId: string;
  maxWidth?: Breakpoint;
  fullScreen?: boolean;
  /** The form: a component that renders FormDialogForm. */
  children: ReactNode;
}

export function FormDialog({
  open,
  onClose,
  formKey,
  titleId,
  maxWidth = 'md',
  fullScreen,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  const [unsaved, setUnsaved] = useState(false);
  const [asking, setAsking] = useState(false);
  useLeaveGuard(open && unsaved);

  const requestClose = () => {
    if (unsaved) setAsking(true);
    else onClose();
  };
  const state: FormDialogState = { setUnsaved, cancel: onClose };

  return (
    <>
      <Dialog
        open={open}
        onClose={requestClose}
        maxWidth={maxWidth}
        fullWidth
        fullScreen={fullScreen}
        aria-labelledby={titleId}
      >
        {open && (
          <FormDialogContext.Provider key={formKey} value={state}>
            {children}
          </FormDialogContext.Provider>
        )}
      </Dialog>
      <ConfirmDialog
        open={asking}
        title={t('formDialog.discardTitle')}
        text={t('formDialog.discardText')}
        confirmLabel={t('formDialog.discard')}
        cancelLabel={t('formDialog.keepEditing')}
        destructive
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          setUnsaved(false);
          onClose();
        }}
      />
    </>
  );
}

interface FormDialogFormProps {
  titleId: string;
  title: ReactNode;
  /** Unsaved input: react-hook-form's isDirty, plus anything typed but not yet taken. */
  dirty: boolean;
  /** Usually react-hook-form's handleSubmit(…); runs once at a time. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<unknown>;
  saving: boolean;
  /** Shows "Speichern fehlgeschlagen" below the fields. */
  failed?: boolean;
  /** Buttons on the left of the actions (Löschen, Als Vorlage speichern). */
  actionsStart?: ReactNode;
  /** More keys for the whole form (Alt+1 … for templates). */
  onKeyDown?: (event: KeyboardEvent) => void;
  /** Questions asked while saving (plausible dates, series scope): rendered outside the form, so
   * their keys do not reach it. */
  questions?: ReactNode;
  children: ReactNode;
}

export function FormDialogForm({
  titleId,
  title,
  dirty,
  onSubmit,
  saving,
  failed = false,
  actionsStart,
  onKeyDown,
  questions,
  children,
}: FormDialogFormProps) {
  const shell = useContext(FormDialogContext);
  if (!shell) throw new Error('FormDialogForm outside a FormDialog');
  const { setUnsaved, cancel } = shell;
  const unsaved = dirty && !saving;
  useEffect(() => setUnsaved(unsaved), [unsaved, setUnsaved]);
  // Closed or saved: nothing is left to lose.
  useEffect(() => () => setUnsaved(false), [setUnsaved]);
  const submit = useSingleFlight(onSubmit);

  return (
    <>
      <Box
        component="form"
        onSubmit={(event: BaseSyntheticEvent) => void submit(event)}
        onKeyDownCapture={saveOnCtrlEnter(submit)}
        onKeyDown={onKeyDown}
        noValidate
        autoComplete="off"
        // The dialog's paper is a flex column: the form passes that on, so DialogContent scrolls
        // and the actions stay in view.
        sx={{ display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0 }}
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent dividers>
          {children}
          <SaveFailed show={failed} />
        </DialogContent>
        <FormDialogActions onCancel={cancel} saving={saving} start={actionsStart} />
      </Box>
      {questions}
    </>
  );
}
