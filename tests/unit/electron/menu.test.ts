import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { lockOnOsEvents, type LockReason } from '../../../electron/main/powerLock';
import type { AppCommand } from '../../../shared/ipc/contract';

function build(platform: NodeJS.Platform, developer = false, language = 'de') {
  const sent: AppCommand[] = [];
  const template = buildMenuTemplate({ platform, developer, language, send: (c) => sent.push(c) });
  return { template, sent };
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return (menu.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const menu of template) {
    const hit = items(menu).find((i) => i.label === label);
    if (hit) return hit;
  }
  throw new Error(`no menu item ${label}`);
}

function click(item: MenuItemConstructorOptions) {
  (item.click as () => void)();
}

describe('application menu', () => {
  it('has the German menus Datei, Bearbeiten, Ansicht, Hilfe on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(build(platform).template.map((m) => m.label)).toEqual([
        'Datei',
        'Bearbeiten',
        'Ansicht',
        'Hilfe',
      ]);
    }
  });

  it.each([
    ['Neue Anfrage', 'CommandOrControl+N', 'new-inquiry'],
    ['Suche …', 'CommandOrControl+K', 'search'],
    ['Sperren', 'CommandOrControl+L', 'lock'],
  ] as const)('„%s“ has %s and sends %s to the renderer', (label, accelerator, command) => {
    const { template, sent } = build('win32');
    const item = find(template, label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(sent).toEqual([command]);
  });

  it("speaks the app's language: English menus once the app reports English", () => {
    expect(build('win32', false, 'en').template.map((m) => m.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
    expect(build('linux', false, 'en-GB').template.map((m) => m.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
    expect(build('win32', false, 'fr-FR').template.map((m) => m.label)[0]).toBe('Datei');
  });

  it('shows the shortcuts without registering them on Windows and Linux (the page handles the keys)', () => {
    expect(find(build('win32').template, 'Neue Anfrage').registerAccelerator).toBe(false);
    expect(find(build('linux').template, 'Sperren').registerAccelerator).toBe(false);
    expect(find(build('darwin').template, 'Neue Anfrage').registerAccelerator).toBe(true);
  });

  it('opens „Über Anlaufstelle“ from the Hilfe menu', () => {
    const { template, sent } = build('win32');
    const help = template.find((m) => m.label === 'Hilfe')!;
    expect(items(help).map((i) => i.label)).toEqual(['Über Anlaufstelle']);
    click(items(help)[0]!);
    expect(sent).toEqual(['about']);
  });

  it('uses Electron roles with German labels for editing and quitting', () => {
    const { template } = build('win32');
    const edit = template.find((m) => m.label === 'Bearbeiten')!;
    expect(items(edit).map((i) => [i.role, i.label])).toEqual([
      ['undo', 'Rückgängig'],
      ['redo', 'Wiederholen'],
      ['cut', 'Ausschneiden'],
      ['copy', 'Kopieren'],
      ['paste', 'Einfügen'],
      ['selectAll', 'Alles auswählen'],
    ]);
    expect(items(template[0]!).at(-1)).toMatchObject({ role: 'quit', label: 'Beenden' });
  });

  it('offers no reload (it would drop the unlocked session unasked) and developer tools only in development', () => {
    const roles = (t: MenuItemConstructorOptions[]) => t.flatMap((m) => items(m).map((i) => i.role));
    expect(roles(build('win32').template)).not.toContain('reload');
    expect(roles(build('win32').template)).not.toContain('forceReload');
    expect(roles(build('win32').template)).not.toContain('toggleDevTools');
    expect(roles(build('win32', true).template)).toContain('toggleDevTools');
  });

  it('puts About and Quit into the app menu on macOS', () => {
    const { template, sent } = build('darwin');
    expect(template.map((m) => m.label)).toEqual(['Anlaufstelle', 'Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
    click(items(template[0]!)[0]!);
    expect(sent).toEqual(['about']);
    expect(items(template[0]!).some((i) => i.role === 'quit')).toBe(true);
    expect(items(template[1]!).some((i) => i.role === 'quit')).toBe(false);
  });
});

describe('lock on OS events', () => {
  it('locks with the reason when the screen locks or the machine suspends', () => {
    const listeners = new Map<string, () => void>();
    const locks: LockReason[] = [];
    lockOnOsEvents({ on: (event, listener) => listeners.set(event, listener) }, (r) => locks.push(r));
    expect([...listeners.keys()].sort()).toEqual(['lock-screen', 'suspend']);
    listeners.get('lock-screen')!();
    listeners.get('suspend')!();
    expect(locks).toEqual(['os-lock', 'suspend']);
  });
});
