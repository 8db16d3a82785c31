// Window options, menu, and the rule that the tested modules stay free of a runtime `electron`
// import (otherwise they could not run here, where the Electron binary is missing).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/main/menu';
import { mainWindowOptions } from '../../../electron/main/window-options';

const root = path.resolve(__dirname, '../../..');

describe('mainWindowOptions', () => {
  it('keeps the renderer isolated and sandboxed', () => {
    const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableRemoteModule');
  });
});

describe('menuTemplate', () => {
  const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role);

  it('has the Indonesian top-level menus', () => {
    const t = menuTemplate({ platform: 'win32', isPackaged: true, onAbout: () => {} });
    expect(labels(t)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
  });

  it('shows DevTools only in development, and the app menu first on macOS', () => {
    const flat = (t: MenuItemConstructorOptions[]) => t.flatMap((i) => (Array.isArray(i.submenu) ? i.submenu : []));
    expect(flat(menuTemplate({ platform: 'linux', isPackaged: true, onAbout: () => {} })).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flat(menuTemplate({ platform: 'linux', isPackaged: false, onAbout: () => {} })).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(menuTemplate({ platform: 'darwin', isPackaged: true, onAbout: () => {} })[0]).toEqual({ role: 'appMenu' });
  });

  it('Berkas offers encryption only when the shell passes its actions, before Keluar', () => {
    const fileMenu = (t: MenuItemConstructorOptions[]) => (t.find((i) => i.label === 'Berkas')!.submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.role ?? i.type);
    expect(fileMenu(menuTemplate({ platform: 'win32', isPackaged: true, onAbout: () => {} }))).toEqual(['Keluar']);
    const onEncrypt = vi.fn();
    const t = menuTemplate({ platform: 'win32', isPackaged: true, onAbout: () => {}, encryption: { onEncrypt } });
    expect(fileMenu(t)).toEqual(['Enkripsi Arsip…', 'separator', 'Keluar']);
    ((t[0]!.submenu as MenuItemConstructorOptions[])[0]!.click as () => void)();
    expect(onEncrypt).toHaveBeenCalledOnce();
    expect(fileMenu(menuTemplate({ platform: 'win32', isPackaged: true, onAbout: () => {}, encryption: { onSaveRecoveryKey: () => {} } }))).toEqual(['Simpan Kunci Pemulihan…', 'separator', 'Keluar']);
  });

  it('"Tentang PPID Desk" calls onAbout', () => {
    const onAbout = vi.fn();
    const help = menuTemplate({ platform: 'win32', isPackaged: true, onAbout }).find((i) => i.label === 'Bantuan')!;
    const about = (help.submenu as MenuItemConstructorOptions[])[0]!;
    expect(about.label).toBe('Tentang PPID Desk');
    (about.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });
});

describe('no runtime electron import in the tested modules', () => {
  const pure = ['policy', 'guards', 'ipc', 'app-protocol', 'menu', 'window-options', 'keychain', 'desktopEncryption'].map((f) => `electron/main/${f}.ts`).concat('electron/preload/bridge.ts');
  it.each(pure)('%s', (file) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const runtimeImports = source.match(/^import\s+(?!type\b)[^;]*from\s+'electron'/gm) ?? [];
    expect(runtimeImports).toEqual([]);
    expect(source).not.toMatch(/require\(\s*'electron'\s*\)/);
  });
});
