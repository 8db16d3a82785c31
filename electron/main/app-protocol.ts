// The app:// protocol: serves the built renderer (out/renderer) to our window.
// Why not file://: a file:// page shares its origin with every file on the disk, cannot carry
// a CSP header, and a path like file:///C:/Users/... leaks into the renderer. app://renderer is
// one secure origin whose responses we build ourselves (CSP, nosniff), and only files inside
// the renderer folder can be read. Pure Node (fs + global Request/Response): tested without Electron.
import fs from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, contentSecurityPolicy } from './policy';

/** Privileges for protocol.registerSchemesAsPrivileged (must run before app ready). */
export const APP_SCHEME_PRIVILEGES = {
  // standard: relative URLs, a real origin, localStorage; secure: treated like https.
  standard: true,
  secure: true,
  supportFetchAPI: true,
  // Vite emits <script type="module" crossorigin>: module scripts are fetched in CORS mode.
  // We send no Access-Control-Allow-Origin header, so no other origin can read our files.
  corsEnabled: true,
  codeCache: true,
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps `app://renderer/<path>` to a file strictly inside `rootDir`, or null.
 * Rejects other schemes/hosts, credentials, encoded `..`, backslashes, NUL and `:` (Windows
 * drive letters and alternate data streams), then checks containment after resolving.
 */
export function resolveAppPath(url: string, rootDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host.toLowerCase() !== APP_HOST) return null;
  if (u.username !== '' || u.password !== '') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null; // malformed %-escape
  }
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  if (/[\\\0:]/.test(pathname)) return null;
  const segments = pathname.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${pathname}`);
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

function headers(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

/** The handler for `protocol.handle('app', ...)`. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Metode tidak diizinkan.');
    const file = resolveAppPath(request.url, root);
    if (!file) return plain(404, 'Tidak ditemukan.');
    try {
      // A symlink inside out/renderer must not lead outside it either.
      const [realRoot, realFile] = await Promise.all([fs.promises.realpath(root), fs.promises.realpath(file)]);
      const rel = path.relative(realRoot, realFile);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return plain(404, 'Tidak ditemukan.');
      const body = await fs.promises.readFile(realFile);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(contentTypeFor(file)) });
    } catch {
      return plain(404, 'Tidak ditemukan.'); // missing file or a directory
    }
  };
}
