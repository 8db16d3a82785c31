// The core behind a port (issue 16): main's relay (coreRelay.ts) and the core process's server
// (core/remote/serve.ts) joined by a worker_threads MessageChannel, as Electron's utilityProcess
// joins them in the app. A real core on a real database; fakes only where a core cannot be made
// to misbehave (a handler that never answers, one that throws).
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { AppError } from '../../../electron/core/errors';
import type { PortLike, RemoteCoreOptions } from '../../../electron/core/remote/protocol';
import { serveCore } from '../../../electron/core/remote/serve';
import { INTERNAL_MESSAGE } from '../../../shared/ipc/result';
import type { Core } from '../../../electron/core/types';
import { connectCore, CORE_GONE_MESSAGE, CoreStartError } from '../../../electron/main/coreRelay';
import { makeDocx } from '../../helpers/archiveFixtures';
import { tempDir } from '../../helpers/tempDir';

const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

function pair(): [PortLike, PortLike] {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  return [port1, port2];
}

const realCore = (options: RemoteCoreOptions) => createCore({ ...options, actor: 'tester', lock: 'shared' });

/** A core whose handle() is given; the rest does nothing. */
function fakeCore(handle: (...args: unknown[]) => Promise<unknown>): Core {
  return {
    handle: handle as Core['handle'],
    events: { on: () => () => undefined, onAny: () => () => undefined },
    dataDir: '/tidak/dipakai',
    autoBackup: async () => ({ trigger: 'start', at: '', status: 'skipped', message: '' }),
    warmUp: async () => undefined,
    close: () => undefined,
  };
}

describe('core relay over a port', () => {
  it('answers calls from a real core in the other end and brings its events back', async () => {
    const [main, corePort] = pair();
    const dataDir = tempDir();
    let closed = false;
    serveCore(corePort, realCore, () => (closed = true));
    const core = await connectCore(main, { dataDir, host: 'test' });
    expect(core.dataDir).toBe(dataDir);
    const events: string[] = [];
    const changed: unknown[] = [];
    core.events.onAny((name) => events.push(name));
    core.events.on('archive:changed', (p) => changed.push(p));

    const bytes = await makeDocx({ paragraphs: ['Rencana kerja PPID lewat relai'] });
    const imported = await core.handle('archive:importFile', { name: 'rencana.docx', dataBase64: Buffer.from(bytes).toString('base64') });
    expect(imported).toMatchObject({ ok: true, value: { verdict: 'imported' } });
    const hits = await core.handle('archive:search', { query: 'relai' });
    expect(hits.ok && (hits.value as { hits: unknown[] }).hits).toHaveLength(1);
    // Invalid input is answered by the core's contract check, unchanged by the relay.
    const invalid = await core.handle('archive:search', { query: 42 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await expect.poll(() => changed.length).toBe(1);
    expect(events).toContain('archive:changed');

    expect((await core.autoBackup('start')).status).toBe('created');
    await core.warmUp();
    await core.shutdown();
    expect(closed).toBe(true);
    // Closed: the archive is released (another core opens it exclusively) and calls get a clear answer.
    createCore({ dataDir, host: 'test' }).close();
    expect(await core.handle('archive:search', { query: '' })).toEqual({ ok: false, error: { code: 'internal', message: CORE_GONE_MESSAGE } });
    expect(fs.existsSync(path.join(dataDir, 'archive.db'))).toBe(true);
  }, 60_000);

  it('tells the core process where main serves the office LAN, for app:lanInfo', async () => {
    const [main, corePort] = pair();
    serveCore(corePort, realCore);
    const core = await connectCore(main, { dataDir: tempDir(), host: 'test' });
    expect(await core.handle('app:lanInfo', {})).toMatchObject({ ok: true, value: { serving: null } });
    await core.setLan({ urls: ['https://192.168.1.20:8443/'] });
    expect(await core.handle('app:lanInfo', {})).toMatchObject({ ok: true, value: { serving: { urls: ['https://192.168.1.20:8443/'] } } });
    await core.setLan(null);
    expect(await core.handle('app:lanInfo', {})).toMatchObject({ ok: true, value: { serving: null } });
    await core.shutdown();
  }, 60_000);

  it('passes every extra argument of handle() through (the calling officer, issue 14)', async () => {
    const [main, corePort] = pair();
    const seen: unknown[][] = [];
    serveCore(corePort, () => fakeCore(async (...args) => (seen.push(args), { ok: true, value: null })));
    const core = await connectCore(main, { dataDir: '/x', host: 'test' });
    const handle = core.handle as (channel: string, input: unknown, ...rest: unknown[]) => Promise<unknown>;
    await handle('app:info', {}, { officerId: 7, role: 'ppid' }, 'lagi');
    await handle('app:info', { a: 1 });
    expect(seen).toEqual([
      ['app:info', {}, { officerId: 7, role: 'ppid' }, 'lagi'],
      ['app:info', { a: 1 }],
    ]);
  });

  it('rejects the start with the core\'s own message when the archive cannot be opened', async () => {
    const [main, corePort] = pair();
    serveCore(corePort, () => {
      throw new AppError('db_too_new', 'Arsip ini dibuat oleh PPID Desk yang lebih baru.');
    });
    const started = connectCore(main, { dataDir: '/x', host: 'test' });
    await expect(started).rejects.toBeInstanceOf(CoreStartError);
    await expect(started).rejects.toMatchObject({ name: 'AppError', message: 'Arsip ini dibuat oleh PPID Desk yang lebih baru.' });
  });

  it('answers a call that threw in the core, and every waiting call once the core process is gone', async () => {
    const [main, corePort] = pair();
    serveCore(
      corePort,
      () => fakeCore(async (channel) => {
        if (channel === 'rusak') throw new Error('bug');
        return new Promise(() => undefined); // never answers
      }),
      () => undefined,
      () => undefined,
    );
    let exit!: () => void;
    const exited = new Promise<void>((resolve) => (exit = resolve));
    const core = await connectCore(main, { dataDir: '/x', host: 'test' }, exited);
    expect(await core.handle('rusak', {})).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } });
    const waiting = core.handle('app:info', {});
    exit();
    expect(await waiting).toEqual({ ok: false, error: { code: 'internal', message: CORE_GONE_MESSAGE } });
    expect(await core.handle('app:info', {})).toMatchObject({ ok: false, error: { message: CORE_GONE_MESSAGE } });
    expect((await core.autoBackup('quit')).status).toBe('failed');
  });

  it('ignores messages that are not the relay\'s', async () => {
    const [main, corePort] = pair();
    serveCore(corePort, () => fakeCore(async () => ({ ok: true, value: 1 })));
    main.postMessage('halo');
    main.postMessage({ kind: 'lain' });
    const core = await connectCore(main, { dataDir: '/x', host: 'test' });
    expect(await core.handle('app:info', {})).toEqual({ ok: true, value: 1 });
  });
});
