// Objections: the Atasan PPID's 30 working days (UU KIP Ps 36(2)) and the 14 that follow for the
// Komisi Informasi (UU KIP Ps 37(2)), counted by hand on the 2026 calendar.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { auditRows, requestInput } from '../../../helpers/requests';

async function withRequest(now = '2026-05-20T01:00:00Z') {
  const core = testCore({ clock: fixedClock(now) });
  const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
  return { core, request };
}

describe('objections:create', () => {
  it('numbers the objection on its own register and gives the Atasan 30 working days', async () => {
    // Registered Tue 17 Mar 2026 11:00 WITA → day 0 = 17 Mar. Off: 18-24 Mar (Nyepi, Idul Fitri),
    // 3 Apr, 5 Apr, 1 May, weekends. 25,26,27,30,31 Mar = 1-5; 1,2,6,7,8,9,10 Apr = 6-12;
    // 13-17 Apr = 13-17; 20-24 Apr = 18-22; 27-30 Apr = 23-26; 4,5,6,7 May = 27-30 → Thu 7 May 2026.
    const { core, request } = await withRequest();
    const objection = await call(core, 'objections:create', {
      requestId: request.id,
      grounds: ['g', 'c'],
      caseSummary: 'Permohonan tidak dijawab dalam 10 hari kerja.',
      registeredAt: '2026-03-17T11:00:00+08:00',
      proxyName: 'LBH Samarinda',
    });
    expect(objection).toMatchObject({
      number: '001/KEB/PPID/III/2026',
      requestId: request.id,
      requestNumber: '001/PPID/III/2026',
      requesterName: 'Siti Aminah',
      grounds: ['c', 'g'],
      proxyName: 'LBH Samarinda',
      registeredLocalDate: '2026-03-17',
      atasanDue: '2026-05-07',
      calendarVersion: 'id-2024-2026.1',
      status: 'registered',
      // Unanswered: 14 working days after the lapse of the 30 (day 0 = 7 May): 8, 11, 12, 13,
      // (14 Kenaikan, 15 cuti bersama) 18-22, 25, 26, (27 Idul Adha, 28 cuti bersama) 29 May,
      // (1 Jun Pancasila) 2, 3 Jun = 14 → Wed 3 Jun 2026.
      disputeWindowDue: '2026-06-03',
      standing: { today: '2026-05-20', state: 'overdue' },
    });
    // 7 May → 20 May: 8, 11, 12, 13, 18, 19, 20 = 7 working days overdue.
    expect(objection.standing?.workingDaysLeft).toBe(-7);
    const timeline = await call(core, 'requests:timeline', { id: request.id });
    expect(timeline.at(-1)).toMatchObject({ action: 'objection_created', subjectKind: 'objection', subjectId: objection.id, toStatus: 'registered' });
    expect(timeline.at(-1)!.note).toMatch(/paling lambat 7 Mei 2026 \(30 hari kerja, UU KIP Pasal 36 ayat \(2\)\)/);
    expect(auditRows(core).map((r) => r.action)).toContain('objection.create');
  });

  it('refuses a ground outside Ps 35(1) a-g, a time in the future, or before the request', async () => {
    const { core, request } = await withRequest();
    expect(await core.handle('objections:create', { requestId: request.id, grounds: ['h'], caseSummary: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'grounds.0', message: 'Alasan keberatan harus huruf a sampai g (UU KIP Pasal 35 ayat (1)).' }] },
    });
    expect(await core.handle('objections:create', { requestId: request.id, grounds: [], caseSummary: 'x' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'grounds', message: 'Pilih sedikitnya satu alasan keberatan (UU KIP Pasal 35 ayat (1)).' }] },
    });
    expect(await core.handle('objections:create', { requestId: request.id, grounds: ['c'], caseSummary: 'x', registeredAt: '2026-06-01T09:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'registeredAt', message: expect.stringMatching(/^Waktu keberatan diterima tidak boleh di masa depan/) }] },
    });
    expect(await core.handle('objections:create', { requestId: request.id, grounds: ['c'], caseSummary: 'x', registeredAt: '2026-03-01T09:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'registeredAt', message: 'Keberatan tidak mungkin diterima sebelum permohonannya (001/PPID/III/2026) diterima.' }] },
    });
    expect(await core.handle('objections:create', { requestId: 42, grounds: ['c'], caseSummary: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('objections:decide', () => {
  it('records the Atasan’s answer, named from the office profile, and opens the 14-day window', async () => {
    const { core, request } = await withRequest();
    await call(core, 'settings:saveProfile', validProfile);
    const { id } = await call(core, 'objections:create', { requestId: request.id, grounds: ['a'], caseSummary: 'Penolakan tidak beralasan', registeredAt: '2026-03-17T11:00:00+08:00' });
    const decided = await call(core, 'objections:decide', { id, decision: 'dikabulkan_sebagian', reason: 'Sebagian informasi terbuka', answerDate: '2026-05-06' });
    expect(decided).toMatchObject({
      status: 'answered',
      decision: 'dikabulkan_sebagian',
      decisionReason: 'Sebagian informasi terbuka',
      answerDate: '2026-05-06',
      atasanName: validProfile.atasan.name,
      atasanPosition: validProfile.atasan.title,
      standing: null,
      // Day 0 = Wed 6 May: 7, 8, 11, 12, 13, (14, 15 off) 18-22, 25, 26, (27, 28 off) 29 May,
      // (1 Jun off) 2 Jun = 14 → Tue 2 Jun 2026 (UU KIP Ps 37(2)).
      disputeWindowDue: '2026-06-02',
    });
    expect(await core.handle('objections:decide', { id, decision: 'ditolak', reason: 'lagi' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Keberatan 001/KEB/PPID/III/2026 sudah ditanggapi; tanggapan tidak dapat dicatat lagi.' },
    });
    expect(auditRows(core).filter((r) => r.action === 'objection.decide')).toHaveLength(1);
    // The Atasan's wait is over; the granted answer's release task takes its place (UU KIP Ps 36(2)):
    // no date given → 10 working days after 6 May: 7, 8, 11, 12, 13, (14, 15 off) 18-22 → Fri 22 May.
    expect(decided).toMatchObject({ releaseDue: '2026-05-22', releaseOpen: true, releaseDoneAt: null });
    expect((await call(core, 'inbox:list', { filters: { kind: 'objection' } })).items).toMatchObject([
      { id, status: 'release_ordered', due: '2026-05-22' },
    ]);
  });

  it('needs the Atasan’s name when the office profile has none, and refuses a date in the future', async () => {
    const { core, request } = await withRequest();
    const { id } = await call(core, 'objections:create', { requestId: request.id, grounds: ['c'], caseSummary: 'Tidak dijawab' });
    expect(await core.handle('objections:decide', { id, decision: 'ditolak', reason: 'Menguatkan' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'atasanName', message: 'Nama atasan PPID wajib diisi (profil kantor belum memuat atasan PPID).' }] },
    });
    expect(await core.handle('objections:decide', { id, decision: 'ditolak', reason: 'Menguatkan', atasanName: 'Sekda', atasanPosition: 'Atasan PPID', answerDate: '2026-05-21' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'answerDate', message: 'Tanggal tanggapan atasan (21 Mei 2026) tidak boleh di masa depan.' }] },
    });
    const late = await call(core, 'objections:decide', { id, decision: 'ditolak', reason: 'Menguatkan', atasanName: 'Sekda', atasanPosition: 'Atasan PPID', requesterReply: 'Pemohon tidak menerima' });
    expect(late).toMatchObject({ answerDate: '2026-05-20', requesterReply: 'Pemohon tidak menerima' });
  });
});

describe('deadline:explain', () => {
  it('explains the Atasan’s clock of an objection with the stored date beside it', async () => {
    const { core, request } = await withRequest();
    const { id } = await call(core, 'objections:create', { requestId: request.id, grounds: ['c'], caseSummary: 'Tidak dijawab', registeredAt: '2026-03-17T11:00:00+08:00' });
    const explained = await call(core, 'deadline:explain', { kind: 'objection', id });
    expect(explained).toMatchObject({ kind: 'objection', number: '001/KEB/PPID/III/2026' });
    expect(explained.clocks[0]).toMatchObject({ storedDue: '2026-05-07', storedCalendarVersion: 'id-2024-2026.1', result: { clock: 'objection-answer', due: '2026-05-07', workingDays: 30, basis: 'UU KIP Pasal 36 ayat (2)' } });
    expect(explained.clocks[0]!.result.explanation.at(-2)).toBe('Tenggat: akhir hari kerja Kamis, 7 Mei 2026.');
  });
});
