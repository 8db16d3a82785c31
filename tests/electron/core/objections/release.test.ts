// The Atasan's granted answer orders the PPID to release the information (UU KIP Ps 36(2)): the
// date on the objection, the task "Pelaksanaan tanggapan atasan" on Kotak Masuk ordered by it, and
// its end — the request's handover, or, without a request, the officer's audited mark.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, NIK_BUDI, requestInput } from '../../../helpers/requests';

const ATASAN = { atasanName: 'Drs. A', atasanPosition: 'Sekretaris Daerah' };
const REFUSAL = {
  to: 'answered' as const,
  decision: 'ditolak' as const,
  heldStatus: 'dikuasai' as const,
  refusalPs17: ['h' as const],
  consequenceTest: 'Membuka data ini mengungkap rahasia pribadi.',
};

/** A refused request, closed, then objected to on ground a. Today: Wed 20 May 2026. */
async function refusedAndObjected(c: Core) {
  const request = await call(c, 'requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
  await call(c, 'requests:transition', { id: request.id, to: 'in_process' });
  await call(c, 'requests:transition', { id: request.id, ...REFUSAL, noticeDate: '2026-03-10' });
  await call(c, 'requests:transition', { id: request.id, to: 'done' });
  const objection = await call(c, 'objections:create', { requestId: request.id, grounds: ['a'], caseSummary: 'Bukan rahasia pribadi.', registeredAt: '2026-03-17T11:00:00+08:00' });
  return { request, objection };
}

const inbox = async (c: Core) => (await call(c, 'inbox:list', { filters: { kind: 'objection' } })).items;

describe('the release ordered by a granted objection', () => {
  it('stays on the inbox by its date until the request’s handover is recorded', async () => {
    const c = testCore({ clock: fixedClock('2026-05-20T01:00:00Z') });
    const { request, objection } = await refusedAndObjected(c);
    const decided = await call(c, 'objections:decide', { id: objection.id, decision: 'dikabulkan', reason: 'Data jabatan, bukan rahasia.', answerDate: '2026-05-06', releaseBy: '2026-05-19', ...ATASAN });
    expect(decided).toMatchObject({ releaseDue: '2026-05-19', releaseOpen: true, releaseDoneAt: null });
    expect(JSON.parse(auditRows(c).find((r) => r.action === 'objection.decide')!.data)).toMatchObject({ releaseBy: '2026-05-19' });
    // Due yesterday: overdue by one working day, on the inbox beside the reopened request.
    expect(await inbox(c)).toMatchObject([{ kind: 'objection', id: objection.id, status: 'release_ordered', due: '2026-05-19', state: 'overdue', workingDaysLeft: -1 }]);
    expect(await call(c, 'requests:get', { id: request.id })).toMatchObject({ status: 'answered', deliveredDate: null });
    // The officer cannot mark it by hand: the request's handover closes it.
    expect(await c.handle('objections:markReleased', { id: objection.id, note: 'diserahkan' })).toMatchObject({
      ok: false,
      error: { code: 'precondition', message: expect.stringMatching(/catat penyerahan informasi pada permohonan itu/) },
    });

    await call(c, 'requests:transition', { id: request.id, to: 'done', deliveredDate: '2026-05-20' });
    expect(await inbox(c)).toEqual([]);
    expect(await call(c, 'objections:get', { id: objection.id })).toMatchObject({ releaseOpen: false, releaseDoneAt: '2026-05-20', releaseDoneBy: null });
  });

  it('orders the inbox by the release date among the other clocks', async () => {
    const c = testCore({ clock: fixedClock('2026-05-20T01:00:00Z') });
    const first = await refusedAndObjected(c);
    const second = await refusedAndObjected(c);
    const open = await call(c, 'objections:create', { requestId: first.request.id, grounds: ['g'], caseSummary: 'Terlambat.', registeredAt: '2026-05-04T10:00:00+08:00' });
    await call(c, 'objections:decide', { id: first.objection.id, decision: 'dikabulkan_sebagian', reason: 'Sebagian.', answerDate: '2026-05-06', releaseBy: '2026-07-01', ...ATASAN });
    await call(c, 'objections:decide', { id: second.objection.id, decision: 'dikabulkan', reason: 'Seluruhnya.', answerDate: '2026-05-06', releaseBy: '2026-05-27', ...ATASAN });
    // open: registered Mon 4 May → the Atasan's 30 working days end 17 Jun 2026.
    expect((await inbox(c)).map((i) => [i.id, i.status, i.due])).toEqual([
      [second.objection.id, 'release_ordered', '2026-05-27'],
      [open.id, 'registered', open.atasanDue],
      [first.objection.id, 'release_ordered', '2026-07-01'],
    ]);
    expect(open.atasanDue > '2026-05-27' && open.atasanDue < '2026-07-01').toBe(true);
    // The status filter finds the release tasks alone.
    expect((await call(c, 'inbox:list', { filters: { status: 'release_ordered' } })).items.map((i) => i.id)).toEqual([second.objection.id, first.objection.id]);
  });

  it('without a request, closes when the officer marks it done, audited once', async () => {
    const c = testCore({ clock: fixedClock('2026-05-20T01:00:00Z') });
    const o = await call(c, 'objections:create', {
      grounds: ['b'],
      objector: { name: 'Budi Santoso', idType: 'nik', idNumber: NIK_BUDI, address: 'Jl. Juanda 5', phone: '0813-4444-2222', email: '', occupation: '', proxyName: '' },
      information: 'Laporan keuangan 2025',
      caseSummary: 'Belum diumumkan.',
      registeredAt: '2026-03-17T11:00:00+08:00',
    });
    // No date from the Atasan: 10 working days after Wed 6 May → Fri 22 May (14, 15 May off).
    const decided = await call(c, 'objections:decide', { id: o.id, decision: 'dikabulkan', reason: 'Informasi berkala.', answerDate: '2026-05-06', ...ATASAN });
    expect(decided).toMatchObject({ releaseDue: '2026-05-22', releaseOpen: true });
    expect(await inbox(c)).toMatchObject([{ id: o.id, status: 'release_ordered', due: '2026-05-22', requesterName: 'Budi Santoso', title: 'Laporan keuangan 2025' }]);
    expect(await c.handle('objections:markReleased', { id: o.id, note: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const done = await call(c, 'objections:markReleased', { id: o.id, note: 'Diumumkan di situs PPID dan dikirim ke pemohon lewat pos.' });
    expect(done).toMatchObject({ releaseOpen: false, releaseDoneAt: '2026-05-20T01:00:00.000Z', releaseDoneBy: expect.any(String) });
    expect(await inbox(c)).toEqual([]);
    const audit = auditRows(c).filter((r) => r.action === 'objection.release');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ number: o.number, releaseDue: '2026-05-22', note: 'Diumumkan di situs PPID dan dikirim ke pemohon lewat pos.' });
    expect(await c.handle('objections:markReleased', { id: o.id, note: 'lagi' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('is never ordered by a refused answer, nor before the answer’s date', async () => {
    const c = testCore({ clock: fixedClock('2026-05-20T01:00:00Z') });
    const { objection } = await refusedAndObjected(c);
    expect(await c.handle('objections:decide', { id: objection.id, decision: 'ditolak', reason: 'x', releaseBy: '2026-05-27', ...ATASAN })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'releaseBy', message: expect.stringMatching(/^Keberatan yang ditolak tidak memuat perintah/) }] },
    });
    expect(await c.handle('objections:decide', { id: objection.id, decision: 'dikabulkan', reason: 'x', answerDate: '2026-05-06', releaseBy: '2026-05-05', ...ATASAN })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'releaseBy', message: 'Batas waktu pelaksanaan (5 Mei 2026) tidak boleh sebelum tanggal tanggapan atasan (6 Mei 2026).' }] },
    });
    const refused = await call(c, 'objections:decide', { id: objection.id, decision: 'ditolak', reason: 'Menguatkan.', ...ATASAN });
    expect(refused).toMatchObject({ releaseDue: null, releaseOpen: false });
    expect(await c.handle('objections:markReleased', { id: objection.id, note: 'x' })).toMatchObject({ ok: false, error: { code: 'precondition' } });
    expect(await inbox(c)).toEqual([]);
  });
});
