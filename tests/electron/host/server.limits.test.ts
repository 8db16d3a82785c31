// The browser host under abuse: server paths refused (the host takes uploaded bytes), bodies
// refused by their declared size before they are read, slow headers and slow bodies timed out,
// a connection cap, and bad %-encoding answered 400. Raw sockets where fetch would tidy up.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, MAX_BODY_BYTES, SERVER_PATHS_MESSAGE, startHost, type HostLimits, type RunningHost } from '../../../electron/host/server';
import { call, testCore } from '../../helpers/core';
import { addOfficer, TEST_PASSWORD } from '../../helpers/officers';
import { tempDir } from '../../helpers/tempDir';

const hosts: RunningHost[] = [];
const sockets: net.Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  for (const h of hosts.splice(0)) await h.close();
});

async function host(limits: Partial<HostLimits> = {}) {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>PPID Desk</title>');
  const core = testCore();
  const h = await startHost({ core, staticDir, limits });
  hosts.push(h);
  // Signed in: these limits are about bodies that are read, i.e. from an officer's session (a
  // caller without one is refused before the body, tests/electron/host/server.sessions.test.ts).
  await addOfficer(core, 'siti', ['admin', 'ppid']);
  const login = await fetch(`http://127.0.0.1:${h.port}/rpc/auth:login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${h.token}` },
    body: JSON.stringify({ username: 'siti', password: TEST_PASSWORD }),
  });
  cookies.set(h, /ppid_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0]);
  return { h, core };
}

const cookies = new Map<RunningHost, string>();
/** The per-run token and the officer's session cookie. */
const auth = (h: RunningHost) => ({ Authorization: `Bearer ${h.token}`, Cookie: cookies.get(h)! });

/** Sends `text` on a raw connection and resolves with what came back when the server closed it (or after `waitMs`). */
function raw(port: number, text: string, waitMs = 3_000): Promise<{ reply: string; closed: boolean; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    sockets.push(socket);
    let reply = '';
    const timer = setTimeout(() => resolve({ reply, closed: false, ms: Date.now() - started }), waitMs);
    socket.on('data', (d) => (reply += d.toString('latin1')));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ reply, closed: true, ms: Date.now() - started });
    });
    socket.on('error', () => undefined);
    socket.write(text);
  });
}

const statusOf = (reply: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);

function rpcHead(h: RunningHost, channel: string, extra: string): string {
  return `POST /rpc/${channel} HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nAuthorization: Bearer ${h.token}\r\nCookie: ${cookies.get(h)}\r\nContent-Type: application/json\r\n${extra}\r\n`;
}

describe('browser host limits', () => {
  it('uses 10 s for headers, 60 s per request and at most 64 connections by default', async () => {
    const { h } = await host();
    expect(h.limits).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 60_000, maxConnections: 64 });
  });

  it('refuses archive:importPaths over rpc and imports nothing: the host takes uploaded bytes only', async () => {
    const { h, core } = await host();
    const secret = path.join(tempDir(), 'rahasia.docx');
    fs.writeFileSync(secret, 'bukan untuk peramban');
    const res = await fetch(`http://127.0.0.1:${h.port}/rpc/archive:importPaths`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth(h) },
      body: JSON.stringify({ batchId: 'b1', paths: [secret, '/etc/passwd'] }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'forbidden', message: SERVER_PATHS_MESSAGE } });
    expect((await call(core, 'archive:search', {})).hits).toEqual([]);
  });

  it('answers 413 from Content-Length alone, before the body is sent', async () => {
    const { h } = await host();
    // 100 MB declared, not one byte of it sent: the answer must not wait for it.
    const { reply, ms } = await raw(h.port, rpcHead(h, 'settings:saveProfile', `Content-Length: ${100 * 1024 * 1024}\r\n`));
    expect(statusOf(reply)).toBe(413);
    expect(reply).toContain('Permintaan terlalu besar.');
    expect(ms).toBeLessThan(2_000);
  });

  it('cuts a chunked body off as soon as it passes the limit', async () => {
    const { h } = await host();
    let sent = 0;
    const status = await new Promise<number | 'reset'>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: h.port, method: 'POST', path: '/rpc/settings:saveProfile', headers: { 'Content-Type': 'application/json', ...auth(h), 'Transfer-Encoding': 'chunked' } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      // The server closes the socket right after its 413: under load the client may see the reset
      // before it has parsed the answer. Either way the upload was cut off.
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve('reset') : reject(error)));
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      // Keeps sending, far past the limit, until the answer comes.
      const pump = () => {
        while (sent < 4 * MAX_BODY_BYTES && req.write(chunk)) sent += chunk.length;
        if (sent < 4 * MAX_BODY_BYTES && !req.destroyed) req.once('drain', () => ((sent += chunk.length), pump()));
      };
      pump();
    });
    expect([413, 'reset']).toContain(status);
  });

  it('asks for a length when a POST has neither Content-Length nor a chunked body, and refuses a bad one', async () => {
    const { h } = await host();
    expect(statusOf((await raw(h.port, rpcHead(h, 'app:info', 'Connection: close\r\n'))).reply)).toBe(411);
    expect(statusOf((await raw(h.port, rpcHead(h, 'app:info', 'Content-Length: 12abc\r\n'))).reply)).toBe(400);
    const ok = await raw(h.port, rpcHead(h, 'app:info', 'Content-Length: 2\r\nConnection: close\r\n') + '{}');
    expect(statusOf(ok.reply)).toBe(200);
  });

  it('answers bad %-encoding in the URL with 400, not 500', async () => {
    const { h } = await host();
    for (const target of ['/rpc/app%E0%A4%A', '/%E0%A4%A', '/%ZZ']) {
      const method = target.startsWith('/rpc/') ? 'POST' : 'GET';
      const { reply } = await raw(h.port, `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      expect(statusOf(reply), target).toBe(400);
    }
  });

  it('closes a connection whose headers never finish (slowloris) after the headers timeout', async () => {
    const { h } = await host({ headersTimeoutMs: 600, requestTimeoutMs: 1_500 });
    const { reply, closed, ms } = await raw(h.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nX-Langsam: `, 5_000);
    expect(closed).toBe(true);
    expect(statusOf(reply)).toBe(408);
    expect(ms).toBeLessThan(2_500);
  });

  it('times out an authenticated body that trickles in', async () => {
    const { h } = await host({ headersTimeoutMs: 600, requestTimeoutMs: 1_500 });
    const { reply, closed, ms } = await raw(h.port, rpcHead(h, 'settings:setUi', 'Content-Length: 1000\r\n') + '{"lang', 6_000);
    expect(closed).toBe(true);
    expect(statusOf(reply)).toBe(408);
    expect(ms).toBeLessThan(4_000);
  });

  it('drops connections beyond the cap and serves again once one is closed', async () => {
    const { h } = await host({ maxConnections: 3 });
    const held = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<net.Socket>((resolve) => {
            const s = net.connect(h.port, '127.0.0.1', () => resolve(s));
            sockets.push(s);
          }),
      ),
    );
    const dropped = await raw(h.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nConnection: close\r\n\r\n`, 2_000);
    expect(dropped).toMatchObject({ closed: true, reply: '' });
    held[0]!.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const served = await raw(h.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nConnection: close\r\n\r\n`, 2_000);
    expect(statusOf(served.reply)).toBe(200);
  });
});
