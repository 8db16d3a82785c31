// The browser host: the same core behind HTTP on 127.0.0.1 (loopback mode: a per-run token and
// an officer's login), or behind HTTPS for the other workstations of the office (LAN mode: the
// officer's login only). POST /rpc/<channel> answers the contract's Result as JSON.
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/types';
import type { Caller } from '../core/auth/caller';
import { contract, isChannel } from '../../shared/ipc/contract';
import { permissionOf } from '../../shared/ipc/permissions';
import type { ChannelDef } from '../../shared/ipc/define';
import { fail, INTERNAL_MESSAGE } from '../../shared/ipc/result';
import { readBody } from './body';
import { bearerToken, isAllowedHost, isAllowedOrigin, LOOPBACK_NAMES, SECURITY_HEADERS, tokenMatches } from './security';
import { clearedCookie, sessionCookie, sessionFromCookies } from './cookies';
import { createLoginLimiter, DEFAULT_LOGIN_LIMIT, tooManyLoginsMessage, type LoginLimitOptions } from './loginLimit';
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

/** The LAN mode: HTTPS with the office certificate, on `bind`, for the names the certificate carries. */
export interface LanOptions {
  bind: string;
  /** Host names and addresses clients may use (Host and Origin checks). */
  names: string[];
  key: string;
  cert: string;
}

export interface HostOptions {
  core: Core;
  staticDir: string;
  port?: number;
  token?: string;
  /** DEFAULT_LIMITS unless given (tests use shorter timeouts). */
  limits?: Partial<HostLimits>;
  /** Serve the office LAN over HTTPS instead of 127.0.0.1 over HTTP. */
  lan?: LanOptions;
  /** Failed logins per client address (DEFAULT_LOGIN_LIMIT unless given). */
  loginLimit?: LoginLimitOptions;
  /** How often open event streams are checked for an ended session (30 s unless given). */
  sessionCheckMs?: number;
}

export interface RunningHost {
  /** Loopback: includes the token, open this in a browser. LAN: the https address of the bound name. */
  url: string;
  port: number;
  /** The per-run token of the loopback mode; '' in the LAN mode (the login is the only key). */
  token: string;
  mode: 'loopback' | 'lan';
  limits: HostLimits;
  close(): Promise<void>;
}

/** Channels whose success starts a session: the host turns their token into the cookie. */
const LOGIN_CHANNELS = new Set(['auth:login', 'auth:setup']);
const SIGNED_OUT_MESSAGE = 'Silakan masuk terlebih dahulu.';
/** HTTP status of a core answer: 401 for a call without a live session, else 200 (the Result says the rest). */
const statusOf = (result: { ok: boolean; error?: { code: string } }) => (!result.ok && result.error?.code === 'unauthenticated' ? 401 : 200);
const TOKEN_MESSAGE = 'Sesi tidak sah: buka lagi alamat yang dicetak saat host dijalankan.';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const lan = options.lan;
  const mode = lan ? 'lan' : 'loopback';
  // The LAN mode has no per-run token: other workstations only know the address and their login.
  const token = lan ? '' : (options.token ?? newToken());
  const names = lan ? lan.names : [...LOOPBACK_NAMES];
  const scheme = lan ? 'https' : 'http';
  const cookieOptions = { secure: Boolean(lan) };
  const limits: HostLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const limiter = createLoginLimiter(options.loginLimit ?? DEFAULT_LOGIN_LIMIT);
  /** Open event streams and the session each belongs to. */
  const sse = new Map<ServerResponse, string>();
  /** Sessions' lifetimes as granted at login, to renew the cookie as the core extends the session. */
  const sliding = new Map<string, { lifetime: number; refreshed: number }>();
  let port = 0;

  // Node checks the two timeouts every connectionsCheckingInterval (30 s by default): check each second.
  const checkEvery = Math.min(1_000, limits.headersTimeoutMs / 2);
  const serverOptions = { headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: checkEvery };
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handleRequest(req, res).catch((error) => {
      console.error('[ppid-desk host]', error);
      if (!res.headersSent) sendJson(res, 500, fail('internal', INTERNAL_MESSAGE));
      else res.end();
    });
  };
  const server = lan ? https.createServer({ ...serverOptions, key: lan.key, cert: lan.cert, minVersion: 'TLSv1.2' }, onRequest) : http.createServer(serverOptions, onRequest);

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port, names)) return sendJson(res, 403, fail('forbidden', 'Alamat host tidak diizinkan.'));
    const url = parseUrl(req.url ?? '/', port);
    if (!url) return sendJson(res, 400, fail('invalid_input', 'Alamat permintaan tidak sah (penyandian % rusak).'));
    if (url.pathname.startsWith('/rpc/')) return rpc(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (url.pathname === '/events') return events(req, res, url.searchParams.get('token'));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('forbidden', 'Metode tidak diizinkan.'));
    // HSTS in the LAN mode only: 127.0.0.1 over HTTP must stay reachable.
    if (lan) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    serveStatic(options.staticDir, url.pathname, res);
  }

  /** Who calls: the officer's session from the cookie, and from where. */
  function callerOf(req: IncomingMessage): Caller & { kind: 'session' } {
    const session = sessionFromCookies(req.headers.cookie);
    return { kind: 'session', token: session ?? '', via: mode, ...(req.socket.remoteAddress ? { address: req.socket.remoteAddress } : {}) };
  }

  /** The per-run token of the loopback mode (the LAN mode has none). */
  const tokenOk = (given: string | null) => lan !== undefined || tokenMatches(token, given);

  async function rpc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, fail('forbidden', 'Gunakan POST.'));
    if (!isAllowedOrigin(req.headers.origin, port, names, scheme)) return sendJson(res, 403, fail('forbidden', 'Asal permintaan tidak diizinkan.'));
    if (!tokenOk(bearerToken(req.headers.authorization))) return sendJson(res, 401, fail('forbidden', TOKEN_MESSAGE));
    const address = req.socket.remoteAddress ?? '';
    if (LOGIN_CHANNELS.has(channel)) {
      const wait = limiter.retryAfter(address, Date.now());
      if (wait > 0) {
        res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
        return refuse(req, res, 429, fail('forbidden', tooManyLoginsMessage(wait)));
      }
    }
    // The host takes uploaded bytes (archive:importFile), never a path on this computer.
    if (isChannel(channel) && (contract[channel] as ChannelDef).serverPaths) return refuse(req, res, 403, fail('forbidden', SERVER_PATHS_MESSAGE));
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return refuse(req, res, 415, fail('invalid_input', 'Permintaan harus berformat JSON.'));
    }
    const caller = callerOf(req);
    // Without a session cookie only the public channels (login, first Admin, auth:me) are worth
    // reading a body for: a 70 MB upload from a stranger is refused before a byte of it is read.
    if (!caller.token && isChannel(channel) && permissionOf(channel) !== 'public') {
      return refuse(req, res, 401, fail('unauthenticated', SIGNED_OUT_MESSAGE));
    }
    const body = await readBody(req, bodyLimit(channel));
    if (!body.ok) return refuse(req, res, body.status, fail('invalid_input', body.message));
    let input: unknown;
    try {
      input = body.text.length === 0 ? {} : JSON.parse(body.text);
    } catch {
      return sendJson(res, 400, fail('invalid_input', 'Isi permintaan bukan JSON yang sah.'));
    }
    const result = await options.core.handle(channel, input, caller);
    if (LOGIN_CHANNELS.has(channel)) {
      if (!result.ok) {
        if (result.error.code !== 'invalid_input') limiter.recordFailure(address, Date.now());
        return sendJson(res, 200, result);
      }
      // The token goes into the HttpOnly cookie only: page scripts never see it.
      const { token: session, ...rest } = result.value as { token: string; expiresAt: string };
      // The expiry is on the core's clock (which --now may have moved): Max-Age is measured on it too.
      const now = await coreNow();
      const lifetime = Math.max(0, new Date(rest.expiresAt).getTime() - now.getTime());
      sliding.set(session, { lifetime, refreshed: Date.now() });
      res.setHeader('Set-Cookie', sessionCookie(session, new Date(now.getTime() + lifetime), now, cookieOptions));
      return sendJson(res, 200, { ok: true, value: rest });
    }
    if (channel === 'auth:logout') {
      sliding.delete(caller.token);
      res.setHeader('Set-Cookie', clearedCookie(cookieOptions));
      for (const [stream, owner] of sse) if (owner === caller.token) endStream(stream);
    } else if (channel === 'auth:me' && caller.token && result.ok && !(result.value as { officer: unknown }).officer) {
      // An ended or revoked session: the browser forgets the cookie too.
      sliding.delete(caller.token);
      res.setHeader('Set-Cookie', clearedCookie(cookieOptions));
    } else if (result.ok && caller.token) {
      // The core extends a session on each use (sliding expiry): the cookie follows, once a minute.
      const kept = sliding.get(caller.token);
      if (kept && Date.now() - kept.refreshed > 60_000) {
        kept.refreshed = Date.now();
        const now = new Date();
        res.setHeader('Set-Cookie', sessionCookie(caller.token, new Date(now.getTime() + kept.lifetime), now, cookieOptions));
      }
    }
    sendJson(res, statusOf(result), result);
  }

  async function coreNow(): Promise<Date> {
    const answer = await options.core.handle('app:now', {});
    return answer.ok ? new Date((answer.value as { now: string }).now) : new Date();
  }

  /** Whether the caller's session is alive (auth:me names an officer). */
  async function signedIn(caller: Caller & { kind: 'session' }): Promise<boolean> {
    if (!caller.token) return false;
    const me = await options.core.handle('auth:me', {}, caller);
    return me.ok && Boolean((me.value as { officer: unknown }).officer);
  }

  async function events(req: IncomingMessage, res: ServerResponse, given: string | null): Promise<void> {
    if (!tokenOk(given)) return sendJson(res, 401, fail('forbidden', 'Sesi tidak sah.'));
    const caller = callerOf(req);
    if (!(await signedIn(caller))) return sendJson(res, 401, fail('unauthenticated', SIGNED_OUT_MESSAGE));
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': terhubung\n\n');
    sse.set(res, caller.token);
    req.on('close', () => sse.delete(res));
  }

  function endStream(stream: ServerResponse): void {
    sse.delete(stream);
    stream.end();
  }

  const unsubscribe = options.core.events.onAny((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of sse.keys()) res.write(frame);
  });

  // An expired or revoked session stops receiving events (its stream is ended; the page then asks
  // auth:me and shows the login).
  const sessionCheck = setInterval(() => {
    const owners = new Set(sse.values());
    for (const owner of owners) {
      void signedIn({ kind: 'session', token: owner, via: mode }).then((alive) => {
        if (!alive) for (const [stream, o] of sse) if (o === owner) endStream(stream);
      });
    }
  }, options.sessionCheckMs ?? 30_000);
  sessionCheck.unref();

  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, lan ? lan.bind : '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const shownName = lan ? displayName(lan) : '127.0.0.1';

  return {
    port,
    token,
    mode,
    limits,
    url: lan ? `https://${shownName}:${port}/` : `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        clearInterval(sessionCheck);
        for (const res of sse.keys()) res.end();
        sse.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The address to print: the bound one, or for 0.0.0.0 the first LAN address the certificate names. */
function displayName(lan: LanOptions): string {
  if (lan.bind !== '0.0.0.0' && lan.bind !== '::') return lan.bind.includes(':') ? `[${lan.bind}]` : lan.bind;
  return lan.names.find((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name) && name !== '127.0.0.1') ?? lan.names[0] ?? '127.0.0.1';
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
