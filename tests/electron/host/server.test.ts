import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { resolveStatic } from '../../../electron/host/static';
import { call, testCore, validProfile } from '../../helpers/core';
import { tempDir } from '../../helpers/tempDir';

const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

/** The session cookie of the officer these tests sign in as (an Admin, created by the system). */
const sessions = new Map<RunningHost, string>();

async function host() {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>PPID Desk</title>');
  const core = testCore();
  const h = await startHost({ core, staticDir });
  hosts.push(h);
  await call(core, 'officers:add', { username: 'siti', name: 'Siti Rahmawati', password: 'kata-sandi-panjang-1', roles: ['admin', 'ppid'], nip: '', jabatan: '' });
  const login = await rpc(h, 'auth:login', { username: 'siti', password: 'kata-sandi-panjang-1' });
  sessions.set(h, /ppid_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0]);
  return { h, core, staticDir };
}

const rpc = (h: RunningHost, channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${h.port}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${h.token}`, ...(sessions.has(h) ? { Cookie: sessions.get(h)! } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** fetch() will not let us forge a Host header; node:http will. */
function rawRequest(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser host', () => {
  it('binds to 127.0.0.1 and prints a URL carrying the token', async () => {
    const { h } = await host();
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/?token=${h.token}`);
    expect(h.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a strict CSP', async () => {
    const { h } = await host();
    const res = await fetch(`http://127.0.0.1:${h.port}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(await res.text()).toContain('PPID Desk');
  });

  it('answers the contract over /rpc with the same Results as the core', async () => {
    const { h } = await host();
    const saved = await (await rpc(h, 'settings:saveProfile', validProfile)).json();
    expect(saved).toMatchObject({ ok: true, value: { city: 'Samarinda' } });
    const bad = await (await rpc(h, 'settings:saveProfile', { ...validProfile, email: 'x' })).json();
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'email' }] } });
    const unknown = await (await rpc(h, 'db:dropEverything', {})).json();
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses calls without the token, with a wrong token, or from another origin', async () => {
    const { h } = await host();
    expect((await rpc(h, 'app:info', {}, { Authorization: '' })).status).toBe(401);
    expect((await rpc(h, 'app:info', {}, { Authorization: 'Bearer salah' })).status).toBe(401);
    expect((await rpc(h, 'app:info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc(h, 'app:info', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { h } = await host();
    expect(await rawRequest(h.port, { Host: 'evil.example:80' })).toBe(403);
    expect(await rawRequest(h.port, { Host: `127.0.0.1:${h.port}` })).toBe(200);
  });

  it('answers malformed JSON with a typed error', async () => {
    const { h } = await host();
    const res = await rpc(h, 'settings:saveProfile', '{"unit":');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Isi permintaan bukan JSON yang sah.' } });
  });

  it('never serves a file outside the renderer folder', async () => {
    const { h, staticDir } = await host();
    fs.writeFileSync(path.join(path.dirname(staticDir), 'rahasia.txt'), 'x');
    for (const p of ['/../rahasia.txt', '/%2e%2e/rahasia.txt', '/..%2frahasia.txt']) {
      const res = await fetch(`http://127.0.0.1:${h.port}${p}`);
      expect(res.status).toBe(404);
    }
    expect(resolveStatic('/srv/app', '/../../etc/passwd')).toBeNull();
    expect(resolveStatic('/srv/app', '/a%00b')).toBeNull();
  });

  it('pushes core events to subscribers over SSE, only with the token (and a login)', async () => {
    const { h } = await host();
    expect((await fetch(`http://127.0.0.1:${h.port}/events?token=salah`, { headers: { Cookie: sessions.get(h)! } })).status).toBe(401);
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${h.port}/events?token=${h.token}`, { signal: controller.signal, headers: { Cookie: sessions.get(h)! } });
    const reader = res.body!.getReader();
    await reader.read(); // the ": terhubung" comment
    await rpc(h, 'settings:setUi', { language: 'en' });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('event: settings:changed\ndata: {"key":"ui"}\n\n');
    controller.abort();
  });
});
