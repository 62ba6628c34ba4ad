// Whether a dialog has the focus. The app-wide "Neue Anfrage" and search (Strg+N, Strg+K, the menu)
// wait until it is closed: opened over a form they stacked a second form on it, or changed the
// screen behind a form with unsaved input (found by the exploratory round). Locking still works.
// The focus, not the DOM: a closing dialog gives the focus back at once but stays in the DOM while
// it fades, and Strg+N right after Strg+Enter must open the next form.

/** True while the focus is in a dialog (a form, a question, the search palette). */
export function dialogOpen(): boolean {
  const dialog = document.activeElement?.closest('.MuiDialog-root, [role="dialog"], [role="alertdialog"]');
  // A closing dialog (MUI hides its root from assistive technology as it starts to fade) no longer
  // holds the keys, should the focus still be in it for a moment.
  return dialog != null && dialog.closest('[aria-hidden="true"]') == null;
}

/** `run`, unless a dialog has the focus. */
export function unlessDialogOpen(run: () => void): () => void {
  return () => {
    if (!dialogOpen()) run();
  };
}
