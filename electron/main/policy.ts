// Security policy of the Electron shell as PURE functions: no `electron` import, so every
// decision is tested in plain Node (tests/electron/main/policy.test.ts). The shell only wires
// these answers into Electron's hooks (guards.ts, window.ts, ipc.ts).

import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/** Our renderer is served from a privileged custom scheme (see app-protocol.ts), never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Longer URLs are not links an officer clicked; refusing them keeps shell.openExternal boring. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `scheme://host[:port]`, lower-cased. Node's URL gives origin "null" for non-special schemes
 * such as app:, and keeps their host's case, so we build the tuple ourselves.
 */
function originOf(u: URL): string {
  return `${u.protocol}//${u.host}`.toLowerCase();
}

function isSameAppOrigin(url: unknown, appOrigin: string): boolean {
  const u = parse(url);
  if (!u || u.username !== '' || u.password !== '') return false;
  return originOf(u) === appOrigin.toLowerCase();
}

/** In-window navigation is allowed only inside our own origin (the SPA uses hash routes anyway). */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return isSameAppOrigin(url, appOrigin);
}

/**
 * Links the app may hand to the OS browser: https only (no http, file, smb, javascript,
 * custom handlers that could start programs), and no credentials embedded in the URL.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  const u = parse(url);
  if (!u) return false;
  return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
}

export interface WindowOpenDecision {
  /** Electron never creates a second window for the renderer. */
  action: 'deny';
  /** The normalised https URL the caller should pass to shell.openExternal, or null. */
  openExternal: string | null;
}

/** `window.open` / target=_blank: always denied in-app; https links go to the system browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  if (!isAllowedExternalUrl(url)) return { action: 'deny', openExternal: null };
  return { action: 'deny', openExternal: new URL(url).href };
}

/**
 * Camera, microphone, geolocation, notifications, clipboard-read, HID/USB/serial...: the app
 * needs none of them, so every request and every check is refused.
 */
export function decidePermission(_permission: string): boolean {
  return false;
}

/** Sent as a header with every app:// response (app-protocol.ts); the same as the browser host's. */
export function contentSecurityPolicy(): string {
  return CONTENT_SECURITY_POLICY;
}

/**
 * IPC sender check: the frame that invoked must show our app origin. The caller adds the
 * Electron-side checks (main frame, one of our windows): see makeSenderCheck in ipc.ts.
 */
export function isTrustedSender(frameUrl: string, appOrigin: string): boolean {
  return isSameAppOrigin(frameUrl, appOrigin);
}

/** Asked when a page with unsaved changes is about to close (will-prevent-unload). */
export const UNSAVED_CHANGES_LEAVE = 0;
export const UNSAVED_CHANGES_DIALOG = {
  type: 'question' as const,
  title: 'Perubahan belum disimpan',
  message: 'Ada perubahan yang belum disimpan.',
  detail: 'Tutup tanpa menyimpan? Perubahan akan hilang.',
  buttons: ['Tutup tanpa menyimpan', 'Kembali'],
  defaultId: 1,
  cancelId: 1,
  noLink: true,
};
