// The browser host: the same core behind HTTP on 127.0.0.1, for end-to-end tests in Chromium
// today and an office-LAN mode later. POST /rpc/<channel> answers the contract's Result as JSON.
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/types';
import { fail } from '../../shared/ipc/result';
import { bearerToken, isAllowedHost, isAllowedOrigin, SECURITY_HEADERS, tokenMatches } from './security';
import { serveStatic } from './static';

export const MAX_BODY_BYTES = 8 * 1024 * 1024; // a 1 MB logo is ~1.4 MB in base64
/** archive:importFile carries one file of up to 50 MB as base64 (4/3 of it) plus the JSON around it. */
export const MAX_IMPORT_BODY_BYTES = 70 * 1024 * 1024;
const bodyLimit = (channel: string) => (channel === 'archive:importFile' ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES);

export interface HostOptions {
  core: Core;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string; // includes the token: open this in a browser
  port: number;
  token: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? newToken();
  const sse = new Set<ServerResponse>();
  let port = 0;

  const server = http.createServer((req, res) => {
    handleRequest(req, res).catch((error) => {
      console.error('[ppid-desk host]', error);
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'Terjadi kesalahan di dalam aplikasi.'));
      else res.end();
    });
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return sendJson(res, 403, fail('forbidden', 'Alamat host tidak diizinkan.'));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/rpc/')) return rpc(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (url.pathname === '/events') return events(req, res, url.searchParams.get('token'));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('forbidden', 'Metode tidak diizinkan.'));
    serveStatic(options.staticDir, url.pathname, res);
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, fail('forbidden', 'Gunakan POST.'));
    if (!isAllowedOrigin(req.headers.origin, port)) return sendJson(res, 403, fail('forbidden', 'Asal permintaan tidak diizinkan.'));
    if (!tokenMatches(token, bearerToken(req.headers.authorization))) {
      return sendJson(res, 401, fail('forbidden', 'Sesi tidak sah: buka lagi alamat yang dicetak saat host dijalankan.'));
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return sendJson(res, 415, fail('invalid_input', 'Permintaan harus berformat JSON.'));
    }
    const body = await readBody(req, bodyLimit(channel));
    if (body === null) return sendJson(res, 413, fail('invalid_input', 'Permintaan terlalu besar.'));
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(res, 400, fail('invalid_input', 'Isi permintaan bukan JSON yang sah.'));
    }
    sendJson(res, 200, await options.core.handle(channel, input));
  }

  function events(req: IncomingMessage, res: ServerResponse, given: string | null): void {
    if (!tokenMatches(token, given)) return sendJson(res, 401, fail('forbidden', 'Sesi tidak sah.'));
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': terhubung\n\n');
    sse.add(res);
    req.on('close', () => sse.delete(res));
  }

  const unsubscribe = options.core.events.onAny((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of sse) res.write(frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const res of sse) res.end();
        sse.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
