// Window factory. Security defaults come from window-options.ts (tested); navigation, window.open
// and <webview> guards are attached to every webContents by index.ts (guards.ts).
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './policy';
import { mainWindowOptions, type MainWindowInput } from './window-options';

export function createMainWindow(input: MainWindowInput): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(input));
  win.once('ready-to-show', () => win.show());
  // The renderer sets its own <title> per page; keep the product name in the title bar.
  win.on('page-title-updated', (event) => event.preventDefault());
  void win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[ppid-desk] could not load the renderer (was `npm run build:renderer` run?)', error);
    // 'ready-to-show' may never come for a failed load: a visible window beats a hidden process.
    if (!win.isDestroyed()) win.show();
  });
  return win;
}
