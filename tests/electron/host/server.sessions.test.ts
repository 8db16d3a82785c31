// Officers' sessions at the browser host (issue 14): the session cookie's flags, calls without a
// login refused, logout, the event stream behind the login, the login limit per address, and the
// LAN mode over HTTPS on 127.0.0.1 with officers created through the core as the system.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { checkServerIdentity as tlsCheck, type PeerCertificate } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { prepareLan } from '../../../electron/host/lan';
import { SESSION_COOKIE } from '../../../electron/host/cookies';
import type { Core } from '../../../electron/core/types';
import { call, testCore } from '../../helpers/core';
import { requestInput } from '../../helpers/requestInput';
import { tempDir } from '../../helpers/tempDir';

const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

const PASSWORD = 'kata-sandi-panjang-1';

async function addOfficer(core: Core, username: string, roles: string[]) {
  return call(core, 'officers:add', { username, name: `Petugas ${username}`, password: PASSWORD, roles: roles as never, nip: '', jabatan: '' });
}

function staticDir(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>PPID Desk</title>');
  return dir;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** One request to the host, over HTTP or (LAN) HTTPS trusting only the office certificate. */
function request(h: RunningHost, target: string, options: { body?: unknown; cookie?: string; ca?: string; method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const url = new URL(target, h.mode === 'lan' ? `https://127.0.0.1:${h.port}` : `http://127.0.0.1:${h.port}`);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = {
    ...(payload !== undefined ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) } : {}),
    ...(h.token ? { Authorization: `Bearer ${h.token}` } : {}),
    ...(options.cookie ? { Cookie: options.cookie } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const send = h.mode === 'lan' ? https.request : http.request;
    // The chain is checked against the office certificate; the name check is the default one (for
    // 127.0.0.1), also when a test forges the Host header.
    const tls = options.ca ? { ca: options.ca, checkServerIdentity: (_host: string, cert: PeerCertificate) => tlsCheck('127.0.0.1', cert) } : {};
    const req = send(url, { method: options.method ?? 'POST', headers, ...tls }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : {} }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** "ppid_session=…" from a Set-Cookie answer, as the browser would send it back. */
function cookieOf(answer: Answer): string {
  const line = ([] as string[]).concat(answer.headers['set-cookie'] ?? [])[0] ?? '';
  return line.split(';')[0]!;
}

function cookieFlags(answer: Answer): string[] {
  return (([] as string[]).concat(answer.headers['set-cookie'] ?? [])[0] ?? '').split('; ');
}

async function login(h: RunningHost, username: string, extra: { ca?: string } = {}) {
  const answer = await request(h, '/rpc/auth:login', { body: { username, password: PASSWORD }, ...extra });
  expect(answer.body).toMatchObject({ ok: true });
  return { answer, cookie: cookieOf(answer) };
}

describe('browser host sessions (loopback)', () => {
  async function loopback() {
    const core = testCore();
    const h = await startHost({ core, staticDir: staticDir() });
    hosts.push(h);
    return { core, h };
  }

  it('sets an HttpOnly, SameSite=Strict session cookie on login and keeps the token out of the JSON', async () => {
    const { core, h } = await loopback();
    await addOfficer(core, 'siti', ['admin', 'ppid']);
    const { answer, cookie } = await login(h, 'siti');
    const flags = cookieFlags(answer);
    expect(flags[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{16,}$`));
    expect(flags).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    expect(flags).not.toContain('Secure'); // plain HTTP on 127.0.0.1
    const maxAge = Number(flags.find((f) => f.startsWith('Max-Age='))!.slice(8));
    expect(maxAge).toBeGreaterThan(60);
    expect(answer.body.value).not.toHaveProperty('token');
    expect(JSON.stringify(answer.body)).not.toContain(cookie.split('=')[1]!);
    const me = await request(h, '/rpc/auth:me', { body: {}, cookie });
    expect(me.body).toMatchObject({ ok: true, value: { officer: { username: 'siti' } } });
  });

  it('refuses calls without a login (the per-run token alone is not enough) and after logout', async () => {
    const { core, h } = await loopback();
    await addOfficer(core, 'siti', ['admin', 'petugas']);
    const anonymous = await request(h, '/rpc/requests:create', { body: requestInput() });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // A cookie the core does not know (forged, or from another archive) gets the same answer.
    const forged = await request(h, '/rpc/inbox:list', { body: {}, cookie: `${SESSION_COOKIE}=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` });
    expect(forged.status).toBe(401);
    expect(forged.body).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // The login screen's own calls work signed out.
    expect((await request(h, '/rpc/auth:me', { body: {} })).body).toMatchObject({ ok: true, value: { officer: null, needsSetup: false } });
    const { cookie } = await login(h, 'siti');
    expect((await request(h, '/rpc/requests:create', { body: requestInput(), cookie })).body).toMatchObject({ ok: true });
    // Without the per-run token the login does not help either.
    expect((await request(h, '/rpc/inbox:list', { body: {}, cookie, headers: { Authorization: 'Bearer salah' } })).status).toBe(401);
    const out = await request(h, '/rpc/auth:logout', { body: {}, cookie });
    expect(cookieFlags(out)).toEqual(expect.arrayContaining([`${SESSION_COOKIE}=`, 'Max-Age=0']));
    expect((await request(h, '/rpc/inbox:list', { body: {}, cookie })).body).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('opens the event stream only for a signed-in officer', async () => {
    const { core, h } = await loopback();
    await addOfficer(core, 'siti', ['admin']);
    const events = (cookie?: string) => fetch(`http://127.0.0.1:${h.port}/events?token=${h.token}`, { headers: cookie ? { Cookie: cookie } : {} });
    expect((await events()).status).toBe(401);
    const { cookie } = await login(h, 'siti');
    const res = await events(cookie);
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read(); // ": terhubung"
    await request(h, '/rpc/settings:setUi', { body: { language: 'en' }, cookie });
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('event: settings:changed\ndata: {"key":"ui"}\n\n');
    // Logout ends the stream.
    await request(h, '/rpc/auth:logout', { body: {}, cookie });
    expect((await reader.read()).done).toBe(true);
  });

  it('limits failed logins per client address: the 11th try in 5 minutes gets 429 in Indonesian, even with the right password', async () => {
    const { core, h } = await loopback();
    await addOfficer(core, 'siti', ['admin']);
    for (let i = 0; i < 10; i++) {
      // Different usernames: the core's per-username throttle alone would not stop this.
      const wrong = await request(h, '/rpc/auth:login', { body: { username: `tebak${i}`, password: 'salah-salah' } });
      expect(wrong.status).toBe(200);
      expect(wrong.body.ok).toBe(false);
    }
    const limited = await request(h, '/rpc/auth:login', { body: { username: 'siti', password: PASSWORD } });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.body.error?.message).toMatch(/^Terlalu banyak percobaan masuk yang gagal dari komputer ini\. Coba lagi dalam \d+ menit\.$/);
    expect(limited.headers['set-cookie']).toBeUndefined();
  });
});

describe('an upload without a login', () => {
  it('is refused before its body is read', async () => {
    const core = testCore();
    const h = await startHost({ core, staticDir: staticDir() });
    hosts.push(h);
    // 60 MB announced, none sent: an answer at once means the body was never waited for.
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: h.port, method: 'POST', path: '/rpc/archive:importFile', headers: { 'Content-Type': 'application/json', 'Content-Length': String(60 * 1024 * 1024), Authorization: `Bearer ${h.token}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"fileName":');
    });
    expect(status).toBe(401);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('browser host in the LAN mode (HTTPS on 127.0.0.1)', () => {
  async function lanHost() {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    const lan = await prepareLan(dataDir, '127.0.0.1');
    const h = await startHost({ core, staticDir: staticDir(), lan: lan.options });
    hosts.push(h);
    return { core, h, ca: lan.certificate.cert, lan };
  }

  it('serves HTTPS with the office certificate, no per-run token, and a Secure cookie', async () => {
    const { core, h, ca } = await lanHost();
    expect(h.url).toBe(`https://127.0.0.1:${h.port}/`);
    expect(h.token).toBe('');
    await addOfficer(core, 'siti', ['admin']);
    // Trusting only the office certificate: the TLS handshake succeeds, so this is the one served.
    const { answer } = await login(h, 'siti', { ca });
    expect(cookieFlags(answer)).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Secure']));
    // Any other trust store refuses it (a self-signed office certificate).
    await expect(request(h, '/rpc/auth:me', { body: {} })).rejects.toThrow(/self[- ]signed/i);
  });

  it('refuses calls without login; a Petugas gets forbidden on objections:decide, the Atasan decides it', async () => {
    const { core, h, ca } = await lanHost();
    await addOfficer(core, 'rina', ['petugas']);
    await addOfficer(core, 'ahmad', ['atasan']);
    // A refused request and its objection, set up by the system (the CLI's identity).
    const request0 = await call(core, 'requests:create', requestInput());
    await call(core, 'requests:transition', { id: request0.id, to: 'in_process' });
    await call(core, 'requests:transition', { id: request0.id, to: 'answered', decision: 'ditolak', heldStatus: 'dikuasai', refusalPs17: ['b'], consequenceTest: 'Membuka harga satuan merugikan persaingan usaha yang sehat.' });
    const objection = await call(core, 'objections:create', { requestId: request0.id, grounds: ['a'], caseSummary: 'Penolakan tanpa uji konsekuensi memadai' });
    const decide = { id: objection.id, decision: 'dikabulkan', reason: 'Sebagian isi kontrak bukan rahasia dagang.', atasanName: 'Drs. Ahmad Fauzi, M.M.', atasanPosition: 'Sekretaris Daerah' };

    expect((await request(h, '/rpc/objections:decide', { body: decide, ca })).body).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const petugas = await login(h, 'rina', { ca });
    expect((await request(h, '/rpc/objections:decide', { body: decide, ca, cookie: petugas.cookie })).body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const atasan = await login(h, 'ahmad', { ca });
    const decided = await request(h, '/rpc/objections:decide', { body: decide, ca, cookie: atasan.cookie });
    expect(decided.body, JSON.stringify(decided.body)).toMatchObject({ ok: true });
    // The history names the officer who decided (not the computer account).
    const timeline = await call(core, 'requests:timeline', { id: request0.id });
    expect(timeline.find((e) => e.action === 'objection_decided')?.actor).toBe('Petugas ahmad');
  });

  it('keeps the Host and Origin checks for the bound address, and refuses path imports', async () => {
    const { core, h, ca } = await lanHost();
    await addOfficer(core, 'siti', ['admin', 'ppid']);
    const { cookie } = await login(h, 'siti', { ca });
    expect((await request(h, '/rpc/auth:me', { body: {}, ca, cookie, headers: { Origin: `https://127.0.0.1:${h.port}` } })).status).toBe(200);
    expect((await request(h, '/rpc/auth:me', { body: {}, ca, cookie, headers: { Origin: `http://127.0.0.1:${h.port}` } })).status).toBe(403);
    expect((await request(h, '/rpc/auth:me', { body: {}, ca, cookie, headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    expect((await request(h, '/', { method: 'GET', ca, headers: { Host: `evil.example:${h.port}` } })).status).toBe(403);
    const paths = await request(h, '/rpc/archive:importPaths', { body: { paths: ['/etc'] }, ca, cookie });
    expect(paths.status).toBe(403);
    expect(paths.body.error?.message).toContain('Impor dari folder di komputer server tidak tersedia');
  });
});
