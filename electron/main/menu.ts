// The German application menu as a plain template: Electron's roles for editing and view, and the
// app's own commands, which go to the renderer as `app:command` events.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/ipc/contract';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools only in unpackaged (development) runs. */
  developer: boolean;
  send(command: AppCommand): void;
}

/** The app's own menu commands and their accelerators (the renderer handles the same keys). */
export const APP_COMMAND_ACCELERATORS: Record<Exclude<AppCommand, 'about'>, string> = {
  'new-inquiry': 'CommandOrControl+N',
  search: 'CommandOrControl+K',
  lock: 'CommandOrControl+L',
};

export function buildMenuTemplate({ platform, developer, send }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, cmd: AppCommand): MenuItemConstructorOptions => ({
    label,
    // On Windows and Linux the renderer handles these keys itself (also in dialogs); the menu only
    // shows them, so one key press never runs a command twice. macOS menus own their key equivalents.
    ...(cmd === 'about' ? {} : { accelerator: APP_COMMAND_ACCELERATORS[cmd], registerAccelerator: mac }),
    click: () => send(cmd),
  });
  const about = command('Über Anlaufstelle', 'about');

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Anlaufstelle',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide', label: 'Anlaufstelle ausblenden' },
        { role: 'hideOthers', label: 'Andere ausblenden' },
        { role: 'unhide', label: 'Alle einblenden' },
        { type: 'separator' },
        { role: 'quit', label: 'Anlaufstelle beenden' },
      ],
    });
  }
  template.push(
    {
      label: 'Datei',
      submenu: [
        command('Neue Anfrage', 'new-inquiry'),
        command('Suche …', 'search'),
        { type: 'separator' },
        command('Sperren', 'lock'),
        ...(mac
          ? []
          : ([{ type: 'separator' }, { role: 'quit', label: 'Beenden' }] as MenuItemConstructorOptions[])),
      ],
    },
    {
      label: 'Bearbeiten',
      submenu: [
        { role: 'undo', label: 'Rückgängig' },
        { role: 'redo', label: 'Wiederholen' },
        { type: 'separator' },
        { role: 'cut', label: 'Ausschneiden' },
        { role: 'copy', label: 'Kopieren' },
        { role: 'paste', label: 'Einfügen' },
        { role: 'selectAll', label: 'Alles auswählen' },
      ],
    },
    {
      label: 'Ansicht',
      submenu: [
        { role: 'resetZoom', label: 'Originalgröße' },
        { role: 'zoomIn', label: 'Vergrößern' },
        { role: 'zoomOut', label: 'Verkleinern' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Vollbild' },
        ...(developer
          ? ([
              { type: 'separator' },
              { role: 'toggleDevTools', label: 'Entwicklerwerkzeuge' },
            ] as MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: 'Hilfe',
      role: 'help',
      submenu: mac ? [] : [about],
    },
  );
  return template;
}
