// Status changes through the core: the machine's table, the fields each target needs, the pause
// that returns to where it began, and one timeline event plus one audit entry per change.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { Input } from '../../../../shared/ipc/contract';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, readDb, requestInput } from '../../../helpers/requests';

type Move = Input<'requests:transition'>;
/** Omit over each member of the union, so that the fields of every target stay known. */
type Step = Move extends infer M ? (M extends unknown ? Omit<M, 'id'> : never) : never;
const REFUSAL = {
  to: 'answered',
  decision: 'ditolak',
  heldStatus: 'dikuasai',
  refusalPs17: ['h'],
  consequenceTest: 'Membuka data kesehatan pribadi pegawai merugikan hak atas rahasia pribadi lebih besar daripada manfaatnya.',
} as const;
const GRANT = { to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', costRp: 15000, paymentMethod: 'tunai' } as const;

async function setup(nowIso = '2026-03-26T01:00:00Z') {
  const core = testCore({ clock: fixedClock(nowIso) });
  const { id } = await call(core, 'requests:create', requestInput());
  return { core, id, move: (m: Step) => core.handle('requests:transition', { id, ...m } as Move) };
}

async function walk(core: Core, id: number, moves: Step[]) {
  for (const m of moves) await call(core, 'requests:transition', { id, ...m } as Move);
}

describe('requests:transition', () => {
  it('follows registered → in_process → answered → done, with a timeline event and an audit entry each', async () => {
    const { core, id } = await setup();
    await walk(core, id, [{ to: 'in_process', note: 'Diteruskan ke Bidang Anggaran' }, { ...GRANT, noticeDate: '2026-03-26' }]);
    const done = await call(core, 'requests:transition', { id, to: 'done', deliveredDate: '2026-03-26' });
    expect(done).toMatchObject({
      status: 'done',
      decision: 'diterima_seluruhnya',
      heldStatus: 'dikuasai',
      refusalPs17: [],
      noticeDate: '2026-03-26',
      deliveredDate: '2026-03-26',
      costRp: 15000,
      paymentMethod: 'tunai',
      standing: null,
    });
    const timeline = await call(core, 'requests:timeline', { id });
    expect(timeline.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['created', null, 'registered'],
      ['status', 'registered', 'in_process'],
      ['status', 'in_process', 'answered'],
      ['status', 'answered', 'done'],
    ]);
    expect(timeline[1]).toMatchObject({ actor: 'tester', note: 'Diteruskan ke Bidang Anggaran', subjectKind: 'request', subjectId: id });
    const audit = auditRows(core).filter((r) => r.action === 'request.transition');
    expect(audit.map((r) => JSON.parse(r.data)).map((d) => `${d.from}>${d.to}`)).toEqual(['registered>in_process', 'in_process>answered', 'answered>done']);
  });

  it('records a refusal with its Ps 17 basis and consequence test', async () => {
    const { core, id, move } = await setup();
    await move({ to: 'in_process' });
    const answered = await call(core, 'requests:transition', { id, ...REFUSAL, refusalPs17: ['j', 'h'], refusalOtherLaw: 'UU 27/2022 Pasal 4' });
    expect(answered).toMatchObject({ status: 'answered', decision: 'ditolak', refusalPs17: ['h', 'j'], refusalOtherLaw: 'UU 27/2022 Pasal 4', noticeDate: '2026-03-26' });
    expect(answered.consequenceTest).toMatch(/^Membuka data kesehatan/);
    // Answered is open but paused: never overdue.
    expect(answered.standing).toMatchObject({ state: 'paused' });
    // A refusal hands nothing over: done without a delivery date.
    expect(await call(core, 'requests:transition', { id, to: 'done' })).toMatchObject({ status: 'done', deliveredDate: null });
  });

  it.each([
    [{ ...REFUSAL, refusalPs17: [] }, 'refusalPs17', 'Penolakan wajib menyebut dasar pengecualian: huruf Pasal 17 UU KIP dan/atau undang-undang lain.'],
    [{ ...REFUSAL, refusalPs17: ['j'] }, 'refusalOtherLaw', 'Pasal 17 huruf j: sebutkan undang-undang dan pasal yang mengecualikan informasi itu.'],
    [{ ...REFUSAL, consequenceTest: 'rahasia' }, 'consequenceTest', 'Uraikan uji konsekuensi (UU KIP Pasal 2 ayat (4)): sedikitnya 20 karakter.'],
    [{ ...REFUSAL, decision: 'diterima_sebagian', refusalPs17: [] }, 'refusalPs17', expect.stringMatching(/^Penolakan wajib menyebut dasar pengecualian/)],
    [{ ...GRANT, heldStatus: 'dikuasai_badan_lain' }, 'heldBy', 'Sebutkan badan publik yang menguasai informasi (UU KIP Pasal 22 ayat (7) huruf b).'],
    [{ ...GRANT, noticeDate: '2026-03-27' }, 'noticeDate', 'Tanggal pemberitahuan tertulis (27 Maret 2026) tidak boleh di masa depan.'],
    [{ ...GRANT, noticeDate: '2026-03-16' }, 'noticeDate', 'Tanggal pemberitahuan tertulis tidak boleh sebelum permohonan diterima (17 Maret 2026).'],
  ])('refuses an answer %j without what the law asks', async (answer, path, message) => {
    const { core, id, move } = await setup();
    await move({ to: 'in_process' });
    const result = await core.handle('requests:transition', { id, ...answer });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: expect.arrayContaining([{ path, message }]) } });
    expect((await call(core, 'requests:get', { id })).status).toBe('in_process');
  });

  it('accepts information held by another body, named, without a Ps 17 basis', async () => {
    const { core, id, move } = await setup();
    await move({ to: 'in_process' });
    const answered = await call(core, 'requests:transition', { id, to: 'answered', decision: 'ditolak', heldStatus: 'dikuasai_badan_lain', heldBy: 'BPKAD Provinsi Kalimantan Timur' });
    expect(answered).toMatchObject({ heldStatus: 'dikuasai_badan_lain', heldBy: 'BPKAD Provinsi Kalimantan Timur', refusalPs17: [], consequenceTest: null });
  });

  it.each([
    [[], GRANT, "Permohonan berstatus 'terdaftar' tidak dapat langsung menjadi 'dijawab': ubah dulu statusnya menjadi 'diproses'."],
    [[], { to: 'done' }, "Permohonan berstatus 'terdaftar' tidak dapat langsung menjadi 'selesai': ubah dulu statusnya menjadi 'diproses', lalu 'dijawab'."],
    [[], { to: 'extended', reason: 'Dokumen di arsip pusat' }, "Permohonan berstatus 'terdaftar' tidak dapat langsung menjadi 'diperpanjang': ubah dulu statusnya menjadi 'diproses'."],
    [[{ to: 'in_process' }], { to: 'in_process' }, "Permohonan sudah berstatus 'diproses'."],
    [[{ to: 'in_process' }, GRANT], { to: 'withdrawn', note: 'x' }, expect.stringMatching(/^Permohonan sudah dijawab; langkah berikutnya/)],
    [[{ to: 'withdrawn', note: 'Pemohon membatalkan' }], { to: 'in_process' }, 'Permohonan sudah ditarik; statusnya tidak dapat diubah lagi.'],
  ] as [Step[], Step, unknown][])('refuses a forbidden move with the missing step named (%#)', async (before, move, message) => {
    const { core, id } = await setup();
    await walk(core, id, before);
    const auditBefore = auditRows(core).length;
    const result = await core.handle('requests:transition', { id, ...move } as Move);
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message } });
    expect(auditRows(core)).toHaveLength(auditBefore);
  });

  it('pauses for the requester and returns to where it began', async () => {
    const { core, id, move } = await setup();
    const waiting = await call(core, 'requests:transition', { id, to: 'waiting_requester', waitingReason: 'kelengkapan', note: 'Fotokopi KTP belum dilampirkan' });
    expect(waiting).toMatchObject({ status: 'waiting_requester', waitingReason: 'kelengkapan', waitingFrom: 'registered', standing: { state: 'paused' } });
    expect(await move({ to: 'done' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: "Permohonan menunggu pemohon sejak berstatus 'terdaftar'; kembalikan dulu statusnya menjadi 'diproses'." },
    });
    expect(await call(core, 'requests:transition', { id, to: 'in_process' })).toMatchObject({ status: 'in_process', waitingReason: null, waitingFrom: null });
  });

  it('after an extension, a pause returns to extended without a second extension', async () => {
    const { core, id, move } = await setup();
    await move({ to: 'in_process' });
    await call(core, 'requests:transition', { id, to: 'extended', reason: 'Dokumen di arsip pusat' });
    await call(core, 'requests:transition', { id, to: 'waiting_requester', waitingReason: 'kelengkapan', note: 'Mohon perjelas periode dokumen' });
    expect(await move({ to: 'in_process' })).toMatchObject({ ok: false, error: { message: "Permohonan menunggu pemohon sejak berstatus 'diperpanjang'; kembalikan dulu statusnya menjadi 'diperpanjang'." } });
    const back = await call(core, 'requests:transition', { id, to: 'extended', reason: 'Pemohon sudah memperjelas' });
    expect(back).toMatchObject({ status: 'extended', dueDate: '2026-04-08', extendedDueDate: '2026-04-17', extensionReason: 'Dokumen di arsip pusat' });
  });

  it('after the answer, waits only for the fee, then goes straight to done', async () => {
    const { core, id, move } = await setup();
    await walk(core, id, [{ to: 'in_process' }, GRANT]);
    expect(await move({ to: 'waiting_requester', waitingReason: 'kelengkapan', note: 'x' })).toMatchObject({
      ok: false,
      error: { message: 'Setelah dijawab, permohonan hanya dapat menunggu pembayaran biaya salinan (alasan: biaya).' },
    });
    await call(core, 'requests:transition', { id, to: 'waiting_requester', waitingReason: 'biaya', note: 'Biaya salinan Rp 15.000 belum dibayar' });
    expect(await move({ to: 'in_process' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/ubah statusnya menjadi 'selesai'\.$/) } });
    const done = await call(core, 'requests:transition', { id, to: 'done', deliveredDate: '2026-03-26', paymentMethod: 'transfer bank' });
    expect(done).toMatchObject({ status: 'done', waitingReason: null, paymentMethod: 'transfer_bank', costRp: 15000 });
  });

  it('withdraws with a reason and closes the request', async () => {
    const { core, id } = await setup();
    expect(await core.handle('requests:transition', { id, to: 'withdrawn' } as Move)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const withdrawn = await call(core, 'requests:transition', { id, to: 'withdrawn', note: 'Pemohon mencabut permohonan' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', standing: null });
    expect(readDb(core).prepare('SELECT closed_at FROM requests WHERE id = ?').pluck().get(id)).toBe('2026-03-26T01:00:00.000Z');
    expect((await call(core, 'inbox:list', {})).items).toEqual([]);
  });

  it('answers not_found for an unknown request and invalid_input for an unknown target', async () => {
    const core = testCore();
    expect(await core.handle('requests:transition', { id: 5, to: 'in_process' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.handle('requests:transition', { id: 5, to: 'archived' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'to', message: expect.stringMatching(/^Status tujuan \(to\) harus salah satu dari/) }] },
    });
  });
});
