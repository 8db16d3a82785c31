import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../shared/csp';
import { contentSecurityPolicy } from '../../electron/main/policy';
import { SECURITY_HEADERS } from '../../electron/host/security';

describe('the one Content-Security-Policy', () => {
  it('is what both the Electron shell and the browser host send', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is repeated in renderer/index.html (less frame-ancestors, which a meta tag cannot carry)', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; '));
  });

  it('allows no inline or evaluated script', () => {
    const script = CSP_DIRECTIVES.find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
  });

  it('frames only blob: URLs (the letter preview), and no plugin objects', () => {
    expect(CSP_DIRECTIVES.find((d) => d.startsWith('frame-src'))).toBe('frame-src blob:');
    expect(CSP_DIRECTIVES.find((d) => d.startsWith('object-src'))).toBe("object-src 'none'");
  });
});
