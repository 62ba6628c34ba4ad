// The application menu as a plain template, in the app's language (German first): Electron's roles
// for editing and view, and the app's own commands, which go to the renderer as `app:command` events.
import type { MenuItemConstructorOptions } from 'electron';
import { desktopTexts } from '../../shared/desktop/desktopTexts';
import type { AppCommand } from '../../shared/ipc/contract';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools only in unpackaged (development) runs. */
  developer: boolean;
  /** 'de' or 'en' (the app's language), or the OS locale before the app has said. */
  language: string;
  send(command: AppCommand): void;
}

/** The app's own menu commands and their accelerators (the renderer handles the same keys). */
export const APP_COMMAND_ACCELERATORS: Record<Exclude<AppCommand, 'about'>, string> = {
  'new-inquiry': 'CommandOrControl+N',
  search: 'CommandOrControl+K',
  lock: 'CommandOrControl+L',
};

export function buildMenuTemplate({
  platform,
  developer,
  language,
  send,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const m = desktopTexts(language).menu;
  const command = (label: string, cmd: AppCommand): MenuItemConstructorOptions => ({
    label,
    // On Windows and Linux the renderer handles these keys itself (also in dialogs); the menu only
    // shows them, so one key press never runs a command twice. macOS menus own their key equivalents.
    ...(cmd === 'about' ? {} : { accelerator: APP_COMMAND_ACCELERATORS[cmd], registerAccelerator: mac }),
    click: () => send(cmd),
  });
  const about = command(m.about, 'about');

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Anlaufstelle',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide', label: m.hide },
        { role: 'hideOthers', label: m.hideOthers },
        { role: 'unhide', label: m.unhide },
        { type: 'separator' },
        { role: 'quit', label: m.quitApp },
      ],
    });
  }
  template.push(
    {
      label: m.file,
      submenu: [
        command(m.newInquiry, 'new-inquiry'),
        command(m.search, 'search'),
        { type: 'separator' },
        command(m.lock, 'lock'),
        ...(mac
          ? []
          : ([{ type: 'separator' }, { role: 'quit', label: m.quit }] as MenuItemConstructorOptions[])),
      ],
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        { role: 'resetZoom', label: m.resetZoom },
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullscreen },
        ...(developer
          ? ([
              { type: 'separator' },
              { role: 'toggleDevTools', label: m.devTools },
            ] as MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: m.help,
      role: 'help',
      submenu: mac ? [] : [about],
    },
  );
  return template;
}
