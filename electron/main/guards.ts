// Wires the pure policy (policy.ts) into Electron's hooks. Structural types instead of a
// runtime `electron` import, so tests drive these with fakes (tests/electron/main/guards.test.ts).
// index.ts applies hardenWebContents to EVERY webContents ('web-contents-created'), not only
// to our window: a webContents we did not expect must not be a way around the policy.
import { decidePermission, decideWindowOpen, isAllowedExternalUrl, isAllowedNavigation } from './policy';

// `never[]`: any listener signature fits, and nothing here calls a listener itself.
type Listener = (...args: never[]) => void;

interface PreventableEvent {
  preventDefault(): void;
}
/** Electron 42 passes `details` (an Event with `url`) first; older signatures passed url second. */
type NavigationEvent = PreventableEvent & { url?: string };

export interface WebContentsLike {
  on(event: string, listener: Listener): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface SessionLike {
  setPermissionRequestHandler(handler: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null): void;
  setPermissionCheckHandler(handler: ((wc: unknown, permission: string, origin: string, details: unknown) => boolean) | null): void;
  setDevicePermissionHandler?(handler: ((details: unknown) => boolean) | null): void;
}

export interface GuardOptions {
  appOrigin: string;
  /** shell.openExternal in the app; only ever called with URLs that passed isAllowedExternalUrl. */
  openExternal: (url: string) => void;
  log?: (message: string) => void;
}

export function hardenWebContents(contents: WebContentsLike, options: GuardOptions): void {
  const log = options.log ?? console.warn;
  const guardNavigation = (kind: string) => (event: NavigationEvent, legacyUrl?: unknown) => {
    const url = typeof event.url === 'string' ? event.url : String(legacyUrl ?? '');
    if (isAllowedNavigation(url, options.appOrigin)) return;
    event.preventDefault();
    // A plain <a href="https://..."> click: show it in the system browser instead.
    if (kind === 'will-navigate' && isAllowedExternalUrl(url)) options.openExternal(new URL(url).href);
    else log(`[ppid-desk] blocked ${kind} to ${url.slice(0, 200)}`);
  };
  contents.on('will-navigate', guardNavigation('will-navigate'));
  contents.on('will-redirect', guardNavigation('will-redirect'));

  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternal) options.openExternal(decision.openExternal);
    return { action: decision.action };
  });

  // <webview> is disabled in webPreferences too; refusing the attach covers a page that tries anyway.
  contents.on('will-attach-webview', (event: PreventableEvent) => {
    event.preventDefault();
    log('[ppid-desk] blocked <webview>');
  });
}

export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(decidePermission(permission)));
  session.setPermissionCheckHandler((_wc, permission) => decidePermission(permission));
  // WebHID/WebUSB/serial device choosers: nothing to grant either.
  session.setDevicePermissionHandler?.(() => false);
}
