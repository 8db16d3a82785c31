// The one extension of UU KIP Ps 22(8), counted by hand on the 2026 calendar (shared/domain/calendar/data).
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, requestInput } from '../../../helpers/requests';

describe('requests:transition to extended', () => {
  it('adds 7 working days to the original due date, once', async () => {
    // Received Tue 17 Mar 2026 10:00 WITA (before 16:00, a working day → day 0 = 17 Mar).
    // Off: 18 Mar cuti bersama Nyepi, 19 Nyepi, 20 cuti bersama Idul Fitri, 21-22 Idul Fitri (Sat-Sun),
    // 23-24 cuti bersama Idul Fitri; 28-29 weekend; 3 Apr Wafat Yesus Kristus, 4 Sat, 5 Paskah (Sun).
    // 25 Mar = 1, 26 = 2, 27 = 3, 30 = 4, 31 = 5, 1 Apr = 6, 2 Apr = 7, 6 Apr = 8, 7 Apr = 9,
    // 8 Apr = 10 → due Wednesday 8 April 2026 (UU KIP Ps 22(7)).
    // Extension, day 0 = 8 Apr: 9 Thu = 1, 10 Fri = 2, (11-12 weekend), 13 Mon = 3, 14 = 4, 15 = 5,
    // 16 = 6, 17 Fri = 7 → Friday 17 April 2026; no holiday in between (UU KIP Ps 22(8)).
    const core = testCore({ clock: fixedClock('2026-04-01T01:00:00Z') });
    const { id, dueDate } = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00+08:00' }));
    expect(dueDate).toBe('2026-04-08');
    await call(core, 'requests:transition', { id, to: 'in_process' });
    const extended = await call(core, 'requests:transition', { id, to: 'extended', reason: 'Dokumen tersimpan di arsip pusat dan perlu dipindai.' });
    expect(extended).toMatchObject({
      status: 'extended',
      dueDate: '2026-04-08',
      extendedDueDate: '2026-04-17',
      currentDueDate: '2026-04-17',
      extensionReason: 'Dokumen tersimpan di arsip pusat dan perlu dipindai.',
      standing: { today: '2026-04-01', state: 'on_track' },
    });
    // 1 Apr → 17 Apr: 2, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17 = 11 working days left.
    expect(extended.standing?.workingDaysLeft).toBe(11);

    const again = await core.handle('requests:transition', { id, to: 'extended', reason: 'Lagi' });
    expect(again).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Permohonan 001/PPID/III/2026 sudah diperpanjang sampai 17 April 2026; perpanjangan hanya boleh sekali (UU KIP Pasal 22 ayat (8)).' },
    });
    const audit = auditRows(core).filter((r) => r.action === 'request.extend');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ originalDue: '2026-04-08', extendedDue: '2026-04-17', calendarVersion: 'id-2024-2026.1' });
    const timeline = await call(core, 'requests:timeline', { id });
    expect(timeline.at(-1)).toMatchObject({ action: 'extended', fromStatus: 'in_process', toStatus: 'extended', note: expect.stringMatching(/^Diperpanjang 7 hari kerja sampai 17 April 2026/) });
  });

  it('must be decided before the original 10 working days end', async () => {
    const core = testCore({ clock: fixedClock('2026-04-01T01:00:00Z') });
    const { id } = await call(core, 'requests:create', requestInput());
    await call(core, 'requests:transition', { id, to: 'in_process' });
    const late = testCore({ dataDir: core.dataDir, clock: fixedClock('2026-04-09T01:00:00Z') });
    expect(await late.handle('requests:transition', { id, to: 'extended', reason: 'Terlambat' })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Tenggat semula 8 April 2026 sudah lewat: perpanjangan harus diberitahukan sebelum jangka waktu 10 hari kerja berakhir (UU KIP Pasal 22 ayat (8)).',
      },
    });
    // On the due date itself it is still possible.
    const onTime = testCore({ dataDir: core.dataDir, clock: fixedClock('2026-04-08T07:59:00Z') });
    expect(await call(onTime, 'requests:transition', { id, to: 'extended', reason: 'Tepat waktu' })).toMatchObject({ extendedDueDate: '2026-04-17' });
  });

  it('requires a reason', async () => {
    const result = await testCore().handle('requests:transition', { id: 1, to: 'extended', reason: '  ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'reason', message: 'Alasan perpanjangan wajib diisi.' }] } });
  });
});
