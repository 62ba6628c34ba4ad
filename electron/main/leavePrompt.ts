// F5, Ctrl+R or closing the window while a form holds unsaved input: the renderer refuses the
// unload (beforeunload, see renderer/components/useLeaveGuard.ts). A browser then asks by itself;
// Electron does nothing and the window silently stays — so the main process asks, in the app's words.
import type { MessageBoxSyncOptions } from 'electron';
import { desktopTexts } from '../../shared/desktop/desktopTexts';

/** Button order: "Weiter bearbeiten" first, the safe default (Enter and Esc keep the input). */
const KEEP = 0;
const DISCARD = 1;

export function leaveQuestion(locale: string): MessageBoxSyncOptions {
  const text = desktopTexts(locale).leave;
  return {
    type: 'question',
    title: 'Anlaufstelle',
    message: text.message,
    detail: text.detail,
    buttons: [text.keep, text.discard],
    defaultId: KEEP,
    cancelId: KEEP,
    noLink: true,
  };
}

/**
 * Handles webContents' 'will-prevent-unload': asks, and lets the page go only on "Verwerfen".
 * (In Electron, `event.preventDefault()` here means: ignore the page's refusal and unload.)
 */
export function confirmLeave(
  event: { preventDefault(): void },
  ask: (options: MessageBoxSyncOptions) => number,
  locale: string,
): boolean {
  const leave = ask(leaveQuestion(locale)) === DISCARD;
  if (leave) event.preventDefault();
  return leave;
}
