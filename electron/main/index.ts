// App lifecycle: one instance, one hardened window, the app:// protocol, IPC and OS lock events.
import { mkdirSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  net,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import { mimeTypeFor, resolveAppPath } from './appProtocol';
import { applyDataFolder } from './dataFolder';
import { createDesktopConfigStore, parseDesktopConfig, type DesktopConfigStore } from './desktopConfig';
import { bringToFront, createGlobalShortcut } from './globalShortcut';
import { sendEvent } from './ipc/events';
import { registerIpc } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { desktopTexts } from '../../shared/desktop/desktopTexts';
import { confirmLeave } from './leavePrompt';
import { lockOnOsEvents } from './powerLock';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  decideWindowOpen,
  isNavigationAllowed,
  isPermissionGranted,
  secureWebPreferences,
} from './securityPolicy';
import { writeFileAtomic } from './services/atomicWrite';
import { performSyncRequest } from './services/syncRequest';
import { lastAutoBackupAt, writeAutoBackup, type BackupFs } from './services/autoBackup';
import { openWithDialog, printToPdfWithDialog, saveWithDialog } from './services/fileDialogs';
import { readJsonFile, writeJsonFile } from './services/jsonFile';
import { captureWindowState, parseWindowState, restoreWindowState } from './windowState';

const here = import.meta.dirname;
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Before anything reads it (the single-instance lock included): installed → per-user app data;
// portable → beside the executable.
applyDataFolder(app, process.env, (path) => mkdirSync(path, { recursive: true }));
app.commandLine.appendSwitch('lang', 'de');
// No crash dumps: they would hold decrypted renderer memory.
app.commandLine.appendSwitch('disable-breakpad');

let mainWindow: BrowserWindow | null = null;
/** Writes still running when the last window closes finish before the app quits. */
let pendingWrites: Promise<unknown> = Promise.resolve();
/** The app's language as the renderer last reported it; until then the OS locale. */
let uiLanguage: 'de' | 'en' | undefined;

/** The menu in the app's language (rebuilt when the renderer reports another one). */
function setMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        developer: !app.isPackaged,
        language: uiLanguage ?? app.getLocale(),
        send: (command) => {
          if (mainWindow) sendEvent(mainWindow.webContents, 'app:command', { command });
        },
      }),
    ),
  );
}
const windowStateFile = () => join(app.getPath('userData'), 'window-state.json');
const desktopConfigFile = () => join(app.getPath('userData'), 'desktop.json');
const WINDOW_LIMITS = { width: 1366, height: 860, minWidth: 1000, minHeight: 640 };

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) bringToFront(mainWindow);
  });
  void app.whenReady().then(start);
  app.on('will-quit', () => globalShortcut.unregisterAll());
  app.on('window-all-closed', () => void pendingWrites.finally(() => app.quit()));
}

/** The OS dialogs, modal to the window that asked, and the file system. */
function fileDeps(sender: WebContents) {
  const owner = BrowserWindow.fromWebContents(sender);
  return {
    showSaveDialog: (options: SaveDialogOptions) =>
      owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options: OpenDialogOptions) =>
      owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options),
    writeFileAtomic,
    stat,
    readFile: (path: string) => readFile(path),
  };
}

const backupFs: BackupFs = {
  writeFileAtomic,
  readdir: (folder) => readdir(folder),
  rm: (path) => rm(path),
  isDirectory: async (path) => (await stat(path)).isDirectory(),
};

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppPath(request.url, rendererRoot);
    if (!path) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(path);
      return new Response(body, {
        headers: { 'content-type': mimeTypeFor(path), 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionGranted(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => isPermissionGranted(permission));
  ses.setSpellCheckerEnabled(false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url);
      if (decision.openExternally) void shell.openExternal(url);
      return { action: decision.action };
    });
  });

  const config: DesktopConfigStore = createDesktopConfigStore(
    parseDesktopConfig(await readJsonFile(desktopConfigFile(), (raw) => raw)),
    (next) => writeJsonFile(desktopConfigFile(), next),
  );
  // Quick capture from any program: the window comes to the front with a new inquiry.
  const shortcut = createGlobalShortcut(globalShortcut, () => {
    if (!mainWindow) return;
    bringToFront(mainWindow);
    sendEvent(mainWindow.webContents, 'app:command', { command: 'new-inquiry' });
  });
  shortcut.start(config.get().globalShortcut);

  registerIpc(ipcMain, {
    'app:getInfo': async () => ({ version: app.getVersion(), platform: process.platform }),
    'app:setLanguage': async ({ language }) => {
      if (language !== uiLanguage) {
        uiLanguage = language;
        setMenu();
      }
      return null;
    },
    'file:save': (request, event) => saveWithDialog(fileDeps(event.sender), request),
    'file:open': (request, event) => openWithDialog(fileDeps(event.sender), request),
    'file:printToPdf': (request, event) =>
      printToPdfWithDialog(
        {
          ...fileDeps(event.sender),
          printToPDF: async (options) => new Uint8Array(await event.sender.printToPDF(options)),
        },
        request,
      ),
    'system:notify': async (request) => {
      if (Notification.isSupported()) {
        const notification = new Notification({ title: request.title, body: request.body });
        notification.on('click', () => mainWindow && bringToFront(mainWindow));
        notification.show();
      }
      return null;
    },
    'backup:chooseFolder': async (_request, event) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      const options: OpenDialogOptions = {
        title: desktopTexts(uiLanguage ?? app.getLocale()).backupFolderTitle,
        properties: ['openDirectory', 'createDirectory'],
      };
      const choice = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      const folder = choice.canceled ? undefined : choice.filePaths[0];
      if (!folder) return { folder: null };
      await config.update({ backupFolder: folder });
      return { folder };
    },
    'backup:write': (request) => writeAutoBackup(backupFs, config.get().backupFolder, request, new Date()),
    'backup:status': async () => {
      const folder = config.get().backupFolder;
      const at = await lastAutoBackupAt(backupFs, folder);
      return { folder, lastAt: at ? at.toISOString() : null };
    },
    'sync:request': (request) => performSyncRequest(request, (url, init) => net.fetch(url, init)),
    'shortcut:get': async () => shortcut.status(),
    'shortcut:set': async (request) => {
      const { status, changed } = shortcut.change(request.accelerator);
      if (changed) await config.update({ globalShortcut: status.accelerator });
      return status;
    },
  });

  lockOnOsEvents(powerMonitor, (reason) => {
    for (const win of BrowserWindow.getAllWindows()) sendEvent(win.webContents, 'vault:lock', { reason });
  });

  setMenu();

  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const bounds = restoreWindowState(
    await readJsonFile(windowStateFile(), parseWindowState),
    workAreas,
    WINDOW_LIMITS,
  );
  mainWindow = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: WINDOW_LIMITS.minWidth,
    minHeight: WINDOW_LIMITS.minHeight,
    title: 'Anlaufstelle',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  mainWindow.once('ready-to-show', () => {
    if (bounds.maximized) mainWindow?.maximize();
    mainWindow?.show();
  });
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const state = captureWindowState(mainWindow);
    pendingWrites = pendingWrites.then(() => writeJsonFile(windowStateFile(), state)).catch(() => {});
  });
  // Unsaved input in a form: the page refuses to unload; ask instead of silently keeping the window.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const owner = mainWindow;
    confirmLeave(
      event,
      (options) => (owner ? dialog.showMessageBoxSync(owner, options) : dialog.showMessageBoxSync(options)),
      uiLanguage ?? app.getLocale(),
    );
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}
