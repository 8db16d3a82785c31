// Fulfilment time counted by hand on the 2026 calendar: the request clock's day 0 (after the 16:00
// cutoff and across Nyepi / Idul Fitri and their cuti bersama), so that the report's days are the
// deadline's days.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { requestInput } from '../../../helpers/requests';

describe('requests.fulfilment_days', () => {
  it('counts from the clock’s day 0, skipping the Nyepi and Idul Fitri days off of March 2026', async () => {
    const clock = fixedClock('2026-03-17T09:00:00Z');
    const core = testCore({ clock });
    // Tue 17 Mar 16:30 WITA: after the cutoff. 18 (cuti bersama), 19 (Nyepi), 20 (cuti bersama), 21-22
    // (Idul Fitri, weekend), 23-24 (cuti bersama) are off: day 0 is Wed 25 Mar.
    const late = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T16:30:00+08:00' }));
    // Tue 17 Mar 10:00: day 0 is 17 Mar itself.
    const early = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00+08:00' }));
    clock.set('2026-03-27T02:00:00Z');
    for (const { id } of [late, early]) {
      await call(core, 'requests:transition', { id, to: 'in_process', note: '' });
      await call(core, 'requests:transition', { id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', noticeDate: '2026-03-26' });
    }
    const figures = await call(core, 'reports:figures', { period: '2026-03' });
    // 25 → 26 Mar: 1 working day; 17 → 26 Mar: 25, 26 = 2 working days.
    expect(figures.requests.fulfilment_days).toEqual({ count: 2, mean: 1.5, median: 1.5, max: 2, within_10: 2, within_17: 0, later: 0 });
    expect(figures.requests.late).toBe(0);
  });
});
