// The one shell for every form dialog (Person, Organisation, Aktivität, Wiedervorlage, Anfrage,
// Vorlage, Import, Datensicherung, Passwort):
// - the form is mounted per opening, so each opening starts from fresh defaults;
// - Esc or a click outside with unsaved input asks "Eingaben verwerfen?" first (a typed-up
//   Netzwerktreffen was once lost that way); "Abbrechen" is a deliberate choice and closes at once;
// - F5 or closing the window with unsaved input asks too (useLeaveGuard);
// - while the form says it must not close (a re-keying runs, a new key is not yet stored), Esc, a
//   click outside and "Abbrechen" do nothing;
// - Ctrl+Enter submits once, whatever field has the focus; a failed save shows an alert;
// - the actions stay in view however long the form is (only the content scrolls).
import {
  createContext,
  useContext,
  useEffect,
  useState,
  type BaseSyntheticEvent,
  type ComponentType,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { Box, Dialog, DialogContent, DialogTitle, type Breakpoint } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ConfirmDialog';
import { FormDialogActions, FormError, saveOnCtrlEnter } from './FormDialogParts';
import { useLeaveGuard } from '../useLeaveGuard';
import { useSingleFlight } from '../singleFlight';

interface FormDialogState {
  titleId: string;
  /** The form tells the shell whether it holds unsaved input. */
  setUnsaved: (unsaved: boolean) => void;
  /** The form tells the shell that it must not close now. */
  setLocked: (locked: boolean) => void;
  /** "Abbrechen": closes without asking. */
  cancel: () => void;
}

const FormDialogContext = createContext<FormDialogState | null>(null);

function useShell(): FormDialogState {
  const shell = useContext(FormDialogContext);
  if (!shell) throw new Error('A form dialog part outside a FormDialog');
  return shell;
}

interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  /** Changes when another record is opened, so the form is mounted afresh. */
  formKey?: string;
  /** The id of the dialog's title (FormDialogForm and FormDialogTitle use it). */
  titleId: string;
  maxWidth?: Breakpoint;
  fullScreen?: boolean;
  /** The form: a component that renders FormDialogForm. */
  children: ReactNode;
}

export function FormDialog({
  open,
  onClose,
  formKey = 'form',
  titleId,
  maxWidth = 'md',
  fullScreen,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  const [unsaved, setUnsaved] = useState(false);
  const [locked, setLocked] = useState(false);
  const [asking, setAsking] = useState(false);
  useLeaveGuard(open && unsaved);

  const close = () => {
    setUnsaved(false);
    setLocked(false);
    onClose();
  };
  const requestClose = () => {
    if (locked) return;
    if (unsaved) setAsking(true);
    else close();
  };
  const state: FormDialogState = { titleId, setUnsaved, setLocked, cancel: () => !locked && close() };

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
          // The question closes first and gives the focus back into the form; the form closes in
          // the next task and gives it back to what opened it. Closed together, the focus could be
          // left on the fading dialog, and a keyboard user had to start again from the top.
          setAsking(false);
          setTimeout(close, 0);
        }}
      />
    </>
  );
}

/** What every form dialog is opened and closed by. */
export interface DialogOpen {
  open: boolean;
  onClose: () => void;
}

/**
 * A dialog component from its form: `formDialog(PersonForm, { titleId, formKey: (p) => p.personId })`.
 * The form gets all the dialog's props.
 */
export function formDialog<P extends DialogOpen>(
  Form: ComponentType<P>,
  shell: { titleId: string; formKey?: (props: P) => string; maxWidth?: Breakpoint },
) {
  return function WithFormDialog(props: P) {
    return (
      <FormDialog
        open={props.open}
        onClose={props.onClose}
        formKey={shell.formKey?.(props) ?? 'form'}
        titleId={shell.titleId}
        maxWidth={shell.maxWidth}
      >
        <Form {...props} />
      </FormDialog>
    );
  };
}

/** While `locked`, the dialog around does not close (for content shown instead of the form). */
export function useFormDialogLock(locked: boolean): void {
  const { setLocked } = useShell();
  useEffect(() => setLocked(locked), [locked, setLocked]);
  useEffect(() => () => setLocked(false), [setLocked]);
}

/** The dialog's title, for content shown instead of the form (a re-keying's progress). */
export function FormDialogTitle({ children, printHidden }: { children: ReactNode; printHidden?: boolean }) {
  const { titleId } = useShell();
  return (
    <DialogTitle id={titleId} sx={printHidden ? { displayPrint: 'none' } : undefined}>
      {children}
    </DialogTitle>
  );
}

interface FormDialogFormProps<T extends FieldValues> {
  title: ReactNode;
  /** react-hook-form's form: the bound fields inside take their `control` from it, and `dirty` and
   * `saving` default to its isDirty and isSubmitting. */
  form?: UseFormReturn<T>;
  /** Unsaved input: react-hook-form's isDirty, plus anything typed but not yet taken. */
  dirty?: boolean;
  /** Usually react-hook-form's handleSubmit(…); runs once at a time, the page never reloads. If it
   * fails (rejects), "Speichern fehlgeschlagen" is shown below the fields. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<unknown>;
  saving?: boolean;
  /** Shows "Speichern fehlgeschlagen" below the fields (for failures onSubmit catches itself). */
  failed?: boolean;
  /** Any other message of what went wrong, below the fields. */
  error?: string | null;
  /** The submit button's words, when not "Speichern" / "Wird gespeichert …". */
  submitLabel?: string;
  savingLabel?: string;
  /** False: the submit button is greyed out (nothing to submit yet). */
  canSubmit?: boolean;
  /** Replaces the submit button on the right of the actions (null: none, the form submits elsewhere). */
  actionsEnd?: ReactNode;
  /** Buttons on the left of the actions (Löschen, Als Vorlage speichern). */
  actionsStart?: ReactNode;
  /** While true the dialog does not close and "Abbrechen" is greyed out (work that must finish). */
  locked?: boolean;
  /** The title is left out when the dialog is printed (the printout has its own heading). */
  printHiddenTitle?: boolean;
  /** More keys for the whole form (Alt+1 … for templates). */
  onKeyDown?: (event: KeyboardEvent) => void;
  /** Questions asked while saving (plausible dates, series scope): rendered outside the form, so
   * their keys do not reach it. */
  questions?: ReactNode;
  children: ReactNode;
}

export function FormDialogForm<T extends FieldValues>({
  title,
  form,
  dirty = form?.formState.isDirty ?? false,
  onSubmit,
  saving = form?.formState.isSubmitting ?? false,
  failed = false,
  error,
  submitLabel,
  savingLabel,
  canSubmit = true,
  actionsEnd,
  actionsStart,
  locked = false,
  printHiddenTitle,
  onKeyDown,
  questions,
  children,
}: FormDialogFormProps<T>) {
  const { t } = useTranslation();
  const { setUnsaved, cancel } = useShell();
  const unsaved = dirty && !saving;
  useEffect(() => setUnsaved(unsaved), [unsaved, setUnsaved]);
  // Closed or saved: nothing is left to lose.
  useEffect(() => () => setUnsaved(false), [setUnsaved]);
  useFormDialogLock(locked);
  // Every dialog's save would otherwise catch its own failure only to show the same alert.
  const [threw, setThrew] = useState(false);
  const submit = useSingleFlight(async (event?: BaseSyntheticEvent) => {
    setThrew(false);
    try {
      await onSubmit(event);
    } catch {
      setThrew(true);
    }
  });

  return (
    <>
      <Box
        component="form"
        onSubmit={(event: BaseSyntheticEvent) => {
          // The page never reloads on a submit, whether or not onSubmit is react-hook-form's.
          event.preventDefault();
          void submit(event);
        }}
        onKeyDownCapture={saveOnCtrlEnter(submit)}
        onKeyDown={onKeyDown}
        noValidate
        autoComplete="off"
        // The dialog's paper is a flex column: the form passes that on, so DialogContent scrolls
        // and the actions stay in view.
        sx={{ display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0 }}
      >
        <FormDialogTitle printHidden={printHiddenTitle}>{title}</FormDialogTitle>
        <DialogContent dividers>
          {form ? <FormProvider {...form}>{children}</FormProvider> : children}
          <FormError text={failed || threw ? t('inquiries.saveFailed') : error} />
        </DialogContent>
        <FormDialogActions
          onCancel={cancel}
          {...{ saving, locked, actionsStart, actionsEnd, submitLabel, savingLabel, canSubmit }}
        />
      </Box>
      {questions}
    </>
  );
}
