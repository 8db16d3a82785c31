// Disputes at the Komisi Informasi: filed within 14 working days (UU KIP Ps 37(2)); the KI starts
// within 14 and settles within 100 working days (UU KIP Ps 38). Hand counts on the 2026 calendar.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, requestInput } from '../../../helpers/requests';

async function answeredObjection(answerDate = '2026-05-06') {
  const core = testCore({ clock: fixedClock('2026-06-10T01:00:00Z') });
  const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
  const objection = await call(core, 'objections:create', { requestId: request.id, grounds: ['a'], caseSummary: 'Penolakan', registeredAt: '2026-03-17T11:00:00+08:00' });
  await call(core, 'objections:decide', { id: objection.id, decision: 'ditolak', reason: 'Menguatkan keputusan PPID', answerDate, atasanName: 'Sekda', atasanPosition: 'Atasan PPID' });
  return { core, request, objection };
}

describe('disputes:create', () => {
  it('checks the filing against the 14-working-day window and computes the KI’s dates', async () => {
    const { core, request, objection } = await answeredObjection();
    const dispute = await call(core, 'disputes:create', { objectionId: objection.id, filedDate: '2026-06-02', kiRegisterNumber: '015/REG-PSI/VI/2026' });
    expect(dispute).toMatchObject({
      objectionNumber: '001/KEB/PPID/III/2026',
      requestId: request.id,
      requestNumber: '001/PPID/III/2026',
      requesterName: 'Siti Aminah',
      kiRegisterNumber: '015/REG-PSI/VI/2026',
      filedDate: '2026-06-02',
      windowStart: '2026-05-06',
      // 6 May + 14 working days = 2 Jun (see objections.test.ts): filed on the last day, in time.
      windowDue: '2026-06-02',
      filedLate: false,
      // Day 0 = Tue 2 Jun: 3, 4, 5, 8, 9, 10, 11, 12, 15, (16 Tahun Baru Islam) 17, 18, 19, 22, 23 = 14 → 23 Jun.
      kiStartDue: '2026-06-23',
      status: 'filed',
      currentDueDate: '2026-06-23',
      // On 10 Jun: 11, 12, 15, 17, 18, 19, 22, 23 = 8 working days left.
      standing: { today: '2026-06-10', workingDaysLeft: 8, state: 'on_track' },
    });
    expect(dispute.kiSettleDue > dispute.kiStartDue).toBe(true);
    const timeline = await call(core, 'requests:timeline', { id: request.id });
    expect(timeline.at(-1)).toMatchObject({ action: 'dispute_created', subjectKind: 'dispute', toStatus: 'filed' });
    expect(auditRows(core).map((r) => r.action)).toContain('dispute.create');
  });

  it('marks a filing after the window as late', async () => {
    const { core, objection } = await answeredObjection();
    const dispute = await call(core, 'disputes:create', { objectionId: objection.id, filedDate: '2026-06-03' });
    expect(dispute).toMatchObject({ windowDue: '2026-06-02', filedLate: true, kiRegisterNumber: '' });
    const timeline = await call(core, 'requests:timeline', { id: dispute.requestId! });
    expect(timeline.at(-1)!.note).toMatch(/melewati batas 2 Juni 2026 \(UU KIP Pasal 37 ayat \(2\)\)/);
  });

  it('counts the window from the lapse of the 30 days when the Atasan never answered', async () => {
    const core = testCore({ clock: fixedClock('2026-06-10T01:00:00Z') });
    const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
    const objection = await call(core, 'objections:create', { requestId: request.id, grounds: ['c'], caseSummary: 'Tidak dijawab', registeredAt: '2026-03-17T11:00:00+08:00' });
    const dispute = await call(core, 'disputes:create', { objectionId: objection.id, filedDate: '2026-06-03' });
    // Atasan due 7 May; 7 May + 14 working days = 3 Jun (see objections.test.ts).
    expect(dispute).toMatchObject({ windowStart: '2026-05-07', windowDue: '2026-06-03', filedLate: false });
  });

  it('refuses a date in the future and a KI number already used', async () => {
    const { core, objection } = await answeredObjection();
    expect(await core.handle('disputes:create', { objectionId: objection.id, filedDate: '2026-06-11' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'filedDate', message: 'Tanggal pengajuan sengketa (11 Juni 2026) tidak boleh di masa depan.' }] },
    });
    await call(core, 'disputes:create', { objectionId: objection.id, filedDate: '2026-06-02', kiRegisterNumber: 'REG-1' });
    expect(await core.handle('disputes:create', { objectionId: objection.id, filedDate: '2026-06-02', kiRegisterNumber: 'REG-1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'kiRegisterNumber', message: 'Nomor register Komisi Informasi ini sudah dipakai sengketa lain.' }] },
    });
  });
});

describe('disputes:update', () => {
  it('reopens the done request when the KI rules for the requester (or mediation agrees), not when it refuses', async () => {
    for (const [outcomeKind, reopens] of [['adjudication_granted', true], ['mediation_agreed', true], ['adjudication_refused', false]] as const) {
      const core = testCore({ clock: fixedClock('2026-06-10T01:00:00Z') });
      const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
      await call(core, 'requests:transition', { id: request.id, to: 'in_process' });
      await call(core, 'requests:transition', { id: request.id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', noticeDate: '2026-03-10' });
      await call(core, 'requests:transition', { id: request.id, to: 'done', deliveredDate: '2026-03-11', costRp: 0 });
      const objection = await call(core, 'objections:create', { requestId: request.id, grounds: ['f'], caseSummary: 'Informasi tidak sesuai permintaan', registeredAt: '2026-03-17T11:00:00+08:00' });
      await call(core, 'objections:decide', { id: objection.id, decision: 'ditolak', reason: 'Menguatkan PPID', answerDate: '2026-05-06', atasanName: 'Sekda', atasanPosition: 'Atasan PPID' });
      const { id } = await call(core, 'disputes:create', { objectionId: objection.id, filedDate: '2026-06-02' });
      await call(core, 'disputes:update', { id, status: outcomeKind === 'mediation_agreed' ? 'mediation' : 'adjudication' });
      await call(core, 'disputes:update', { id, status: 'decided', outcomeKind, outcomeDate: '2026-06-09' });
      const after = await call(core, 'requests:get', { id: request.id });
      expect(after.status, outcomeKind).toBe(reopens ? 'answered' : 'done');
      const last = (await call(core, 'requests:timeline', { id: request.id })).at(-1)!;
      if (reopens) expect(last, outcomeKind).toMatchObject({ action: 'reopened', fromStatus: 'done', toStatus: 'answered', note: expect.stringContaining('sengketa di Komisi Informasi') });
      else expect(last.action, outcomeKind).not.toBe('reopened');
    }
  });

  it('moves through mediation to a decision, with the hearing date as the inbox date', async () => {
    const { core, objection } = await answeredObjection();
    const { id } = await call(core, 'disputes:create', { objectionId: objection.id, filedDate: '2026-06-02' });
    const mediation = await call(core, 'disputes:update', { id, status: 'mediation', kiRegisterNumber: '015/REG-PSI/VI/2026', nextHearingDate: '2026-06-15' });
    expect(mediation).toMatchObject({ status: 'mediation', kiRegisterNumber: '015/REG-PSI/VI/2026', nextHearingDate: '2026-06-15', currentDueDate: '2026-06-15' });
    const [item] = (await call(core, 'inbox:list', { filters: { kind: 'dispute' } })).items;
    expect(item).toMatchObject({ number: '015/REG-PSI/VI/2026', due: '2026-06-15', status: 'mediation' });
    // Clearing the hearing falls back to the KI's settlement date (Ps 38(2)).
    const cleared = await call(core, 'disputes:update', { id, nextHearingDate: null });
    expect(cleared.currentDueDate).toBe(cleared.kiSettleDue);
    expect(await core.handle('disputes:update', { id, status: 'decided' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'outcomeKind', message: 'Pilih hasil sengketa (mis. mediasi berhasil atau putusan ajudikasi) untuk sengketa yang selesai.' }] },
    });
    const decided = await call(core, 'disputes:update', { id, status: 'decided', outcomeKind: 'mediation_agreed', outcome: 'Mediasi berhasil: informasi diberikan.', outcomeDate: '2026-06-09' });
    expect(decided).toMatchObject({ status: 'decided', outcomeKind: 'mediation_agreed', courtStage: 'none', outcome: 'Mediasi berhasil: informasi diberikan.', outcomeDate: '2026-06-09', standing: null });
    expect(await core.handle('disputes:update', { id, status: 'mediation' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: "Sengketa sudah 'diputus/selesai'; datanya tidak dapat diubah lagi." },
    });
    expect(auditRows(core).filter((r) => r.action === 'dispute.update')).toHaveLength(3);
  });

  it('refuses to go back a stage, and an update that changes nothing', async () => {
    const { core, objection } = await answeredObjection();
    const { id } = await call(core, 'disputes:create', { objectionId: objection.id, filedDate: '2026-06-02' });
    await call(core, 'disputes:update', { id, status: 'adjudication' });
    expect(await core.handle('disputes:update', { id, status: 'mediation' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: "Sengketa berstatus 'ajudikasi' tidak dapat kembali menjadi 'mediasi'. Dari 'ajudikasi' hanya boleh ke: 'diputus/selesai', 'dicabut'." },
    });
    expect(await core.handle('disputes:update', { id })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Tidak ada yang diubah pada sengketa ini.' } });
  });

  it('explains the filing window', async () => {
    const { core, objection } = await answeredObjection();
    const { id } = await call(core, 'disputes:create', { objectionId: objection.id, filedDate: '2026-06-02' });
    const explained = await call(core, 'deadline:explain', { kind: 'dispute', id });
    expect(explained.clocks[0]).toMatchObject({ storedDue: '2026-06-02', result: { clock: 'dispute', workingDays: 14, due: '2026-06-02', basis: 'UU KIP Pasal 37 ayat (2)' } });
  });
});

describe('disputes:update outcome', () => {
  async function adjudication() {
    const { core, objection } = await answeredObjection();
    const { id } = await call(core, 'disputes:create', { objectionId: objection.id, filedDate: '2026-06-02' });
    await call(core, 'disputes:update', { id, status: 'adjudication' });
    return { core, id };
  }

  it('decides with an outcome from the list; the note is optional and defaults to the outcome’s name', async () => {
    const { core, id } = await adjudication();
    const decided = await call(core, 'disputes:update', { id, status: 'decided', outcomeKind: 'adjudication_granted_partly', outcomeDate: '2026-06-09' });
    expect(decided).toMatchObject({ status: 'decided', outcomeKind: 'adjudication_granted_partly', outcome: 'Ajudikasi: dikabulkan sebagian', courtStage: 'none' });
    const timeline = await call(core, 'requests:timeline', { id: decided.requestId! });
    expect(timeline.at(-1)!.note).toBe('Hasil: Ajudikasi: dikabulkan sebagian.');
  });

  it('refuses a decision without its date, a decision named "dicabut", and an outcome on a dispute still running', async () => {
    const { core, id } = await adjudication();
    expect(await core.handle('disputes:update', { id, status: 'decided', outcomeKind: 'gugur' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'outcomeDate', message: 'Tanggal putusan wajib diisi untuk sengketa yang selesai.' }] },
    });
    expect(await core.handle('disputes:update', { id, status: 'decided', outcomeKind: 'withdrawn', outcomeDate: '2026-06-09' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'outcomeKind', message: "Sengketa yang dicabut dicatat dengan status 'dicabut', bukan 'diputus/selesai'." }] },
    });
    expect(await core.handle('disputes:update', { id, outcomeKind: 'gugur' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'outcomeKind', message: "Hasil sengketa dicatat bersama status 'diputus/selesai' atau 'dicabut'." }] },
    });
    expect(await core.handle('disputes:update', { id, outcomeKind: 'kalah' })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'outcomeKind' }] } });
  });

  it('records a withdrawal as outcome "withdrawn", dated today unless a date is given', async () => {
    const { core, id } = await adjudication();
    const withdrawn = await call(core, 'disputes:update', { id, status: 'withdrawn' });
    // Today is 10 Jun 2026 (the core's clock) in WITA.
    expect(withdrawn).toMatchObject({ status: 'withdrawn', outcomeKind: 'withdrawn', outcomeDate: '2026-06-10' });
  });

  it('takes an adjudication to court after the decision, but not a mediation agreement (UU KIP Ps 39, 47)', async () => {
    const { core, id } = await adjudication();
    await call(core, 'disputes:update', { id, status: 'decided', outcomeKind: 'adjudication_refused', outcomeDate: '2026-06-09' });
    const ptun = await call(core, 'disputes:update', { id, courtStage: 'ptun' });
    expect(ptun).toMatchObject({ status: 'decided', courtStage: 'ptun', outcomeKind: 'adjudication_refused' });
    expect((await call(core, 'disputes:update', { id, courtStage: 'kasasi', note: 'Permohonan kasasi didaftarkan.' })).courtStage).toBe('kasasi');
    // Nothing else of a decided dispute changes.
    expect(await core.handle('disputes:update', { id, courtStage: 'pn', outcome: 'Diubah' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const second = await answeredObjection();
    const other = await call(second.core, 'disputes:create', { objectionId: second.objection.id, filedDate: '2026-06-02' });
    await call(second.core, 'disputes:update', { id: other.id, status: 'decided', outcomeKind: 'mediation_agreed', outcomeDate: '2026-06-09' });
    expect(await second.core.handle('disputes:update', { id: other.id, courtStage: 'ptun' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'courtStage', message: expect.stringMatching(/hanya dapat diajukan atas putusan ajudikasi.*Pasal 39/) }] },
    });
    const audit = auditRows(core).filter((r) => r.action === 'dispute.update').map((r) => JSON.parse(r.data).changed);
    expect(audit.slice(-2)).toEqual([{ court_stage: 'ptun' }, { court_stage: 'kasasi' }]);
  });
});
