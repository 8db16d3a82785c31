// BrowserWindow options as a pure function (type-only electron import), so the security
// defaults are asserted in tests without the Electron binary.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowInput {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** DevTools only in development (`app.isPackaged === false`). */
  devTools: boolean;
}

export function mainWindowOptions({ preloadPath, devTools }: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    title: 'PPID Desk',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show', so officers never see a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      // The renderer is a web page with no Node: all capability goes through window.ppid.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium fetches spellcheck dictionaries from Google's CDN: an offline app stays quiet.
      spellcheck: false,
      devTools,
      // No `enableRemoteModule`: the remote module was removed in Electron 14 and the option
      // no longer exists, so there is nothing to turn off.
    },
  };
}
