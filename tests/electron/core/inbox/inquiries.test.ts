// Press inquiries on the one inbox, Monday 23 Nov 2026 10:00 WITA. KIP items are due at the END of
// their due date; inquiries at an instant: an inquiry due in hours comes before a request due in
// days, an inquiry due today at 14:00 before a request due today, and a request overdue since
// Friday before both. Counted by hand on the 2026 calendar (no holidays 6-27 Nov).
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { requestInput } from '../../../helpers/requests';
import { inquiryInput } from '../../../helpers/inquiryInput';
import type { InboxItem } from '../../../../shared/ipc/channels/inbox';

const NOW = '2026-11-23T02:00:00Z';

async function scenario() {
  const core = testCore({ clock: fixedClock(NOW) });
  // Fri 6 Nov → due Fri 20 Nov: overdue.
  await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-06T09:00:00+08:00', requester: { name: 'Lama' } }));
  // Mon 9 Nov → due Mon 23 Nov: due today (end of day).
  await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-09T09:00:00+08:00', requester: { name: 'Hari Ini' } }));
  // Mon 16 Nov → due Mon 30 Nov: 5 working days.
  await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-16T09:00:00+08:00', requester: { name: 'Minggu Depan' } }));
  // Routine, received 09:00, assigned: answer due 09:00 tomorrow (24 h).
  const routine = await call(core, 'inquiries:create', inquiryInput({ priority: 'biasa', topic: 'Rutin', journalist: { name: 'Rutin', outlet: 'Radio A', outletType: 'radio' } }));
  await call(core, 'inquiries:move', { id: routine.id, to: 'ditugaskan', spokesperson: 'Humas' });
  // Urgent with the outlet's deadline at 14:00 today, assigned: due 14:00 (4 h from 10:00).
  const urgent = await call(core, 'inquiries:create', inquiryInput({ receivedAt: '2026-11-23T10:00:00+08:00', deadlineAt: '2026-11-23T14:00:00+08:00', topic: 'Mendesak' }));
  await call(core, 'inquiries:move', { id: urgent.id, to: 'ditugaskan', spokesperson: 'Kadis' });
  // Crisis, new, received 09:10: acknowledge by 10:10 (in 10 minutes).
  await call(core, 'inquiries:create', inquiryInput({ receivedAt: '2026-11-23T09:10:00+08:00', priority: 'krisis', topic: 'Krisis', journalist: { name: 'Budi', outlet: 'TV B', outletType: 'tv' } }));
  // Answered inquiries leave the inbox.
  const answered = await call(core, 'inquiries:create', inquiryInput({ topic: 'Sudah dijawab' }));
  await call(core, 'inquiries:move', { id: answered.id, to: 'ditugaskan', spokesperson: 'Humas' });
  await call(core, 'inquiries:move', { id: answered.id, to: 'menunggu_persetujuan', answer: 'Jawaban' });
  await call(core, 'inquiries:move', { id: answered.id, to: 'dijawab' });
  return core;
}

const brief = (items: InboxItem[]) => items.map((i) => `${i.kind}:${i.kind === 'inquiry' ? i.title : i.requesterName}`);

describe('inquiries in inbox:list', () => {
  it('orders by time left across kinds', async () => {
    const core = await scenario();
    const page = await call(core, 'inbox:list', {});
    expect(brief(page.items)).toEqual([
      'request:Lama',
      'inquiry:Krisis',
      'inquiry:Mendesak',
      'request:Hari Ini',
      'inquiry:Rutin',
      'request:Minggu Depan',
    ]);
    const urgent = page.items.find((i) => i.title === 'Mendesak')!;
    expect(urgent).toMatchObject({ dueAt: '2026-11-23T06:00:00.000Z', minutesLeft: 240, state: 'due_today', status: 'ditugaskan', officer: 'Kadis', receivedAt: '2026-11-23T02:00:00.000Z' });
    expect(page.items.find((i) => i.title === 'Rutin')).toMatchObject({ due: '2026-11-24', minutesLeft: 1380, state: 'due_soon' });
    expect(page.items.find((i) => i.requesterName === 'Hari Ini')).toMatchObject({ dueAt: null, minutesLeft: null });
  });

  it('shows an inquiry as late once its instant has passed', async () => {
    const core = await scenario();
    const later = testCore({ dataDir: core.dataDir, clock: fixedClock('2026-11-23T02:45:00Z') });
    const page = await call(later, 'inbox:list', { filters: { kind: 'inquiry' } });
    expect(page.items.map((i) => [i.title, i.minutesLeft, i.state])).toEqual([
      ['Krisis', -35, 'overdue'],
      ['Mendesak', 195, 'due_today'],
      ['Rutin', 1335, 'due_soon'],
    ]);
  });

  it('pages across kinds by cursor without repeats or gaps, and filters by status, officer and words', async () => {
    const core = await scenario();
    const all = (await call(core, 'inbox:list', {})).items.map((i) => `${i.kind}${i.id}`);
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(core, 'inbox:list', { limit: 1, ...(cursor ? { cursor } : {}) });
      walked.push(...page.items.map((i) => `${i.kind}${i.id}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(all);
    expect(brief((await call(core, 'inbox:list', { filters: { status: 'baru' } })).items)).toEqual(['inquiry:Krisis']);
    expect(brief((await call(core, 'inbox:list', { filters: { officer: 'Kadis' } })).items)).toEqual(['inquiry:Mendesak']);
    expect(brief((await call(core, 'inbox:list', { filters: { search: 'radio' } })).items)).toEqual(['inquiry:Rutin']);
    expect(brief((await call(core, 'inbox:list', { filters: { dueWithinDays: 0 } })).items)).toEqual(['request:Lama', 'inquiry:Krisis', 'inquiry:Mendesak', 'request:Hari Ini']);
  });
});
