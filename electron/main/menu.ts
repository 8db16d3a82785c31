// The application menu as a pure template (type-only electron import; tested in Node).
// Labels are Indonesian only: the menu is built in main, before and outside the renderer's
// i18n, and officers use the app in Bahasa Indonesia. Roles give the standard accelerators
// and behaviour (copy/paste in forms needs the Edit menu on macOS).
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuInput {
  platform: NodeJS.Platform;
  /** DevTools entry only in development. */
  isPackaged: boolean;
  onAbout: () => void;
  /** Berkas › Enkripsi Arsip… (plain archive) or Simpan Kunci Pemulihan… (keychain-encrypted); see desktopEncryption.ts. */
  encryption?: { onEncrypt?: () => void; onSaveRecoveryKey?: () => void };
}

export const MENU_LABELS = {
  file: 'Berkas',
  quit: 'Keluar',
  encrypt: 'Enkripsi Arsip…',
  recoveryKey: 'Simpan Kunci Pemulihan…',
  edit: 'Sunting',
  undo: 'Urungkan',
  redo: 'Ulangi',
  cut: 'Potong',
  copy: 'Salin',
  paste: 'Tempel',
  selectAll: 'Pilih Semua',
  view: 'Tampilan',
  reload: 'Muat Ulang',
  resetZoom: 'Ukuran Asli',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  fullscreen: 'Layar Penuh',
  devTools: 'Alat Pengembang',
  help: 'Bantuan',
  about: 'Tentang PPID Desk',
} as const;

export function menuTemplate({ platform, isPackaged, onAbout, encryption }: MenuInput): MenuItemConstructorOptions[] {
  const L = MENU_LABELS;
  const file: MenuItemConstructorOptions[] = [];
  if (encryption?.onEncrypt) file.push({ label: L.encrypt, click: () => encryption.onEncrypt?.() });
  if (encryption?.onSaveRecoveryKey) file.push({ label: L.recoveryKey, click: () => encryption.onSaveRecoveryKey?.() });
  if (file.length > 0) file.push({ type: 'separator' });
  file.push({ role: 'quit', label: L.quit });
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: L.reload },
    { type: 'separator' },
    { role: 'resetZoom', label: L.resetZoom },
    { role: 'zoomIn', label: L.zoomIn },
    { role: 'zoomOut', label: L.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: L.fullscreen },
  ];
  if (!isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: L.devTools });

  const template: MenuItemConstructorOptions[] = [
    { label: L.file, submenu: file },
    {
      label: L.edit,
      submenu: [
        { role: 'undo', label: L.undo },
        { role: 'redo', label: L.redo },
        { type: 'separator' },
        { role: 'cut', label: L.cut },
        { role: 'copy', label: L.copy },
        { role: 'paste', label: L.paste },
        { role: 'selectAll', label: L.selectAll },
      ],
    },
    { label: L.view, submenu: view },
    { label: L.help, submenu: [{ label: L.about, click: () => onAbout() }] },
  ];
  // macOS expects the application menu first (it carries Quit there).
  if (platform === 'darwin') template.unshift({ role: 'appMenu' });
  return template;
}
