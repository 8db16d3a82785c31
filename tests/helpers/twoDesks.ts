// Two officers on one archive: two cores on one data folder, each acting under its own name (the
// accounts helper makes ctx.actor the logged-in officer; here it is the core's `actor` option).
import { afterEach, expect } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import type { Channel, Input } from '../../shared/ipc/contract';
import { fixedClock } from './core';
import { tempDir } from './tempDir';

const open: Core[] = [];

export const ANI = 'Ani Wulandari';
export const BUDI = 'Budi Santoso';

/** Ani and Budi at two desks; the clock starts Mon 23 Nov 2026 10:00 WITA. */
export function twoOfficers(start = '2026-11-23T02:00:00Z') {
  const clock = fixedClock(start);
  const dataDir = tempDir();
  const desk = (actor: string) => {
    const core = createCore({ dataDir, clock, actor, host: 'test', lock: 'shared' });
    open.push(core);
    return core;
  };
  return { clock, dataDir, ani: desk(ANI), budi: desk(BUDI) };
}

/** The stale update is refused with the conflict message naming who saved and when (office time). */
export async function expectStale<C extends Channel>(core: Core, channel: C, input: Input<C>, who: string, time: string): Promise<void> {
  const result = await core.handle(channel, input);
  expect(result).toEqual({ ok: false, error: { code: 'conflict', message: `Sudah diubah oleh ${who} pukul ${time}; muat ulang.` } });
}

afterEach(() => {
  for (const core of open.splice(0)) core.close();
});
