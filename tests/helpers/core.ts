import { afterEach } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { Clock } from '../../electron/core/types';
import { tempDir } from './tempDir';

const open: Core[] = [];

export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (next) => void (now = new Date(next)) };
}

/**
 * A core on a fresh (or the given) data folder. It does not take archive.lock ('shared'): tests open
 * several cores on one folder to play two officers at different times; the lock has its own tests.
 */
export function testCore(opts: { dataDir?: string; clock?: Clock } = {}): Core {
  const core = createCore({ dataDir: opts.dataDir ?? tempDir(), clock: opts.clock ?? fixedClock('2026-11-23T02:00:00Z'), actor: 'tester', host: 'test', lock: 'shared' });
  open.push(core);
  return core;
}

/** Calls a channel and returns its value, failing the test with the error when it is not ok. */
export async function call<C extends Channel>(core: Core, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await core.handle(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as Output<C>;
}

export const validProfile = {
  instansiLines: ['PEMERINTAH PROVINSI KALIMANTAN TIMUR', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
  unit: 'PPID Utama',
  address: 'Jl. Basuki Rahmat No. 41, Samarinda 75117',
  phone: '(0541) 741041',
  email: 'ppid@kaltimprov.go.id',
  website: 'ppid.kaltimprov.go.id',
  city: 'Samarinda',
  timeZone: 'Asia/Makassar' as const,
  cutoffTime: '16:00',
  ppid: { name: 'Dra. Siti Rahmawati, M.Si.', nip: '19750312 200003 2 004', title: 'Kepala Dinas Komunikasi dan Informatika' },
  atasan: { name: 'Dr. H. Sri Wahyuni, M.Si.', nip: '196911011994032006', title: 'Sekretaris Daerah Provinsi Kalimantan Timur' },
};

afterEach(() => {
  for (const core of open.splice(0)) core.close();
});
