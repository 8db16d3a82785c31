import { describe, expect, it, vi } from 'vitest';
import { INTERNAL_MESSAGE } from '../../../shared/ipc/result';
import { FORBIDDEN_MESSAGE, forwardEvents, makeSenderCheck, registerHandlers, type IpcMainLike } from '../../../electron/main/ipc';
import { APP_ORIGIN } from '../../../electron/main/policy';
import { EVENT_CHANNEL } from '../../../electron/preload/bridge';
import { channelNames } from '../../../shared/ipc/contract';
import type { Core } from '../../../electron/core/types';
import { testCore } from '../../helpers/core';
import { createDesktopSessions } from '../../../electron/main/sessions';

interface FakeEvent {
  trusted: boolean;
  /** The window (webContents id), for session tests. */
  id?: number;
}
type Handler = (event: FakeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike<FakeEvent> = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`); // as Electron does
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

const trusted: FakeEvent = { trusted: true };
const untrusted: FakeEvent = { trusted: false };
const isTrusted = (e: FakeEvent) => e.trusted;
const silent = () => {};

describe('registerHandlers', () => {
  it('passes each window’s session to the core and keeps the login token in main', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const callers: unknown[] = [];
    const core = {
      handle: vi.fn(async (channel: string, _input: unknown, caller?: unknown) => {
        callers.push(caller);
        return channel === 'auth:login' ? { ok: true as const, value: { officer: { id: 1 }, token: 'rahasia', expiresAt: 'x' } } : { ok: true as const, value: {} };
      }),
    };
    const sessions = createDesktopSessions();
    const windowOf = (e: FakeEvent) => e.id ?? 0;
    registerHandlers(ipcMain, core, isTrusted, silent, { sessions, windowOf });
    const win3 = { trusted: true, id: 3 };
    const login = await handlers.get('auth:login')!(win3, { username: 'siti', password: 'x' });
    expect(login).toEqual({ ok: true, value: { officer: { id: 1 }, expiresAt: 'x' } });
    await handlers.get('app:info')!(win3, {});
    await handlers.get('app:info')!({ trusted: true, id: 4 }, {});
    expect(callers).toEqual([
      { kind: 'session', token: '', via: 'desktop' },
      { kind: 'session', token: 'rahasia', via: 'desktop' },
      { kind: 'session', token: '', via: 'desktop' },
    ]);
  });

  it('registers exactly one handler per contract channel, and removes them again', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const core = { handle: vi.fn() };
    const unregister = registerHandlers(ipcMain, core, isTrusted, silent);
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('delegates to a real core: app:info answers with the contract output', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const core = testCore();
    registerHandlers(ipcMain, core, isTrusted, silent);
    const result = (await handlers.get('app:info')!(trusted, {})) as { ok: boolean; value: { host: string; dataDir: string } };
    expect(result.ok).toBe(true);
    expect(result.value.dataDir).toBe(core.dataDir);
  });

  it('passes invalid input through to the core, which answers invalid_input', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerHandlers(ipcMain, testCore(), isTrusted, silent);
    const result = (await handlers.get('app:info')!(trusted, { extra: 1 })) as { ok: boolean; error?: { code: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses untrusted senders without calling the core', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const core = { handle: vi.fn() };
    const log = vi.fn();
    registerHandlers(ipcMain, core, isTrusted, log);
    expect(await handlers.get('app:info')!(untrusted, {})).toEqual({ ok: false, error: { code: 'forbidden', message: FORBIDDEN_MESSAGE } });
    expect(core.handle).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('treats a throwing sender check as untrusted', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const core = { handle: vi.fn() };
    registerHandlers(ipcMain, core, () => {
      throw new Error('frame disposed');
    }, silent);
    expect(await handlers.get('app:info')!(trusted, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(core.handle).not.toHaveBeenCalled();
  });

  it('turns a throwing core into the generic internal error, without details', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const core: Pick<Core, 'handle'> = {
      handle: () => Promise.reject(new Error('SQLITE_CORRUPT at /home/budi/.config/PPID Desk/archive.db')),
    };
    registerHandlers(ipcMain, core, isTrusted, silent);
    expect(await handlers.get('app:info')!(trusted, {})).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } });
    expect(INTERNAL_MESSAGE).toMatch(/^Terjadi kesalahan di dalam aplikasi\. Data tidak berubah/);
  });
});

describe('makeSenderCheck', () => {
  const ours = { id: 1 };
  const stranger = { id: 2 };
  const check = makeSenderCheck(APP_ORIGIN, (wc: { id: number }) => wc.id === ours.id);
  const main = (url: string) => ({ url, parent: null });

  it('trusts the main frame of our window on the app origin', () => {
    expect(check({ sender: ours, senderFrame: main('app://renderer/index.html#/') })).toBe(true);
  });

  it('refuses iframes, other windows, other origins and vanished frames', () => {
    expect(check({ sender: ours, senderFrame: { url: 'app://renderer/index.html', parent: {} } })).toBe(false);
    expect(check({ sender: stranger, senderFrame: main('app://renderer/index.html') })).toBe(false);
    expect(check({ sender: ours, senderFrame: main('https://evil.example/') })).toBe(false);
    expect(check({ sender: ours, senderFrame: main('file:///tmp/index.html') })).toBe(false);
    expect(check({ sender: ours, senderFrame: null })).toBe(false);
  });
});

describe('forwardEvents', () => {
  it('sends every core event to live windows only, and stops on unsubscribe', async () => {
    const core = testCore();
    const live = { isDestroyed: () => false, send: vi.fn() };
    const dead = { isDestroyed: () => true, send: vi.fn() };
    const broken = { isDestroyed: () => false, send: vi.fn(() => { throw new Error('gone'); }) };
    const stop = forwardEvents(core.events, () => [broken, live, dead], silent);
    const hub = core.events as unknown as { emit(name: string, payload: unknown): void };
    hub.emit('settings:changed', { key: 'profile' });
    expect(live.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'settings:changed', { key: 'profile' });
    expect(dead.send).not.toHaveBeenCalled();
    stop();
    hub.emit('settings:changed', { key: 'again' });
    expect(live.send).toHaveBeenCalledTimes(1);
  });
});
