import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  contentSecurityPolicy,
  decidePermission,
  decideWindowOpen,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isTrustedSender,
} from '../../../electron/main/policy';

describe('isAllowedNavigation', () => {
  it('allows our own origin, with any path, query or hash', () => {
    expect(APP_ORIGIN).toBe('app://renderer');
    for (const url of [APP_ENTRY_URL, 'app://renderer/', 'app://renderer/index.html#/permohonan/12', 'app://RENDERER/x?y=1']) {
      expect(isAllowedNavigation(url, APP_ORIGIN), url).toBe(true);
    }
  });

  it('refuses everything else', () => {
    for (const url of [
      'https://ppid.kaltimprov.go.id/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://renderer.evil.example/',
      'app://user:pw@renderer/index.html',
      'apps://renderer/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'chrome://settings',
      '',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, APP_ORIGIN), url).toBe(false);
    }
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows plain https links', () => {
    expect(isAllowedExternalUrl('https://jdih.kemenkeu.go.id/peraturan/uu-14-2008')).toBe(true);
    expect(isAllowedExternalUrl('https://komisiinformasi.go.id/?q=keberatan#top')).toBe(true);
  });

  it('refuses other schemes, credentials and oversized URLs', () => {
    for (const url of [
      'http://komisiinformasi.go.id/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:ppid@example.go.id',
      'https://user:secret@example.go.id/',
      'https://user@example.go.id/',
      `https://example.go.id/${'a'.repeat(3000)}`,
      'app://renderer/index.html',
      'https://',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('decideWindowOpen', () => {
  it('always denies a new window, and hands https links to the system browser normalised', () => {
    expect(decideWindowOpen('https://Example.go.id/a b')).toEqual({ action: 'deny', openExternal: 'https://example.go.id/a%20b' });
  });

  it('opens nothing for non-https targets', () => {
    for (const url of ['http://example.go.id', 'file:///etc/passwd', 'app://renderer/index.html', 'javascript:void(0)', 'about:blank']) {
      expect(decideWindowOpen(url), url).toEqual({ action: 'deny', openExternal: null });
    }
  });
});

describe('decidePermission', () => {
  it('refuses every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'hid', 'usb', 'serial', 'unknown']) {
      expect(decidePermission(p), p).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only frames showing the app origin', () => {
    expect(isTrustedSender('app://renderer/index.html#/kotak-masuk', APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('https://evil.example/', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('file:///tmp/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('about:blank', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('', APP_ORIGIN)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy()
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values.join(' ')] as const),
  );

  it('has exactly the agreed directives', () => {
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      // The in-app letter preview: an <iframe> of a blob: URL, nothing else framed.
      'frame-src': 'blob:',
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('never allows script evaluation or inline scripts', () => {
    const csp = contentSecurityPolicy();
    expect(csp).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain('unsafe-inline');
  });
});

describe('unsaved changes on close', () => {
  it('asks in Indonesian and defaults to going back, so a stray Enter loses nothing', async () => {
    const { UNSAVED_CHANGES_DIALOG, UNSAVED_CHANGES_LEAVE } = await import('../../../electron/main/policy');
    expect(UNSAVED_CHANGES_DIALOG.buttons[UNSAVED_CHANGES_LEAVE]).toBe('Tutup tanpa menyimpan');
    expect(UNSAVED_CHANGES_DIALOG.defaultId).not.toBe(UNSAVED_CHANGES_LEAVE);
    expect(UNSAVED_CHANGES_DIALOG.cancelId).not.toBe(UNSAVED_CHANGES_LEAVE);
  });
});
