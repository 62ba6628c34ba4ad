// Commands from the desktop menu and the global shortcut run the same actions as the keyboard.
import { useEffect, useRef } from 'react';
import { host, type AppCommand } from '../host';

export function useAppCommands(handlers: Record<AppCommand, () => void>): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => host.onAppCommand((command) => current.current[command]()), []);
}
