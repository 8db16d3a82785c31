// Two officers on one request: the update based on the version the second one loaded is refused
// once the first has saved, nothing of it is written, and the message names the first officer and
// the office time of their change (db/versions.ts).
import { describe, expect, it } from 'vitest';
import { call } from '../../../helpers/core';
import { ANI, BUDI, expectStale, twoOfficers } from '../../../helpers/twoDesks';
import { auditRows, requestInput } from '../../../helpers/requests';

async function shared(inProcess = false) {
  const desks = twoOfficers();
  const created = await call(desks.ani, 'requests:create', requestInput({ receivedAt: '2026-11-23T09:00:00+08:00' }));
  if (inProcess) await call(desks.ani, 'requests:transition', { id: created.id, to: 'in_process', note: '' });
  // Both open the request at 10:00 WITA.
  const seenByAni = await call(desks.ani, 'requests:get', { id: created.id });
  const seenByBudi = await call(desks.budi, 'requests:get', { id: created.id });
  return { ...desks, id: created.id, seenByAni, seenByBudi };
}

describe('row versions of requests', () => {
  it('refuses a transition based on the version another officer already changed', async () => {
    const { ani, budi, clock, id, seenByAni, seenByBudi } = await shared();
    expect(seenByBudi.version).toBe(seenByAni.version);
    clock.set('2026-11-23T02:05:00Z'); // 10:05 WITA
    const moved = await call(ani, 'requests:transition', { id, version: seenByAni.version, to: 'in_process', note: '' });
    expect(moved.version).toBe(seenByAni.version + 1);
    clock.set('2026-11-23T02:09:00Z');
    const auditBefore = auditRows(budi).length;
    await expectStale(budi, 'requests:transition', { id, version: seenByBudi.version, to: 'withdrawn', note: 'Ditarik pemohon lewat telepon' }, ANI, '10.05');
    // Nothing of Budi's: status, timeline and audit are as Ani left them.
    const now = await call(budi, 'requests:get', { id });
    expect(now).toMatchObject({ status: 'in_process', version: moved.version });
    expect((await call(budi, 'requests:timeline', { id })).map((e) => e.toStatus)).not.toContain('withdrawn');
    expect(auditRows(budi)).toHaveLength(auditBefore);
    // After reloading, Budi's save goes through with the newer version, and names him in turn.
    await call(budi, 'requests:transition', { id, version: now.version, to: 'withdrawn', note: 'Ditarik pemohon lewat telepon' });
    await expectStale(ani, 'requests:reopen', { id, version: moved.version, reason: 'Salah catat, pemohon tidak menarik' }, BUDI, '10.09');
  });

  it('refuses a stale extension, through either channel', async () => {
    const { ani, budi, clock, id, seenByAni, seenByBudi } = await shared(true);
    clock.set('2026-11-23T06:30:00Z'); // 14:30 WITA
    await call(ani, 'requests:transition', { id, to: 'extended', version: seenByAni.version, reason: 'Informasi tersebar di tiga bidang' });
    await expectStale(budi, 'requests:transition', { id, to: 'extended', version: seenByBudi.version, reason: 'Perlu waktu' }, ANI, '14.30');
    const extended = await call(budi, 'requests:get', { id });
    expect(extended.extensionReason).toBe('Informasi tersebar di tiga bidang');
    // Extending through the transition channel takes the same check.
    await expectStale(budi, 'requests:transition', { id, version: seenByBudi.version, to: 'extended', reason: 'Perlu waktu' }, ANI, '14.30');
  });

  it('lets a CLI call without a version act on the row as it is, and still bumps the version', async () => {
    const { budi, id, seenByBudi } = await shared();
    const moved = await call(budi, 'requests:transition', { id, to: 'in_process', note: '' });
    expect(moved.version).toBe(seenByBudi.version + 1);
  });

  it('names the day too when the newer change was not made today', async () => {
    const { ani, budi, clock, id, seenByAni, seenByBudi } = await shared();
    await call(ani, 'requests:transition', { id, version: seenByAni.version, to: 'in_process', note: '' });
    clock.set('2026-11-24T01:00:00Z'); // the next morning, 09:00 WITA
    const result = await budi.handle('requests:transition', { id, version: seenByBudi.version, to: 'in_process', note: '' });
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: `Sudah diubah oleh ${ANI} pukul 10.00 tanggal 23-11-2026; muat ulang.` } });
  });
});
