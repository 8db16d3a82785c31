import { describe, expect, it, vi } from 'vitest';
import { createBridge, EVENT_CHANNEL, isEventName, UNKNOWN_OUTCOME_MESSAGE, type IpcRendererLike } from '../../../electron/preload/bridge';
import { INTERNAL_MESSAGE } from '../../../shared/ipc/result';
import { channelNames } from '../../../shared/ipc/contract';
import { events } from '../../../shared/ipc/events';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** An ipcRenderer stand-in that records what crosses the process boundary. */
function fakeIpc(answer: (channel: string, input: unknown) => unknown = () => ({ ok: true, value: 'v' })) {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: vi.fn(async (channel: string, input: unknown) => {
      invoked.push([channel, input]);
      return answer(channel, input);
    }),
    on: (channel, listener) => void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(listener),
    removeListener: (channel, listener) => void listeners.get(channel)?.delete(listener),
  };
  const emit = (...args: unknown[]) => {
    for (const l of listeners.get(EVENT_CHANNEL) ?? []) l({ sender: 'secret-ipc-event' }, ...args);
  };
  const listenerCount = () => listeners.get(EVENT_CHANNEL)?.size ?? 0;
  return { ipc, invoked, emit, listenerCount };
}

const firstChannel = channelNames[0]!;
const silent = () => {};

describe('invoke', () => {
  it('forwards contract channels with their input and returns the main process Result', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBridge(ipc, silent);
    const result = await bridge.invoke('app:info', {});
    expect(result).toEqual({ ok: true, value: 'v' });
    expect(invoked).toEqual([['app:info', {}]]);
  });

  it('works for every channel of the contract', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBridge(ipc, silent);
    for (const channel of channelNames) await bridge.invoke(channel, {} as never);
    expect(invoked.map(([c]) => c)).toEqual(channelNames);
  });

  it('refuses names outside the contract without sending anything', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc, silent);
    for (const name of ['app:nope', 'event', '', '__proto__', 'constructor', 'toString', 42, null, { toString: () => 'app:info' }]) {
      const result = await bridge.invoke(name as never, {} as never);
      expect(result.ok, String(name)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown_channel');
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('turns IPC failures and malformed answers into an internal Result', async () => {
    const throwing = createBridge(fakeIpc(() => Promise.reject(new Error('No handler registered'))).ipc, silent);
    // Rejected by IPC (no handler, input not cloneable): main never ran it, nothing changed.
    expect(await throwing.invoke(firstChannel, {} as never)).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } });
    // Main ran it but answered something else: the officer must check before sending it again.
    const odd = createBridge(fakeIpc(() => 'not a result').ipc, silent);
    expect(await odd.invoke(firstChannel, {} as never)).toEqual({ ok: false, error: { code: 'internal', message: UNKNOWN_OUTCOME_MESSAGE } });
  });
});

describe('on', () => {
  const eventName = Object.keys(events)[0] as keyof typeof events;

  it('delivers only the payload (never the IPC event) to subscribers of that name', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc, silent);
    const got: unknown[][] = [];
    bridge.on(eventName, (...args: unknown[]) => void got.push(args));
    emit(eventName, { key: 'profile' });
    emit('some:other', { key: 'x' });
    expect(got).toEqual([[{ key: 'profile' }]]);
  });

  it('unsubscribes, and detaches the IPC listener when nobody listens', () => {
    const { ipc, emit, listenerCount } = fakeIpc();
    const bridge = createBridge(ipc, silent);
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.on(eventName, a);
    const offB = bridge.on(eventName, b);
    expect(listenerCount()).toBe(1);
    offA();
    offA(); // idempotent
    emit(eventName, { key: 'k' });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
    offB();
    expect(listenerCount()).toBe(0);
  });

  it('ignores unknown event names and non-function listeners', () => {
    const { ipc, listenerCount } = fakeIpc();
    const bridge = createBridge(ipc, silent);
    const off = bridge.on('nope:event' as never, vi.fn());
    bridge.on(eventName, 'not a function' as never);
    expect(listenerCount()).toBe(0);
    expect(() => off()).not.toThrow();
  });

  it('keeps delivering when one listener throws', () => {
    const { ipc, emit } = fakeIpc();
    const log = vi.fn();
    const bridge = createBridge(ipc, log);
    const after = vi.fn();
    bridge.on(eventName, () => {
      throw new Error('boom');
    });
    bridge.on(eventName, after);
    emit(eventName, { key: 'k' });
    expect(after).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalled();
  });
});

describe('isEventName', () => {
  it('accepts exactly the event map keys', () => {
    for (const name of Object.keys(events)) expect(isEventName(name)).toBe(true);
    for (const name of ['toString', '__proto__', 'app:info', 1]) expect(isEventName(name)).toBe(false);
  });
});
