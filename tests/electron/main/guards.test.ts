import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, type SessionLike, type WebContentsLike } from '../../../electron/main/guards';
import { APP_ORIGIN } from '../../../electron/main/policy';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents: WebContentsLike = {
    on: (event, listener) => void listeners.set(event, [...(listeners.get(event) ?? []), listener as Listener]),
    setWindowOpenHandler: (handler) => void (openHandler = handler),
  };
  const fire = (event: string, url?: string) => {
    const e = { url, preventDefault: vi.fn() };
    for (const l of listeners.get(event) ?? []) l(e);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

function setup() {
  const fake = fakeContents();
  const openExternal = vi.fn();
  hardenWebContents(fake.contents, { appOrigin: APP_ORIGIN, openExternal, log: () => {} });
  return { ...fake, openExternal };
}

describe('hardenWebContents', () => {
  it('lets the app navigate within its own origin', () => {
    const { fire, openExternal } = setup();
    expect(fire('will-navigate', 'app://renderer/index.html#/arsip')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation elsewhere; an https link opens in the system browser instead', () => {
    const { fire, openExternal } = setup();
    expect(fire('will-navigate', 'https://komisiinformasi.go.id/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://komisiinformasi.go.id/');
    for (const url of ['http://example.go.id/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(fire('will-navigate', url), url).toBe(true);
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('blocks redirects away from the app without opening anything', () => {
    const { fire, openExternal } = setup();
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window; only https goes to the system browser', () => {
    const { open, openExternal } = setup();
    expect(open('https://jdih.go.id/x')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://jdih.go.id/x');
    expect(open('app://renderer/index.html')).toEqual({ action: 'deny' });
    expect(open('file:///C:/x.exe')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses to attach a <webview>', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('hardenSession', () => {
  it('refuses every permission request and check, and device access', () => {
    let request: Parameters<SessionLike['setPermissionRequestHandler']>[0] = null;
    let check: Parameters<SessionLike['setPermissionCheckHandler']>[0] = null;
    let device: ((d: unknown) => boolean) | null = null;
    hardenSession({
      setPermissionRequestHandler: (h) => void (request = h),
      setPermissionCheckHandler: (h) => void (check = h),
      setDevicePermissionHandler: (h) => void (device = h),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen']) {
      const callback = vi.fn();
      request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission, APP_ORIGIN, {})).toBe(false);
    }
    expect(device!({})).toBe(false);
  });
});
