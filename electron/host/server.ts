// The browser host: the same core behind HTTP on 127.0.0.1, for end-to-end tests in Chromium
// today and an office-LAN mode later. POST /rpc/<channel> answers the contract's Result as JSON.
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/types';
import { contract, isChannel } from '../../shared/ipc/contract';
import type { ChannelDef } from '../../shared/ipc/define';
import { fail, INTERNAL_MESSAGE } from '../../shared/ipc/result';
import { readBody } from './body';
import { bearerToken, isAllowedHost, isAllowedOrigin, SECURITY_HEADERS, tokenMatches } from './security';
import { serveStatic } from './static';

export const MAX_BODY_BYTES = 8 * 1024 * 1024; // a 1 MB logo is ~1.4 MB in base64
/** archive:importFile carries one file of up to 50 MB as base64 (4/3 of it) plus the JSON around it. */
export const MAX_IMPORT_BODY_BYTES = 70 * 1024 * 1024;
const bodyLimit = (channel: string) => (channel === 'archive:importFile' ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES);

/**
 * Time limits and a connection cap, so that a client holding connections open (slow headers, a
 * body trickling in) cannot tie the host up: headers within 10 s, the whole request (a 70 MB
 * import included, over the local network) within 60 s. Answers (the SSE stream) are not limited.
 */
export interface HostLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Open connections at once (SSE streams included); more are dropped. */
  maxConnections: number;
}

export const DEFAULT_LIMITS: HostLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 60_000, keepAliveTimeoutMs: 5_000, maxConnections: 64 };

export const SERVER_PATHS_MESSAGE =
  'Impor dari folder di komputer server tidak tersedia lewat peramban. Pilih berkasnya dengan Impor berkas (berkas diunggah), ' +
  'atau gunakan aplikasi desktop atau perintah ppid-desk import di komputer itu.';

export interface HostOptions {
  core: Core;
  staticDir: string;
  port?: number;
  token?: string;
  /** DEFAULT_LIMITS unless given (tests use shorter timeouts). */
  limits?: Partial<HostLimits>;
}

export interface RunningHost {
  url: string; // includes the token: open this in a browser
  port: number;
  token: string;
  limits: HostLimits;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? newToken();
  const limits: HostLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const sse = new Set<ServerResponse>();
  let port = 0;

  // Node checks the two timeouts every connectionsCheckingInterval (30 s by default): check each second.
  const checkEvery = Math.min(1_000, limits.headersTimeoutMs / 2);
  const server = http.createServer({ headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: checkEvery }, (req, res) => {
    handleRequest(req, res).catch((error) => {
      console.error('[ppid-desk host]', error);
      if (!res.headersSent) sendJson(res, 500, fail('internal', INTERNAL_MESSAGE));
      else res.end();
    });
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return sendJson(res, 403, fail('forbidden', 'Alamat host tidak diizinkan.'));
    const url = parseUrl(req.url ?? '/', port);
    if (!url) return sendJson(res, 400, fail('invalid_input', 'Alamat permintaan tidak sah (penyandian % rusak).'));
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
    // The host takes uploaded bytes (archive:importFile), never a path on this computer.
    if (isChannel(channel) && (contract[channel] as ChannelDef).serverPaths) return refuse(req, res, 403, fail('forbidden', SERVER_PATHS_MESSAGE));
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return refuse(req, res, 415, fail('invalid_input', 'Permintaan harus berformat JSON.'));
    }
    const body = await readBody(req, bodyLimit(channel));
    if (!body.ok) return refuse(req, res, body.status, fail('invalid_input', body.message));
    let input: unknown;
    try {
      input = body.text.length === 0 ? {} : JSON.parse(body.text);
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

  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    limits,
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

/** The request URL, or null when its path is not valid %-encoding (answered 400, never 500). */
function parseUrl(raw: string, port: number): URL | null {
  try {
    const url = new URL(raw, `http://127.0.0.1:${port}`);
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return null;
  }
}

/** An answer sent before the body was read: the connection is closed after it, the rest never read. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  if (req.complete) return sendJson(res, status, body);
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.socket.destroySoon());
  sendJson(res, status, body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
