// requests:reopen: a closed request comes back only with a reason, onto the step it was closed
// from, with a timeline event and an audit entry; an open one cannot be "reopened".
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, requestInput } from '../../../helpers/requests';

async function closedRequest(how: 'done' | 'withdrawn' | 'withdrawn_extended') {
  const core = testCore({ clock: fixedClock('2026-03-26T01:00:00Z') });
  const { id } = await call(core, 'requests:create', requestInput());
  await call(core, 'requests:transition', { id, to: 'in_process' });
  if (how === 'done') {
    await call(core, 'requests:transition', { id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' });
    await call(core, 'requests:transition', { id, to: 'done', deliveredDate: '2026-03-26', costRp: 5000, paymentMethod: 'tunai' });
  } else {
    if (how === 'withdrawn_extended') await call(core, 'requests:transition', { id, to: 'extended', reason: 'Koordinasi dengan BPKAD' });
    await call(core, 'requests:transition', { id, to: 'withdrawn', note: 'Dicabut pemohon' });
  }
  return { core, id };
}

describe('requests:reopen', () => {
  it('takes a done request back to answered with the reason in the timeline and the audit log, clearing the handover date', async () => {
    const { core, id } = await closedRequest('done');
    const reopened = await call(core, 'requests:reopen', { id, reason: 'Salah klik Selesai; salinan belum diserahkan.' });
    expect(reopened).toMatchObject({ status: 'answered', deliveredDate: null, costRp: 5000, decision: 'diterima_seluruhnya' });
    expect(reopened.standing).not.toBeNull();
    const timeline = await call(core, 'requests:timeline', { id });
    expect(timeline.at(-1)).toMatchObject({ action: 'reopened', fromStatus: 'done', toStatus: 'answered', note: 'Salah klik Selesai; salinan belum diserahkan.' });
    expect(auditRows(core).at(-1)).toMatchObject({ action: 'request.reopen' });
    const register = await call(core, 'cases:register', { kind: 'request', filters: { status: 'open' } });
    expect(register.items.map((i) => i.id)).toEqual([id]);
  });

  it('takes a withdrawn request back to where it was, keeping its extension', async () => {
    const plain = await closedRequest('withdrawn');
    expect(await call(plain.core, 'requests:reopen', { id: plain.id, reason: 'Pemohon membatalkan pencabutan.' })).toMatchObject({ status: 'in_process' });
    const extended = await closedRequest('withdrawn_extended');
    const back = await call(extended.core, 'requests:reopen', { id: extended.id, reason: 'Pemohon membatalkan pencabutan.' });
    expect(back.status).toBe('extended');
    expect(back.extendedDueDate).not.toBeNull();
  });

  it('refuses without a reason, and on a request that is still open, in Indonesian', async () => {
    const { core, id } = await closedRequest('done');
    const noReason = await core.handle('requests:reopen', { id, reason: '  ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await call(core, 'requests:reopen', { id, reason: 'Salah klik.' });
    const again = await core.handle('requests:reopen', { id, reason: 'Sekali lagi.' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/masih berjalan \(dijawab\); hanya permohonan yang selesai atau ditarik/) } });
  });

  it('reopens a done request when the Atasan grants the objection against it, never when the objection is refused', async () => {
    for (const decision of ['dikabulkan', 'dikabulkan_sebagian', 'ditolak'] as const) {
      const { core, id } = await closedRequest('done');
      const objection = await call(core, 'objections:create', { requestId: id, grounds: ['a'], caseSummary: 'Sebagian informasi ditolak.' });
      await call(core, 'objections:decide', { id: objection.id, decision, reason: 'Pertimbangan atasan.', atasanName: 'Drs. Atasan', atasanPosition: 'Sekretaris Daerah' });
      const request = await call(core, 'requests:get', { id });
      const timeline = await call(core, 'requests:timeline', { id });
      if (decision === 'ditolak') {
        expect(request.status, decision).toBe('done');
        expect(timeline.some((e) => e.action === 'reopened'), decision).toBe(false);
      } else {
        expect(request, decision).toMatchObject({ status: 'answered', deliveredDate: null });
        expect(timeline.at(-1), decision).toMatchObject({ action: 'reopened', fromStatus: 'done', toStatus: 'answered', note: expect.stringContaining(`keberatan ${objection.number}`) });
        expect(auditRows(core).at(-1), decision).toMatchObject({ action: 'request.reopen' });
      }
    }
  });
});
