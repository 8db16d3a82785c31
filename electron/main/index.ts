// Electron main: app lifecycle only. Everything with a decision in it lives in pure modules
// (policy, guards, ipc, app-protocol, menu, window-options) that are tested in plain Node;
// this file wires them to Electron and cannot be run here (no Electron binary on build machines).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { resolveKeys } from '../core/crypto/keys';
import { createCore } from '../core/index';
import { defaultDataDir } from '../core/paths';
import type { Core } from '../core/types';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { hardenSession, hardenWebContents } from './guards';
import { forwardEvents, makeSenderCheck, registerHandlers } from './ipc';
import { menuTemplate } from './menu';
import { willQuitWithBackup } from './quitBackup';
import { APP_ORIGIN, APP_SCHEME, UNSAVED_CHANGES_DIALOG, UNSAVED_CHANGES_LEAVE } from './policy';
import { createMainWindow } from './window';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '..', 'preload', 'index.cjs');
const rendererDir = path.join(here, '..', 'renderer');

// Must happen before 'ready'. enableSandbox also sandboxes any renderer we did not create.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

let mainWindow: BrowserWindow | null = null;
/** webContents ids of our windows: only these may invoke channels. */
const ourContents = new Set<number>();

function openExternal(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error('[ppid-desk] openExternal failed', error));
}

function showWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const win = createMainWindow({ preloadPath, devTools: !app.isPackaged });
  const id = win.webContents.id;
  ourContents.add(id);
  // The renderer guards unsaved forms with beforeunload; Electron then silently refuses to close
  // unless main asks the officer (UNSAVED_CHANGES_DIALOG in policy.ts).
  win.webContents.on('will-prevent-unload', (event) => {
    if (dialog.showMessageBoxSync(win, UNSAVED_CHANGES_DIALOG) === UNSAVED_CHANGES_LEAVE) event.preventDefault();
  });
  win.on('closed', () => {
    ourContents.delete(id);
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
}

/** PPID_DATA_DIR (shared with the CLI and browser host) wins; otherwise Electron's userData. */
function dataDir(): string {
  return process.env.PPID_DATA_DIR ? defaultDataDir() : app.getPath('userData');
}

function startupFailure(error: unknown): void {
  console.error('[ppid-desk] cannot open the archive', error);
  // AppError (e.g. db_too_new) carries a message written for officers; anything else is technical.
  const known = error instanceof Error && error.name === 'AppError';
  const detail = known
    ? error.message
    : `Arsip tidak dapat dibuka.\n\n${error instanceof Error ? error.message : String(error)}` +
      (app.isPackaged ? '' : '\n\nDi mesin pengembang, jalankan aplikasi dengan `npm start` (modul SQLite untuk Electron).');
  dialog.showErrorBox('PPID Desk tidak dapat dibuka', detail);
}

function start(): void {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  let core: Core;
  try {
    const nativeBinding = process.env.PPID_NATIVE_BINDING;
    // An encrypted archive (ppid-desk encrypt) opens with the key file named by PPID_KEY_FILE;
    // keeping the key in the OS keychain (safeStorage) is not built yet (README, Enkripsi).
    const keys = resolveKeys(dataDir(), undefined);
    core = createCore({ dataDir: dataDir(), host: 'electron', ...(nativeBinding ? { nativeBinding } : {}), ...(keys ? { keys } : {}) });
  } catch (error) {
    startupFailure(error);
    app.exit(1);
    return;
  }

  const unregister = registerHandlers(
    ipcMain,
    core,
    makeSenderCheck(APP_ORIGIN, (sender: WebContents) => ourContents.has(sender.id)),
  );
  const stopEvents = forwardEvents(core.events, () =>
    BrowserWindow.getAllWindows()
      .filter((w) => ourContents.has(w.webContents.id))
      .map((w) => w.webContents),
  );
  // Back up on quit (when something changed since the newest backup), then close the core.
  app.on(
    'will-quit',
    willQuitWithBackup(
      core,
      () => app.quit(),
      () => {
        stopEvents();
        unregister();
        core.close();
      },
    ),
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        onAbout: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: 'Tentang PPID Desk',
            message: `PPID Desk ${app.getVersion()}`,
            detail: `Folder data: ${core.dataDir}`,
          }),
      }),
    ),
  );

  showWindow();
  app.on('activate', showWindow); // macOS dock click with no window open
  // The first start of the day makes a backup; after the window is up, so it never delays it.
  setTimeout(() => void core.autoBackup('start'), 3000);
}

// One instance per user (archive.lock in the core also keeps out the browser host and the CLI).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (app.isReady()) showWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { appOrigin: APP_ORIGIN, openExternal }));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      startupFailure(error);
      app.exit(1);
    });
}
