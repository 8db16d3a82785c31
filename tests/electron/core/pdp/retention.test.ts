// The retention setting (Pengaturan), and when a closed case falls due: whole years from the
// office-local date it closed, never the UTC date.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { openDatabase } from '../../../../electron/core/db/connection';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { auditRows, readDb, requestInput } from '../../../helpers/requests';

describe('pdp:retention', () => {
  it('is 5 years until an administrator sets it; each change is audited', async () => {
    const core = testCore({ clock: fixedClock('2026-03-10T02:00:00Z') });
    expect(await call(core, 'pdp:retention', {})).toEqual({ years: 5, defaultYears: 5, isDefault: true, updatedAt: null });
    expect(await call(core, 'pdp:setRetention', { years: 10 })).toEqual({ years: 10, defaultYears: 5, isDefault: false, updatedAt: '2026-03-10T02:00:00.000Z' });
    await call(core, 'pdp:setRetention', { years: 2 });
    expect((await call(core, 'pdp:retention', {})).years).toBe(2);
    const changes = auditRows(core).filter((r) => r.action === 'pdp.retention.update');
    expect(changes.map((r) => JSON.parse(r.data) as unknown)).toEqual([{ before: null, after: 10 }, { before: 10, after: 2 }]);
    expect(readDb(core).prepare("SELECT value FROM settings WHERE key = 'pdp_retention'").pluck().get()).toBe('{"years":2}');
  });

  it('refuses zero, fractions, text and more than 50 years with Indonesian messages', async () => {
    const core = testCore();
    for (const [years, message] of [
      [0, /sedikitnya 1 tahun/],
      [2.5, /bilangan bulat/],
      ['5', /harus angka tahun/],
      [51, /paling lama 50 tahun/],
    ] as const) {
      const result = await core.handle('pdp:setRetention', { years });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'years', message: expect.stringMatching(message) as string }] } });
    }
    expect((await call(core, 'pdp:retention', {})).isDefault).toBe(true);
  });
});

describe('the retention boundary', () => {
  // Withdrawn at 00:30 WITA on Monday 18 March 2024, which is still 17 March in UTC.
  async function closedJustAfterMidnight() {
    const clock = fixedClock('2024-03-15T02:00:00Z');
    const core = testCore({ clock });
    const { id } = await call(core, 'requests:create', requestInput({ receivedAt: '2024-03-15T09:00:00+08:00' }));
    clock.set('2024-03-17T16:30:00Z');
    await call(core, 'requests:transition', { id, to: 'withdrawn', note: 'Ditarik lewat WhatsApp tengah malam.' });
    await call(core, 'pdp:setRetention', { years: 2 });
    return { core, clock, id };
  }

  it('falls due on the office-local anniversary of the close, not a day before', async () => {
    const { core, clock } = await closedJustAfterMidnight();
    // 23:00 WITA on 17 March 2026: a UTC count would already say two years (17 March → 17 March).
    clock.set('2026-03-17T15:00:00Z');
    const dayBefore = await call(core, 'pdp:anonymise', {});
    expect(dayBefore).toMatchObject({ today: '2026-03-17', cutoff: '2024-03-17', cases: [] });
    // 00:30 WITA on 18 March 2026: exactly two years.
    clock.set('2026-03-17T16:30:00Z');
    const due = await call(core, 'pdp:anonymise', {});
    expect(due).toMatchObject({ today: '2026-03-18', cutoff: '2024-03-18', cases: [{ number: '001/PPID/III/2024', closedOn: '2024-03-18' }] });
  });

  it('counts from the last change to the case: a letter issued after the close moves the date', async () => {
    const { core, clock, id } = await closedJustAfterMidnight();
    await call(core, 'settings:saveProfile', validProfile);
    clock.set('2024-05-02T02:00:00Z');
    await call(core, 'letters:issue', { caseKind: 'request', caseId: id, type: 'tanda-bukti' });
    clock.set('2026-03-18T02:00:00Z');
    expect((await call(core, 'pdp:anonymise', {})).cases).toEqual([]);
    clock.set('2026-05-02T02:00:00Z');
    expect((await call(core, 'pdp:anonymise', {})).cases).toMatchObject([{ closedOn: '2024-05-02' }]);
  });

  it('keeps a requester whose other request is still open, whole', async () => {
    const { core, clock, id } = await closedJustAfterMidnight();
    const other = await call(core, 'requests:create', requestInput({ receivedAt: '2024-03-18T00:10:00+08:00' }));
    // One person, one requester row under two requests (as an import of old registers may write).
    const db = readDb(core);
    const requesterOf = (requestId: number) => db.prepare('SELECT requester_id FROM requests WHERE id = ?').pluck().get(requestId) as number;
    const writer = openDatabase(path.join(core.dataDir, 'archive.db'));
    writer.prepare('UPDATE requests SET requester_id = ? WHERE id = ?').run(requesterOf(id), other.id);
    writer.close();
    clock.set('2026-03-18T02:00:00Z');
    expect((await call(core, 'pdp:anonymise', { dryRun: false })).cases).toEqual([]);
    expect((await call(core, 'requests:get', { id })).requester.name).toBe('Siti Aminah');
  });
});
