// Two officers on one media inquiry: a move or an attachment list based on a version the other
// officer already changed is refused (db/versions.ts).
import { describe, expect, it } from 'vitest';
import { call } from '../../../helpers/core';
import { inquiryInput } from '../../../helpers/inquiryInput';
import { ANI, BUDI, expectStale, twoOfficers } from '../../../helpers/twoDesks';

describe('row versions of inquiries', () => {
  it('refuses a stale move and a stale attachment list', async () => {
    const { ani, budi, clock } = twoOfficers();
    const inquiry = await call(ani, 'inquiries:create', inquiryInput());
    clock.set('2026-11-23T02:20:00Z');
    const assigned = await call(ani, 'inquiries:move', { id: inquiry.id, version: inquiry.version, to: 'ditugaskan', spokesperson: 'Kabid IKP' });
    await expectStale(budi, 'inquiries:move', { id: inquiry.id, version: inquiry.version, to: 'ditugaskan', spokesperson: 'Sekretaris' }, ANI, '10.20');
    await expectStale(budi, 'inquiries:setAttachments', { id: inquiry.id, version: inquiry.version, documentIds: [] }, ANI, '10.20');
    expect((await call(budi, 'inquiries:get', { id: inquiry.id })).spokesperson).toBe('Kabid IKP');
    clock.set('2026-11-23T02:30:00Z');
    await call(budi, 'inquiries:setAttachments', { id: inquiry.id, version: assigned.version, documentIds: [] });
    await expectStale(ani, 'inquiries:move', { id: inquiry.id, version: assigned.version, to: 'menunggu_persetujuan', answer: 'Rp 12 miliar.' }, BUDI, '10.30');
  });
});
