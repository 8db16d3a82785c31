// Two officers on one objection: the Atasan's answer, the withdrawal and the requester's reply
// based on a version already changed by the other officer are refused (db/versions.ts).
import { describe, expect, it } from 'vitest';
import { call } from '../../../helpers/core';
import { ANI, BUDI, expectStale, twoOfficers } from '../../../helpers/twoDesks';
import { requestInput } from '../../../helpers/requests';

async function openObjection() {
  const desks = twoOfficers('2026-06-10T01:00:00Z'); // 09:00 WITA
  const request = await call(desks.ani, 'requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
  const objection = await call(desks.ani, 'objections:create', { requestId: request.id, grounds: ['a'], caseSummary: 'Penolakan', registeredAt: '2026-03-17T11:00:00+08:00' });
  return { ...desks, objection };
}

const decide = { decision: 'ditolak' as const, reason: 'Menguatkan keputusan PPID', atasanName: 'Sekda', atasanPosition: 'Atasan PPID' };

describe('row versions of objections', () => {
  it('refuses a withdrawal recorded on an objection the other officer has just answered', async () => {
    const { ani, budi, clock, objection } = await openObjection();
    clock.set('2026-06-10T02:15:00Z');
    const answered = await call(ani, 'objections:decide', { id: objection.id, version: objection.version, ...decide });
    expect(answered.version).toBe(objection.version + 1);
    await expectStale(budi, 'objections:withdraw', { id: objection.id, version: objection.version, reason: 'Pemohon menarik keberatan' }, ANI, '10.15');
    await expectStale(budi, 'objections:decide', { id: objection.id, version: objection.version, ...decide, decision: 'dikabulkan' }, ANI, '10.15');
    expect(await call(budi, 'objections:get', { id: objection.id })).toMatchObject({ status: 'answered', decision: 'ditolak', version: answered.version });
  });

  it('refuses a stale reply of the requester', async () => {
    const { ani, budi, clock, objection } = await openObjection();
    const answered = await call(ani, 'objections:decide', { id: objection.id, version: objection.version, ...decide });
    clock.set('2026-06-10T03:00:00Z');
    await call(budi, 'objections:recordReply', { id: objection.id, version: answered.version, reply: 'Pemohon menerima.' });
    await expectStale(ani, 'objections:recordReply', { id: objection.id, version: answered.version, reply: 'Pemohon akan ke KI.' }, BUDI, '11.00');
    expect((await call(ani, 'objections:get', { id: objection.id })).requesterReply).toBe('Pemohon menerima.');
  });
});
