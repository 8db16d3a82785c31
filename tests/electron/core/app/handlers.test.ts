// app:now tells the renderer the core's clock, so forms default "now" to what the core will accept
// (the browser host's --now moves that clock away from the PC's).
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { runningClockFrom } from '../../../../electron/core/types';

describe('app:now', () => {
  it("answers the core's clock, not the PC's", async () => {
    const clock = fixedClock('2025-03-17T03:00:00Z');
    const core = testCore({ clock });
    expect(await call(core, 'app:now', {})).toEqual({ now: '2025-03-17T03:00:00.000Z' });
    clock.set('2025-03-18T01:30:00Z');
    expect(await call(core, 'app:now', {})).toEqual({ now: '2025-03-18T01:30:00.000Z' });
  });

  it('runs on from a --now start', async () => {
    const core = testCore({ clock: runningClockFrom(new Date('2024-06-03T02:00:00Z')) });
    const { now } = await call(core, 'app:now', {});
    const ms = Date.parse(now);
    expect(ms).toBeGreaterThanOrEqual(Date.parse('2024-06-03T02:00:00Z'));
    expect(ms).toBeLessThan(Date.parse('2024-06-03T02:01:00Z'));
  });
});
