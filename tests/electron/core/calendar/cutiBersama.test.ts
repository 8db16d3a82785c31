// The office's choice whether cuti bersama counts as a day off (DOMAIN.md "Working days": default
// yes). Changing it changes the effective calendar version, recomputes open deadlines in the same
// transaction, and writes ONE audit entry.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, readDb, requestInput } from '../../../helpers/requests';

const RECEIVED = '2026-03-17T10:00:00+08:00'; // Tue 17 Mar 2026, 10:00 WITA

async function cases() {
  const core = testCore({ clock: fixedClock('2026-03-18T01:00:00Z') });
  const open = await call(core, 'requests:create', requestInput({ receivedAt: RECEIVED }));
  const extended = await call(core, 'requests:create', requestInput({ receivedAt: RECEIVED }));
  await call(core, 'requests:transition', { id: extended.id, to: 'in_process' });
  await call(core, 'requests:transition', { id: extended.id, to: 'extended', reason: 'Dokumen di arsip pusat' });
  const answered = await call(core, 'requests:create', requestInput({ receivedAt: RECEIVED }));
  await call(core, 'requests:transition', { id: answered.id, to: 'in_process' });
  await call(core, 'requests:transition', { id: answered.id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' });
  const objection = await call(core, 'objections:create', { requestId: answered.id, grounds: ['d'], caseSummary: 'Tidak sesuai', registeredAt: '2026-03-17T11:00:00+08:00' });
  return { core, open, extended, answered, objection };
}

describe('calendar:setCutiBersama', () => {
  it('defaults to cuti bersama as a day off', async () => {
    const { core, open } = await cases();
    // UU KIP Ps 22(7): 10 working days. 18 Mar (cuti bersama Nyepi), 19 (Nyepi), 20/23/24 (cuti bersama
    // Idul Fitri), 21-22 (Idul Fitri, weekend) are off: 25 (1) ... 31 (5), 1 Apr (6), 2 (7), 3 Good Friday
    // off, 6 (8), 7 (9), 8 (10) → Wed 8 Apr.
    expect(open).toMatchObject({ dueDate: '2026-04-08', calendarVersion: 'id-2024-2026.1' });
    expect(await call(core, 'calendar:get', {})).toMatchObject({ cutiBersamaIsDayOff: true, version: 'id-2024-2026.1' });
  });

  it('counting cuti bersama as working days moves open deadlines, on a new version, with one audit entry', async () => {
    const { core, open, extended, answered, objection } = await cases();
    const auditBefore = auditRows(core).length;
    const change = await call(core, 'calendar:setCutiBersama', { dayOff: false });
    expect(change).toEqual({ version: 'id-2024-2026.1+cb-kerja', recomputed: { requests: 2, objections: 1, disputes: 0, changed: 3 } });

    // 18 Mar (1), 19 Nyepi off, 20 (2), 21-22 off, 23 (3), 24 (4), 25 (5), 26 (6), 27 (7), 30 (8), 31 (9), 1 Apr (10) → Wed 1 Apr.
    expect(await call(core, 'requests:get', { id: open.id })).toMatchObject({ dueDate: '2026-04-01', calendarVersion: 'id-2024-2026.1+cb-kerja' });
    // UU KIP Ps 22(8): +7 working days from 1 Apr: 2 (1), 3 Good Friday off, 6 (2), 7 (3), 8 (4), 9 (5), 10 (6), 13 (7) → Mon 13 Apr.
    expect(await call(core, 'requests:get', { id: extended.id })).toMatchObject({ dueDate: '2026-04-01', extendedDueDate: '2026-04-13', calendarVersion: 'id-2024-2026.1+cb-kerja' });
    // An answered request's clock has stopped: its dates and version stay.
    expect(await call(core, 'requests:get', { id: answered.id })).toMatchObject({ dueDate: '2026-04-08', calendarVersion: 'id-2024-2026.1' });
    // UU KIP Ps 36(2): 30 working days from 17 Mar. With cuti bersama worked: 1 Apr is day 10 (above),
    // 2 (11), 6-10 (12-16), 13-17 (17-21), 20-24 (22-26), 27-30 (27-30) → Thu 30 Apr (1 May is Hari Buruh anyway).
    expect(await call(core, 'objections:get', { id: objection.id })).toMatchObject({ atasanDue: '2026-04-30', calendarVersion: 'id-2024-2026.1+cb-kerja' });

    expect(await call(core, 'calendar:get', {})).toMatchObject({ cutiBersamaIsDayOff: false, version: 'id-2024-2026.1+cb-kerja', localRevision: 0 });

    const audit = auditRows(core).slice(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'calendar.cuti_bersama.set', entity: 'calendar', entity_id: 'cuti_bersama' });
    const data = JSON.parse(audit[0]!.data);
    expect(data).toMatchObject({ cutiBersamaIsDayOff: false, previousVersion: 'id-2024-2026.1', version: 'id-2024-2026.1+cb-kerja', movedCount: 3 });
    expect(data.moved).toContainEqual({ kind: 'request', id: open.id, before: '2026-04-08', after: '2026-04-01' });

    const timeline = await call(core, 'requests:timeline', { id: open.id });
    expect(timeline.at(-1)).toMatchObject({
      action: 'deadline_recomputed',
      note: 'Tenggat dihitung ulang: 8 April 2026 → 1 April 2026 (cuti bersama dihitung sebagai hari kerja; kalender id-2024-2026.1+cb-kerja).',
    });

    // New requests and the explanation use the choice too.
    const later = await call(core, 'requests:create', requestInput({ receivedAt: RECEIVED }));
    expect(later).toMatchObject({ dueDate: '2026-04-01', calendarVersion: 'id-2024-2026.1+cb-kerja' });
    const explained = await call(core, 'deadline:explain', { kind: 'request', id: open.id });
    expect(explained.clocks[0]!.result).toMatchObject({ due: '2026-04-01', cutiBersamaIsDayOff: false });
  });

  it('combines with local days in the version, and switching back restores the dates', async () => {
    const { core, open } = await cases();
    await call(core, 'calendar:setCutiBersama', { dayOff: false });
    const local = await call(core, 'calendar:addDay', { date: '2026-03-25', name: 'Pemungutan suara ulang', basis: 'Keputusan Gubernur No. 1/2026' });
    expect(local.version).toBe('id-2024-2026.1+lokal.1+cb-kerja');
    // 25 Mar off too: 1 Apr was day 9 → day 10 is Thu 2 Apr.
    expect(await call(core, 'requests:get', { id: open.id })).toMatchObject({ dueDate: '2026-04-02', calendarVersion: 'id-2024-2026.1+lokal.1+cb-kerja' });

    const back = await call(core, 'calendar:setCutiBersama', { dayOff: true });
    expect(back).toMatchObject({ version: 'id-2024-2026.1+lokal.1', recomputed: { requests: 2, changed: 3 } });
    // 25 Mar off and cuti bersama off again: due Thu 9 Apr (see localDays.test.ts).
    expect(await call(core, 'requests:get', { id: open.id })).toMatchObject({ dueDate: '2026-04-09', calendarVersion: 'id-2024-2026.1+lokal.1' });
    expect(auditRows(core).filter((r) => r.action.startsWith('calendar.')).map((r) => r.action)).toEqual([
      'calendar.cuti_bersama.set',
      'calendar.day.add',
      'calendar.cuti_bersama.set',
    ]);
  });

  it('choosing what is already in force changes nothing and writes no audit entry', async () => {
    const { core, open } = await cases();
    const auditBefore = auditRows(core).length;
    expect(await call(core, 'calendar:setCutiBersama', { dayOff: true })).toEqual({
      version: 'id-2024-2026.1',
      recomputed: { requests: 0, objections: 0, disputes: 0, changed: 0 },
    });
    expect(auditRows(core)).toHaveLength(auditBefore);
    expect(await call(core, 'requests:get', { id: open.id })).toMatchObject({ dueDate: '2026-04-08', calendarVersion: 'id-2024-2026.1' });
  });

  it('refuses a missing or non-boolean choice in Indonesian, and stores the choice in the settings table', async () => {
    const core = testCore();
    expect(await core.handle('calendar:setCutiBersama', {} as never)).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'dayOff', message: 'Pilihan cuti bersama harus ya atau tidak.' }] } });
    expect(await core.handle('calendar:setCutiBersama', { dayOff: 'tidak' } as never)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await call(core, 'calendar:setCutiBersama', { dayOff: false });
    expect(readDb(core).prepare("SELECT value FROM settings WHERE key = 'calendar_cuti_bersama_day_off'").pluck().get()).toBe('false');
  });
});
