// Electron main: app lifecycle only. Everything with a decision in it lives in pure modules
// (policy, guards, ipc, app-protocol, menu, window-options, coreRelay, parserHost) that are tested in plain
// Node; this file wires them to Electron and cannot be run here (no Electron binary on build machines).
// The core (SQLite, hashing, PDF rendering, the import) runs in a utility process
// (coreProcess.ts, as Actual Budget runs its server): main only relays the contract's calls and
// events, so a long report or import never freezes the window.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, MessageChannelMain, Menu, protocol, safeStorage, session, shell, utilityProcess, type MessagePortMain, type WebContents } from 'electron';
import { readEncryptionInfo } from '../core/crypto/keys';
import { defaultDataDir } from '../core/paths';
import type { PortLike } from '../core/remote/protocol';
import { connectCore, type RemoteCore } from './coreRelay';
import { serveParsers } from './parserHost';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { ENCRYPT_CONFIRM, ENCRYPT_CONFIRM_YES, ENCRYPT_SWITCH, encryptOnStart, encryptStepNeeded, saveRecoveryKey, type EncryptionDialogs } from './desktopEncryption';
import { hardenSession, hardenWebContents } from './guards';
import { desktopKeys, sealedKeyFile } from './keychain';
import { forwardEvents, makeSenderCheck, registerHandlers } from './ipc';
import { lanStartFailure, planLanServe, readAccess, startDesktopLan, type ServingLan } from './lanServe';
import { createDesktopSessions } from './sessions';
import { menuTemplate } from './menu';
import { willQuitWithBackup } from './quitBackup';
import { APP_ORIGIN, APP_SCHEME, UNSAVED_CHANGES_DIALOG, UNSAVED_CHANGES_LEAVE } from './policy';
import { createMainWindow } from './window';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '..', 'preload', 'index.cjs');
const rendererDir = path.join(here, '..', 'renderer');
const coreProcessPath = path.join(here, 'core-process.js');
// The archive parser, forked for the core as a utility process (parserHost.ts).
const parserWorkerPath = path.join(here, 'archive-worker.js');

// Must happen before 'ready'. enableSandbox also sandboxes any renderer we did not create.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

let mainWindow: BrowserWindow | null = null;
/** webContents ids of our windows: only these may invoke channels. */
const ourContents = new Set<number>();
/** The officer signed in in each window; the token stays here, never in the renderer. */
const sessions = createDesktopSessions();
let endSession: (token: string) => void = () => {};

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
    const token = sessions.forget(id);
    if (token) endSession(token);
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
}

/** PPID_DATA_DIR (shared with the CLI and browser host) wins; otherwise Electron's userData. */
function dataDir(): string {
  return process.env.PPID_DATA_DIR ? defaultDataDir() : app.getPath('userData');
}

const encryptionDialogs: EncryptionDialogs = {
  confirm: () => dialog.showMessageBoxSync({ ...ENCRYPT_CONFIRM, buttons: [...ENCRYPT_CONFIRM.buttons] }) === ENCRYPT_CONFIRM_YES,
  chooseRecoveryFile: (name) => dialog.showSaveDialogSync({ title: 'Simpan kunci pemulihan', defaultPath: path.join(app.getPath('documents'), name) }) || null,
  inform: (message) => void dialog.showMessageBoxSync({ type: 'info', title: 'Enkripsi arsip', message }),
};

/** Berkas menu actions for encryption: turn it on (plain archive), or save the recovery key (keychain key). */
function encryptionMenu(dir: string): { onEncrypt?: () => void; onSaveRecoveryKey?: () => void } {
  const info = readEncryptionInfo(dir);
  if (!info) {
    return {
      onEncrypt: () => {
        app.relaunch({ args: [...process.argv.slice(1).filter((a) => a !== ENCRYPT_SWITCH), ENCRYPT_SWITCH] });
        app.quit();
      },
    };
  }
  if (info.secret === 'safe-storage' && fs.existsSync(sealedKeyFile(dir))) return { onSaveRecoveryKey: () => void saveRecoveryKey(dir, safeStorage, encryptionDialogs) };
  return {};
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

/** Forks the core's utility process and connects to it; resolves once the archive is open. */
function startCoreProcess(options: Parameters<typeof connectCore>[1]): Promise<RemoteCore> {
  const child = utilityProcess.fork(coreProcessPath, [], { serviceName: 'PPID Desk core', stdio: 'inherit' });
  const port: PortLike = {
    postMessage: (message) => child.postMessage(message),
    on: (_event, listener) => child.on('message', listener),
  };
  // The core's import asks main to fork its parser children (Electron's utilityProcess exists only here).
  const parsers = serveParsers<MessagePortMain>(child, {
    forkUtility: (modulePath, args, options) => utilityProcess.fork(modulePath, args, options),
    createChannel: () => {
      const { port1, port2 } = new MessageChannelMain();
      return { core: port1, child: port2 };
    },
    entry: parserWorkerPath,
  });
  const exited = new Promise<number>((resolve) => child.once('exit', resolve));
  void exited.then((code) => {
    parsers.stop();
    if (code !== 0) console.error(`[ppid-desk] the core process exited with code ${code}`);
  });
  return connectCore(port, options, exited);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  let core: RemoteCore;
  // Pengaturan › Jaringan kantor shows where this app serves the office LAN (app:lanInfo).
  let lan: ServingLan | null = null;
  try {
    const nativeBinding = process.env.PPID_NATIVE_BINDING;
    // Berkas › Enkripsi Arsip… restarts with ENCRYPT_SWITCH: the archive is converted before it opens.
    if (encryptStepNeeded(process.argv, dataDir())) encryptOnStart(dataDir(), safeStorage, encryptionDialogs, { now: new Date(), platform: process.platform });
    // The key sealed in the OS keychain (safeStorage), or PPID_KEY_FILE (a recovery key, or an
    // archive encrypted with a passphrase by ppid-desk encrypt); none for a plain archive.
    const keys = desktopKeys(dataDir(), safeStorage, process.env);
    core = await startCoreProcess({ dataDir: dataDir(), host: 'electron', ...(nativeBinding ? { nativeBinding } : {}), ...(keys ? { keys } : {}) });
  } catch (error) {
    startupFailure(error);
    app.exit(1);
    return;
  }

  const unregister = registerHandlers(
    ipcMain,
    core,
    makeSenderCheck(APP_ORIGIN, (sender: WebContents) => ourContents.has(sender.id)),
    console.error,
    { sessions, windowOf: (event) => event.sender.id },
  );
  endSession = (token) => void core.handle('auth:logout', {}, { kind: 'session', token, via: 'desktop' });
  const stopEvents = forwardEvents(core.events, () =>
    BrowserWindow.getAllWindows()
      .filter((w) => ourContents.has(w.webContents.id))
      .map((w) => w.webContents),
  );
  // Back up on quit (when something changed since the newest backup), then close the core and
  // wait for its process to have closed the archive, before quitting goes on.
  const backupThenClose = {
    autoBackup: async (trigger: 'start' | 'quit') => {
      const outcome = await core.autoBackup(trigger);
      await core.shutdown();
      return outcome;
    },
  };
  app.on(
    'will-quit',
    willQuitWithBackup(
      backupThenClose,
      () => app.quit(),
      () => {
        void lan?.host.close();
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
        encryption: encryptionMenu(core.dataDir),
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
  app.on('activate', showWindow);
  // "Sajikan untuk komputer lain di kantor": the same core over HTTPS for the other workstations.
  void readAccess(core).then(async (access) => {
    const plan = planLanServe(access);
    if (!plan) return;
    try {
      lan = await startDesktopLan(core, rendererDir, plan);
      await core.setLan({ urls: lan.urls });
      for (const line of lan.lines) console.log(line);
    } catch (error) {
      console.error('[ppid-desk] LAN host failed', error);
      dialog.showErrorBox('Jaringan kantor', lanStartFailure(error, plan));
    }
  }); // macOS dock click with no window open
  // The first start of the day makes a backup; after the window is up, so it never delays it.
  setTimeout(() => void core.autoBackup('start'), 3000);
  // Fonts and the PDF engine warmed once the window is up: the first letter is not slower.
  setTimeout(() => void core.warmUp(), 1500);
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
