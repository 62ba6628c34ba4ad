// Commands from the desktop menu and the global shortcut run the same actions as the keyboard.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAccelerator } from '../../shared/desktop/accelerator';
import { host, type AppCommand } from '../host';
import { createCommandRelay } from './appCommandRelay';

// Subscribed for the app's lifetime, also while the vault is locked (see appCommandRelay).
const relay = createCommandRelay();
host.onAppCommand((command) => relay.receive(command));

export function useAppCommands(handlers: Record<AppCommand, () => void>): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => relay.attach((command) => current.current[command]()), []);
}

/** Once per unlock: says so when another program holds the quick-capture shortcut. */
export function useShortcutConflictNotice(notify: (message: string) => void): void {
  const { t, i18n } = useTranslation();
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) return;
    shown.current = true;
    void host.getGlobalShortcut().then((status) => {
      if (status?.problem === 'taken' && status.attempted) {
        const shortcut = formatAccelerator(status.attempted, i18n.language === 'en' ? 'en' : 'de');
        notify(t('desktop.shortcut.startupTaken', { shortcut }));
      }
    });
  }, [notify, t, i18n.language]);
}
