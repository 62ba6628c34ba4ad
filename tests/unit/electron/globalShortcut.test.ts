import { describe, expect, it } from 'vitest';
import {
  acceleratorFromKeyPress,
  DEFAULT_GLOBAL_SHORTCUT,
  formatAccelerator,
  isValidGlobalAccelerator,
  normalizeGlobalAccelerator,
  type KeyPress,
} from '../../../shared/desktop/accelerator';
import {
  bringToFront,
  createGlobalShortcut,
  type ShortcutRegistrar,
} from '../../../electron/main/globalShortcut';
import {
  createDesktopConfigStore,
  DEFAULT_DESKTOP_CONFIG,
  parseDesktopConfig,
  type DesktopConfig,
} from '../../../electron/main/desktopConfig';

/** Like Electron's globalShortcut: another program may already hold some combinations. */
function fakeRegistrar(takenByOthers: string[] = []) {
  const active = new Map<string, () => void>();
  const registrar: ShortcutRegistrar = {
    register(accelerator, callback) {
      if (takenByOthers.includes(accelerator) || active.has(accelerator)) return false;
      active.set(accelerator, callback);
      return true;
    },
    unregister(accelerator) {
      active.delete(accelerator);
    },
  };
  return { registrar, active, press: (a: string) => active.get(a)?.() };
}

describe('accelerators', () => {
  it.each([
    ['CommandOrControl+Alt+N', 'CommandOrControl+Alt+N'],
    ['ctrl+alt+n', 'CommandOrControl+Alt+N'],
    ['Alt+Shift+CmdOrCtrl+F5', 'CommandOrControl+Alt+Shift+F5'],
    ['Super+Space', 'Super+Space'],
    ['Alt+1', 'Alt+1'],
  ])('%s is the global shortcut %s', (input, canonical) => {
    expect(normalizeGlobalAccelerator(input)).toBe(canonical);
  });

  it.each(['N', 'Shift+N', 'Ctrl+Ctrl+N', 'Ctrl+Alt', 'Ctrl+Alt+Ä', 'Ctrl+Hyper+N', 'Ctrl+F25', '', 'Ctrl+'])(
    '%s is refused (no modifier, only Shift, repeated, no key, unknown)',
    (input) => {
      expect(normalizeGlobalAccelerator(input)).toBeNull();
    },
  );

  it('accepts only the canonical spelling over IPC and in the config', () => {
    expect(isValidGlobalAccelerator(DEFAULT_GLOBAL_SHORTCUT)).toBe(true);
    expect(isValidGlobalAccelerator('Alt+Ctrl+N')).toBe(false);
  });

  const press = (p: Partial<KeyPress>): KeyPress => ({
    key: '',
    code: '',
    ctrlKey: false,
    altKey: false,
    shiftKey: false,
    metaKey: false,
    ...p,
  });

  it('reads a key press in the settings field', () => {
    expect(acceleratorFromKeyPress(press({ key: 'n', code: 'KeyN', ctrlKey: true, altKey: true }))).toBe(
      'CommandOrControl+Alt+N',
    );
    // Strg+Alt is AltGr on German keyboards: E gives "€", still read as E.
    expect(acceleratorFromKeyPress(press({ key: '€', code: 'KeyE', ctrlKey: true, altKey: true }))).toBe(
      'CommandOrControl+Alt+E',
    );
    expect(acceleratorFromKeyPress(press({ key: 'F9', code: 'F9', altKey: true }))).toBe('Alt+F9');
    expect(acceleratorFromKeyPress(press({ key: 'n', code: 'KeyN', metaKey: true }), 'mac')).toBe(
      'CommandOrControl+N',
    );
    expect(acceleratorFromKeyPress(press({ key: 'Control', code: 'ControlLeft', ctrlKey: true }))).toBeNull();
    expect(acceleratorFromKeyPress(press({ key: 'n', code: 'KeyN', shiftKey: true }))).toBeNull();
  });

  it('shows shortcuts with German key names', () => {
    expect(formatAccelerator('CommandOrControl+Alt+Shift+N')).toBe('Strg+Alt+Umschalt+N');
    expect(formatAccelerator('CommandOrControl+Alt+N', 'en')).toBe('Ctrl+Alt+N');
  });
});

describe('global shortcut registration', () => {
  it('registers the configured shortcut and triggers quick capture', () => {
    const fake = fakeRegistrar();
    let triggered = 0;
    const shortcut = createGlobalShortcut(fake.registrar, () => triggered++);
    expect(shortcut.start(DEFAULT_GLOBAL_SHORTCUT)).toEqual({
      accelerator: DEFAULT_GLOBAL_SHORTCUT,
      registered: true,
      problem: null,
      attempted: null,
    });
    fake.press(DEFAULT_GLOBAL_SHORTCUT);
    expect(triggered).toBe(1);
  });

  it('reports a shortcut another program holds at start, without failing', () => {
    const fake = fakeRegistrar([DEFAULT_GLOBAL_SHORTCUT]);
    const shortcut = createGlobalShortcut(fake.registrar, () => {});
    expect(shortcut.start(DEFAULT_GLOBAL_SHORTCUT)).toEqual({
      accelerator: DEFAULT_GLOBAL_SHORTCUT,
      registered: false,
      problem: 'taken',
      attempted: DEFAULT_GLOBAL_SHORTCUT,
    });
    expect(fake.active.size).toBe(0);
  });

  it('switches to a free shortcut and releases the old one', () => {
    const fake = fakeRegistrar();
    const shortcut = createGlobalShortcut(fake.registrar, () => {});
    shortcut.start(DEFAULT_GLOBAL_SHORTCUT);
    expect(shortcut.change('Alt+F9')).toEqual({
      status: { accelerator: 'Alt+F9', registered: true, problem: null, attempted: null },
      changed: true,
    });
    expect([...fake.active.keys()]).toEqual(['Alt+F9']);
  });

  it('keeps the previous shortcut active when the new one is taken, and says which was refused', () => {
    const fake = fakeRegistrar(['CommandOrControl+Shift+Space']);
    const shortcut = createGlobalShortcut(fake.registrar, () => {});
    shortcut.start(DEFAULT_GLOBAL_SHORTCUT);
    expect(shortcut.change('CommandOrControl+Shift+Space')).toEqual({
      status: {
        accelerator: DEFAULT_GLOBAL_SHORTCUT,
        registered: true,
        problem: 'taken',
        attempted: 'CommandOrControl+Shift+Space',
      },
      changed: false,
    });
    expect([...fake.active.keys()]).toEqual([DEFAULT_GLOBAL_SHORTCUT]);
  });

  it('treats an accelerator Electron throws on as taken', () => {
    const registrar: ShortcutRegistrar = {
      register: () => {
        throw new Error('conversion failure');
      },
      unregister: () => {},
    };
    expect(createGlobalShortcut(registrar, () => {}).start('Alt+F9')).toMatchObject({
      registered: false,
      problem: 'taken',
    });
  });

  it('can be turned off, and refuses invalid combinations without changing anything', () => {
    const fake = fakeRegistrar();
    const shortcut = createGlobalShortcut(fake.registrar, () => {});
    shortcut.start(DEFAULT_GLOBAL_SHORTCUT);
    expect(shortcut.change('Shift+N')).toMatchObject({ changed: false, status: { problem: 'invalid' } });
    expect(fake.active.size).toBe(1);
    expect(shortcut.change(null)).toEqual({
      status: { accelerator: null, registered: false, problem: null, attempted: null },
      changed: true,
    });
    expect(fake.active.size).toBe(0);
    expect(shortcut.start('nonsense')).toMatchObject({ accelerator: null, problem: 'invalid' });
  });

  it('setting the same shortcut again changes nothing', () => {
    const fake = fakeRegistrar();
    const shortcut = createGlobalShortcut(fake.registrar, () => {});
    shortcut.start('Alt+F9');
    expect(shortcut.change('Alt+F9')).toMatchObject({ changed: false, status: { registered: true } });
    expect([...fake.active.keys()]).toEqual(['Alt+F9']);
  });

  it('brings a minimized window to the front', () => {
    const calls: string[] = [];
    bringToFront({
      isMinimized: () => true,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
      setAlwaysOnTop: (flag) => calls.push(`top:${flag}`),
    });
    expect(calls).toEqual(['restore', 'show', 'top:true', 'focus', 'top:false']);
  });
});

describe('desktop config', () => {
  it('falls back per field to the defaults', () => {
    expect(parseDesktopConfig(undefined)).toEqual(DEFAULT_DESKTOP_CONFIG);
    expect(parseDesktopConfig({ globalShortcut: 'Shift+N', backupFolder: '/media/usb/Sicherungen' })).toEqual(
      {
        globalShortcut: DEFAULT_GLOBAL_SHORTCUT,
        backupFolder: '/media/usb/Sicherungen',
      },
    );
    expect(parseDesktopConfig({ globalShortcut: null, backupFolder: 42 })).toEqual({
      globalShortcut: null,
      backupFolder: null,
    });
  });

  it('writes updates in order, each with the whole config', async () => {
    const written: DesktopConfig[] = [];
    const store = createDesktopConfigStore(DEFAULT_DESKTOP_CONFIG, async (c) => {
      await new Promise((r) => setTimeout(r, c.globalShortcut === 'Alt+F1' ? 20 : 0));
      written.push(c);
    });
    await Promise.all([store.update({ globalShortcut: 'Alt+F1' }), store.update({ backupFolder: 'D:\\B' })]);
    expect(written).toEqual([
      { globalShortcut: 'Alt+F1', backupFolder: null },
      { globalShortcut: 'Alt+F1', backupFolder: 'D:\\B' },
    ]);
    expect(store.get()).toEqual({ globalShortcut: 'Alt+F1', backupFolder: 'D:\\B' });
  });
});
