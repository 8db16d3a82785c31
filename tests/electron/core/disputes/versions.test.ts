// Two officers on one dispute at the Komisi Informasi: an update based on a version the other
// officer already changed is refused (db/versions.ts).
import { describe, expect, it } from 'vitest';
import { call } from '../../../helpers/core';
import { ANI, expectStale, twoOfficers } from '../../../helpers/twoDesks';
import { requestInput } from '../../../helpers/requests';

describe('row versions of disputes', () => {
  it('refuses a stale update, and keeps the first officer’s', async () => {
    const { ani, budi, clock } = twoOfficers('2026-06-10T01:00:00Z');
    const request = await call(ani, 'requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
    const objection = await call(ani, 'objections:create', { requestId: request.id, grounds: ['a'], caseSummary: 'Penolakan', registeredAt: '2026-03-17T11:00:00+08:00' });
    await call(ani, 'objections:decide', { id: objection.id, decision: 'ditolak', reason: 'Menguatkan', answerDate: '2026-05-06', atasanName: 'Sekda', atasanPosition: 'Atasan PPID' });
    const dispute = await call(ani, 'disputes:create', { objectionId: objection.id, filedDate: '2026-06-02' });
    clock.set('2026-06-10T05:45:00Z');
    const updated = await call(ani, 'disputes:update', { id: dispute.id, version: dispute.version, kiRegisterNumber: '015/REG-PSI/VI/2026', note: '' });
    expect(updated.version).toBe(dispute.version + 1);
    await expectStale(budi, 'disputes:update', { id: dispute.id, version: dispute.version, kiRegisterNumber: '016/REG-PSI/VI/2026', note: '' }, ANI, '13.45');
    expect((await call(budi, 'disputes:get', { id: dispute.id })).kiRegisterNumber).toBe('015/REG-PSI/VI/2026');
  });
});
