// The officer at this desk by name: once set, the history and the audit log record it instead of
// the computer's account ("root" in a browser host run as root); cleared, the account again.
import { describe, expect, it } from 'vitest';
import { call, testCore } from '../../../helpers/core';
import { readDb } from '../../../helpers/requests';
import { requestInput } from '../../../helpers/requestInput';

function lastAudit(core: ReturnType<typeof testCore>) {
  return readDb(core).prepare('SELECT actor, action, data FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { actor: string; action: string; data: string };
}

describe('app:officer', () => {
  it('records the computer account until a name is set, then the name, and the account again once cleared', async () => {
    const core = testCore();
    expect(await call(core, 'app:officer', {})).toEqual({ name: '', account: 'tester' });
    const first = await call(core, 'requests:create', requestInput());
    expect((await call(core, 'requests:timeline', { id: first.id })).map((e) => e.actor)).toEqual(['tester']);

    expect(await call(core, 'app:setOfficer', { name: '  Rina Marlina  ' })).toEqual({ name: 'Rina Marlina', account: 'tester' });
    // Who set the name is the one acting then.
    expect(lastAudit(core)).toMatchObject({ actor: 'tester', action: 'settings.officer.update' });
    expect(JSON.parse(lastAudit(core).data)).toEqual({ before: null, after: 'Rina Marlina' });

    const second = await call(core, 'requests:create', requestInput({ requester: { ...requestInput().requester, name: 'Siti Aminah' } }));
    expect((await call(core, 'requests:timeline', { id: second.id })).map((e) => e.actor)).toEqual(['Rina Marlina']);
    expect(lastAudit(core).actor).toBe('Rina Marlina');
    // What was recorded before keeps its account.
    expect((await call(core, 'requests:timeline', { id: first.id })).map((e) => e.actor)).toEqual(['tester']);

    expect(await call(core, 'app:setOfficer', { name: '' })).toEqual({ name: '', account: 'tester' });
    const third = await call(core, 'requests:create', requestInput({ requester: { ...requestInput().requester, name: 'Andi' } }));
    expect((await call(core, 'requests:timeline', { id: third.id })).map((e) => e.actor)).toEqual(['tester']);
  });

  it('refuses a name with control characters, in Indonesian', async () => {
    const core = testCore();
    const result = await core.handle('app:setOfficer', { name: 'Rina\u0007' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.message).toMatch(/Nama petugas/);
    expect(await call(core, 'app:officer', {})).toEqual({ name: '', account: 'tester' });
  });
});
