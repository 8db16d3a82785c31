// Converting an inquiry into a KIP request: the request goes through the requests service (same
// numbering, clock and audit), its 10 working days start at the inquiry's receipt, both records
// link to each other, and a failure leaves neither the request nor the link.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, NIK_SITI, readDb } from '../../../helpers/requests';
import { inquiryInput } from '../../../helpers/inquiryInput';

const NOW = '2026-11-23T02:00:00Z';
const requester = { name: 'Rina Kartika', idType: 'nik' as const, idNumber: NIK_SITI, address: 'Jl. Juanda 5, Samarinda', phone: '0811-5400-123' };

describe('inquiries:convert', () => {
  it('creates a pre-filled request whose clock starts at the inquiry receipt, linked both ways', async () => {
    const clock = fixedClock('2026-11-20T03:00:00Z');
    const core = testCore({ clock });
    // Received Friday 20 Nov 09:00 WITA; converted on Monday.
    const inq = await call(core, 'inquiries:create', inquiryInput({ receivedAt: '2026-11-20T09:00:00+08:00', channel: 'email' }));
    clock.set(NOW);
    const draft = await call(core, 'inquiries:requestDraft', { id: inq.id });
    expect(draft).toMatchObject({ receivedAt: '2026-11-20T01:00:00.000Z', channel: 'email', information: inq.question, requester: { name: 'Rina Kartika', occupation: 'Wartawan Kaltim Post' } });

    const out = await call(core, 'inquiries:convert', { id: inq.id, requester, purpose: 'Bahan liputan', accessMethod: ['salinan_softcopy'], deliveryMethod: 'ambil_langsung' });
    const request = await call(core, 'requests:get', { id: out.requestId });
    expect(request).toMatchObject({ number: out.requestNumber, receivedAt: '2026-11-20T01:00:00.000Z', channel: 'email', information: inq.question, status: 'registered' });
    // Day 0 = Fri 20 Nov; 10 working days → Fri 4 Dec 2026 (no holidays in between).
    expect(request.dueDate).toBe('2026-12-04');
    expect(out.inquiry.requestId).toBe(out.requestId);
    expect(out.inquiry.requestNumber).toBe(out.requestNumber);
    expect(await call(core, 'inquiries:forRequest', { requestId: out.requestId })).toEqual({ inquiryId: inq.id, number: inq.number });
    const actions = auditRows(core).map((r) => r.action);
    expect(actions.slice(-2)).toEqual(['request.create', 'inquiry.convert']);

    const again = await core.handle('inquiries:convert', { id: inq.id, requester, purpose: 'x', accessMethod: ['melihat'], deliveryMethod: 'ambil_langsung' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('rolls back the request when the conversion fails', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    const inq = await call(core, 'inquiries:create', inquiryInput());
    // E-mail delivery without an e-mail: refused by the requests:create rules.
    const bad = await core.handle('inquiries:convert', { id: inq.id, requester, purpose: 'Liputan', accessMethod: ['melihat'], deliveryMethod: 'email' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const db = readDb(core);
    expect(db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);
    expect(db.prepare('SELECT request_id FROM inquiries').pluck().get()).toBeNull();
  });
});
