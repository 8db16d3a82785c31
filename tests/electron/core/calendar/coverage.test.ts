// Receipts the calendar cannot count from: before 2000 (refused by the schema) or after the last
// year with holiday data (refused by the core, which alone knows the calendar in force).
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { inquiryInput } from '../../../helpers/inquiryInput';
import { requestInput } from '../../../helpers/requestInput';

// Tue 5 Jan 2027, 10:00 WITA: the shipped calendar ends with 2026.
const IN_2027 = '2027-01-05T02:00:00Z';

describe('receipt dates the working-day calendar cannot count from', () => {
  it('refuses a request, an objection and an inquiry received after the calendar ends, naming the field', async () => {
    const clock = fixedClock('2026-12-01T02:00:00Z');
    const core = testCore({ clock });
    const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-12-01T09:00:00+08:00' }));
    clock.set(IN_2027);

    const refused = await core.handle('requests:create', requestInput({ receivedAt: undefined }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.issues).toEqual([
      {
        path: 'receivedAt',
        message:
          'Waktu diterima (5 Januari 2027) di luar kalender hari kerja: kalender versi id-2024-2026.1 hanya memuat hari libur sampai tahun 2026. ' +
          'Tambahkan libur nasional tahun 2027 di Pengaturan › Kalender hari kerja (atau perbarui PPID Desk), lalu catat lagi.',
      },
    ]);

    const objection = await core.handle('objections:create', { requestId: request.id, grounds: ['c'], caseSummary: 'Permohonan tidak ditanggapi.' });
    expect(objection.ok ? null : objection.error.issues?.map((i) => i.path)).toEqual(['registeredAt']);
    const inquiry = await core.handle('inquiries:create', inquiryInput({ receivedAt: undefined }));
    expect(inquiry.ok ? null : inquiry.error.issues?.map((i) => i.path)).toEqual(['receivedAt']);

    // Nothing half-written: the one request of 2026 is all there is.
    const inbox = await call(core, 'inbox:list', { limit: 50 });
    expect(inbox.items.map((i) => i.number)).toEqual([request.number]);
  });

  it('accepts receipts again once the year has national holidays', async () => {
    const core = testCore({ clock: fixedClock(IN_2027) });
    await call(core, 'calendar:addDay', { date: '2027-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2027 Masehi', basis: 'SKB 3 Menteri tentang Hari Libur Nasional 2027' });
    const created = await call(core, 'requests:create', requestInput({ receivedAt: undefined }));
    expect(created.number).toBe('001/PPID/I/2027');
  });

  it('refuses years before 2000 in the schema, and takes 2000 itself', async () => {
    const core = testCore();
    for (const receivedAt of ['1999-12-31T23:30:00+08:00', '1970-01-01T08:00:00+08:00', '0001-01-01T00:00:00Z']) {
      const result = await core.handle('requests:create', requestInput({ receivedAt }));
      expect(result.ok ? null : result.error.issues, receivedAt).toEqual([
        { path: 'receivedAt', message: 'Waktu diterima terlalu lampau: paling awal 1 Januari 2000. Periksa tahunnya.' },
      ]);
    }
    const y2k = await call(core, 'requests:create', requestInput({ receivedAt: '2000-01-03T09:00:00+08:00' }));
    expect(y2k.number).toBe('001/PPID/I/2000');
  });
});
