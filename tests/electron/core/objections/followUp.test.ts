// After filing: the requester withdraws an objection before the Atasan answers, or replies to the
// answer later. Each leaves the inbox / timeline as a user expects, with one audit entry.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, requestInput } from '../../../helpers/requests';

async function filed() {
  const core = testCore({ clock: fixedClock('2026-03-18T01:00:00Z') });
  const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
  const objection = await call(core, 'objections:create', { requestId: request.id, grounds: ['g'], caseSummary: 'Tidak dijawab.', registeredAt: '2026-03-17T11:00:00+08:00' });
  return { core, request, objection };
}

const inboxNumbers = async (core: Awaited<ReturnType<typeof filed>>['core']) =>
  (await call(core, 'inbox:list', { filters: { kind: 'objection' } })).items.map((i: { number: string }) => i.number);

describe('objections:withdraw', () => {
  it('closes the objection, leaves the inbox, and records why on the timeline and in the audit', async () => {
    const { core, request, objection } = await filed();
    expect(await inboxNumbers(core)).toEqual([objection.number]);
    const withdrawn = await call(core, 'objections:withdraw', { id: objection.id, reason: 'Informasi sudah diterima langsung dari bidang terkait.' });
    expect(withdrawn.status).toBe('withdrawn');
    expect(await inboxNumbers(core)).toEqual([]);
    const timeline = await call(core, 'requests:timeline', { id: request.id });
    expect(timeline.at(-1)).toMatchObject({ action: 'objection_withdrawn', note: `Keberatan ${objection.number} ditarik pemohon: Informasi sudah diterima langsung dari bidang terkait.` });
    expect(auditRows(core).at(-1)).toMatchObject({ action: 'objection.withdraw', entity: 'objection', entity_id: String(objection.id) });
    // Nothing more to decide on a withdrawn objection, and no second withdrawal.
    expect(await core.handle('objections:decide', { id: objection.id, decision: 'ditolak', reason: 'x', atasanName: 'Drs. A', atasanPosition: 'Sekda' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/sudah ditarik/) } });
    expect(await core.handle('objections:withdraw', { id: objection.id, reason: 'lagi' })).toMatchObject({ ok: false, error: { code: 'conflict', message: `Keberatan ${objection.number} sudah ditarik.` } });
  });

  it('needs a reason and cannot withdraw an answered objection', async () => {
    const { core, objection } = await filed();
    expect(await core.handle('objections:withdraw', { id: objection.id, reason: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'reason', message: 'Keterangan penarikan wajib diisi.' }] },
    });
    await call(core, 'objections:decide', { id: objection.id, decision: 'dikabulkan', reason: 'Informasi diberikan.', atasanName: 'Drs. A', atasanPosition: 'Sekda' });
    expect(await core.handle('objections:withdraw', { id: objection.id, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/sudah ditanggapi atasan PPID/) } });
  });
});

describe('objections:recordReply', () => {
  it('records the requester’s later reply to the Atasan’s answer, and a correction of it', async () => {
    const { core, request, objection } = await filed();
    expect(await core.handle('objections:recordReply', { id: objection.id, reply: 'Menerima.' })).toMatchObject({
      ok: false,
      error: { code: 'precondition', message: expect.stringMatching(/belum ditanggapi atasan PPID: catat tanggapan atasan dulu/) },
    });
    await call(core, 'objections:decide', { id: objection.id, decision: 'ditolak', reason: 'Dikecualikan Pasal 17 huruf b.', atasanName: 'Drs. A', atasanPosition: 'Sekda' });
    const first = await call(core, 'objections:recordReply', { id: objection.id, reply: 'Pemohon akan mengajukan sengketa ke Komisi Informasi Provinsi.' });
    expect(first).toMatchObject({ status: 'answered', requesterReply: 'Pemohon akan mengajukan sengketa ke Komisi Informasi Provinsi.' });
    const second = await call(core, 'objections:recordReply', { id: objection.id, reply: 'Pemohon menerima jawaban atasan.' });
    expect(second.requesterReply).toBe('Pemohon menerima jawaban atasan.');
    const replies = auditRows(core).filter((r) => r.action === 'objection.reply').map((r) => JSON.parse(r.data));
    expect(replies).toEqual([
      expect.objectContaining({ reply: 'Pemohon akan mengajukan sengketa ke Komisi Informasi Provinsi.', previous: null }),
      expect.objectContaining({ reply: 'Pemohon menerima jawaban atasan.', previous: 'Pemohon akan mengajukan sengketa ke Komisi Informasi Provinsi.' }),
    ]);
    const timeline = await call(core, 'requests:timeline', { id: request.id });
    expect(timeline.filter((e: { action: string }) => e.action === 'objection_reply')).toHaveLength(2);
  });
});
