// App-wide dialogs (quick capture, follow-up) opened from anywhere: Ctrl+N, the palette, a screen.
import { createContext, useContext } from 'react';
import type { TextKey } from '../i18n/dataKey';

export interface FollowupDialogRequest {
  id?: string;
  inquiryId?: string;
  /** A suggested title for a new follow-up (e.g. from an activity). */
  title?: string;
}

export interface Dialogs {
  newInquiry: () => void;
  editInquiry: (id: string) => void;
  followup: (request: FollowupDialogRequest) => void;
  organisation: (request: { id?: string }) => void;
  person: (request: { id?: string; organisationId?: string }) => void;
  activity: (request: { id?: string }) => void;
  /**
   * Shows a short confirmation at the bottom of the window. Pass a translation key (with its
   * parameters) rather than translated text: the shell translates it when it renders, so a toast
   * follows a language switch (the settings' own "gespeichert" is shown while the language changes).
   */
  notify: (message: string | NotifyMessage) => void;
}

export interface NotifyMessage {
  key: TextKey;
  params?: Record<string, unknown>;
}

export const DialogsContext = createContext<Dialogs | null>(null);

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogsContext);
  if (!dialogs) throw new Error('useDialogs outside the app shell');
  return dialogs;
}
