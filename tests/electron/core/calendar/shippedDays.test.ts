// A revised SKB moves a holiday: the administrator cancels the shipped date (with the decree) and
// adds the new one as cuti bersama or libur nasional. Each change recomputes open deadlines in
// one transaction with one audit entry, like local days.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, readDb, requestInput } from '../../../helpers/requests';

const REVISION = 'SKB Menteri Agama, Menteri Ketenagakerjaan dan MenPANRB (perubahan) No. 9/2026';

describe('shipped holidays: cancel, move, restore', () => {
  it('moves the cuti bersama of 24 March to 27 March and every open deadline with it', async () => {
    const core = testCore({ clock: fixedClock('2026-03-18T01:00:00Z') });
    // 17 Mar 10:00 WITA → 8 Apr (18, 19, 20, 23, 24 Mar and 3 Apr off).
    const open = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00+08:00' }));

    // 24 Mar back to a working day: 8 Apr becomes the 11th working day, so due 7 Apr.
    const cancelled = await call(core, 'calendar:cancelShippedDay', { date: '2026-03-24', basis: REVISION });
    expect(cancelled).toEqual({ version: 'id-2024-2026.1+lokal.1', recomputed: { requests: 1, objections: 0, disputes: 0, changed: 1 } });
    expect(await call(core, 'requests:get', { id: open.id })).toMatchObject({ dueDate: '2026-04-07', calendarVersion: 'id-2024-2026.1+lokal.1' });

    // The new date, as cuti bersama: Friday 27 Mar off → due 8 Apr again.
    await call(core, 'calendar:addDay', { date: '2026-03-27', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1447 H (digeser)', basis: REVISION });
    expect(await call(core, 'requests:get', { id: open.id })).toMatchObject({ dueDate: '2026-04-08', calendarVersion: 'id-2024-2026.1+lokal.2' });
    const explained = await call(core, 'deadline:explain', { kind: 'request', id: open.id });
    const skipped = explained.clocks[0]!.result.skipped.map((s: { date: string }) => s.date);
    expect(skipped).toContain('2026-03-27');
    expect(skipped).not.toContain('2026-03-24');
    expect(explained.clocks[0]!.result.skipped).toContainEqual({ date: '2026-03-27', reason: '27 Mar: cuti bersama Idul Fitri 1447 H (digeser)' });

    const view = await call(core, 'calendar:get', {});
    expect(view.cancelledDays).toEqual([
      { date: '2026-03-24', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1447 H', basis: REVISION, addedAt: '2026-03-18T01:00:00.000Z', addedBy: 'tester' },
    ]);
    expect(view.days.some((d: { date: string }) => d.date === '2026-03-24')).toBe(false);
    expect(view.localDays).toContainEqual(expect.objectContaining({ date: '2026-03-27', kind: 'cuti_bersama' }));

    // Restoring 24 Mar (the revision was itself withdrawn): both days off → due 9 Apr.
    await call(core, 'calendar:restoreShippedDay', { date: '2026-03-24' });
    expect(await call(core, 'requests:get', { id: open.id })).toMatchObject({ dueDate: '2026-04-09', calendarVersion: 'id-2024-2026.1+lokal.3' });

    const audit = auditRows(core).filter((r) => r.action.startsWith('calendar.'));
    expect(audit.map((r) => r.action)).toEqual(['calendar.shipped.cancel', 'calendar.day.add', 'calendar.shipped.restore']);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ date: '2026-03-24', kind: 'cuti_bersama', basis: REVISION, previousVersion: 'id-2024-2026.1', movedCount: 1 });
    const timeline = await call(core, 'requests:timeline', { id: open.id });
    expect(timeline.map((e: { note: string }) => e.note)).toContainEqual(expect.stringMatching(/^Tenggat dihitung ulang: 8 April 2026 → 7 April 2026 \(cuti bersama Cuti bersama Idul Fitri 1447 H dibatalkan/));
  });

  it('refuses what makes no sense, in Indonesian, and writes nothing', async () => {
    const core = testCore();
    expect(await core.handle('calendar:cancelShippedDay', { date: '2026-03-25', basis: REVISION })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Rabu, 25 Maret 2026 bukan hari libur dalam kalender bawaan id-2024-2026.1.' },
    });
    expect(await core.handle('calendar:cancelShippedDay', { date: '2026-03-24', basis: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'basis', message: 'Dasar pembatalan (nomor keputusan) wajib diisi.' }] },
    });
    await call(core, 'calendar:cancelShippedDay', { date: '2026-03-24', basis: REVISION });
    expect(await core.handle('calendar:cancelShippedDay', { date: '2026-03-24', basis: REVISION })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // A cancelled shipped date may be added back by the office under another name; then restore must wait.
    await call(core, 'calendar:addDay', { date: '2026-03-24', kind: 'lokal', name: 'Libur daerah', basis: 'Keputusan Gubernur' });
    expect(await core.handle('calendar:restoreShippedDay', { date: '2026-03-24' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/kini tercatat sebagai hari libur kantor \(Libur daerah\)/) },
    });
    expect(await core.handle('calendar:restoreShippedDay', { date: '2026-03-25' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.handle('calendar:addDay', { date: '2026-04-06', kind: 'libur', name: 'x', basis: 'y' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'kind', message: 'Jenis hari libur harus libur nasional, cuti bersama atau libur lokal.' }] },
    });
    expect(readDb(core).prepare('SELECT count(*) FROM calendar_cancelled_days').pluck().get()).toBe(1);
  });
});
