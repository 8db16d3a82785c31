import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, createAppProtocolHandler, resolveAppPath } from '../../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../../electron/main/policy';
import { tempDir } from '../../helpers/tempDir';

function renderer() {
  const base = tempDir('ppid-proto-');
  const root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>PPID Desk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'rahasia');
  return { base, root };
}

describe('resolveAppPath', () => {
  const root = path.resolve('/srv/out/renderer');

  it('maps app://renderer paths inside the root, / to index.html', () => {
    expect(resolveAppPath('app://renderer/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://renderer', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://renderer/assets/index-abc.js?v=1#x', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath('app://renderer/assets/Nama%20File.png', root)).toBe(path.join(root, 'assets', 'Nama File.png'));
  });

  it('refuses traversal in every spelling', () => {
    for (const url of [
      'app://renderer/../secret.txt',
      'app://renderer/%2e%2e/secret.txt',
      'app://renderer/%2E%2E%2Fsecret.txt',
      'app://renderer/assets/..%2F..%2Fsecret.txt',
      'app://renderer/..%5Csecret.txt',
      'app://renderer/assets%5C..%5C..%5Csecret.txt',
      'app://renderer/%00index.html',
      'app://renderer/C:/Windows/win.ini',
      'app://renderer/index.html:stream',
      'app://renderer/%E0%A4%A', // malformed escape
    ]) {
      // Either refused, or (URL-level `..` is resolved by the URL parser) still inside the root.
      const resolved = resolveAppPath(url, root);
      if (resolved !== null) {
        const rel = path.relative(root, resolved);
        expect(rel.startsWith('..') || path.isAbsolute(rel), `${url} -> ${resolved}`).toBe(false);
      }
    }
    expect(resolveAppPath('app://renderer/../secret.txt', root)).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppPath('app://renderer/%2E%2E%2Fsecret.txt', root)).toBeNull();
    expect(resolveAppPath('app://renderer/assets/..%2F..%2Fsecret.txt', root)).toBeNull();
    expect(resolveAppPath('app://renderer/..%5Csecret.txt', root)).toBeNull();
  });

  it('refuses other schemes, hosts and credentials', () => {
    for (const url of ['file:///srv/out/renderer/index.html', 'app://other/index.html', 'app://u:p@renderer/index.html', 'https://renderer/index.html', 'nonsense']) {
      expect(resolveAppPath(url, root), url).toBeNull();
    }
  });
});

describe('createAppProtocolHandler', () => {
  it('serves files with their type and the CSP header', async () => {
    const { root } = renderer();
    const handle = createAppProtocolHandler(root);
    const html = await handle(new Request('app://renderer/index.html'));
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(html.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await html.text()).toContain('PPID Desk');

    const js = await handle(new Request('app://renderer/assets/index-abc.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
  });

  it('answers 404 for traversal, missing files and folders, and never leaks the secret', async () => {
    const { root } = renderer();
    const handle = createAppProtocolHandler(root);
    for (const url of ['app://renderer/%2e%2e/secret.txt', 'app://renderer/nope.js', 'app://renderer/assets', 'app://renderer/assets/']) {
      const res = await handle(new Request(url));
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
      expect(await res.text()).not.toContain('rahasia');
    }
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const { base, root } = renderer();
    fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
    const res = await createAppProtocolHandler(root)(new Request('app://renderer/assets/link.txt'));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('rahasia');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const { root } = renderer();
    const handle = createAppProtocolHandler(root);
    expect((await handle(new Request('app://renderer/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request('app://renderer/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('contentTypeFor', () => {
  it('knows the renderer asset types and falls back to octet-stream', () => {
    expect(contentTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('i.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
  });
});
