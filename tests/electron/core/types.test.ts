import { describe, expect, it } from 'vitest';
import { runningClockFrom, type Clock } from '../../../electron/core/types';

describe('runningClockFrom (the host --now clock)', () => {
  it('starts at the given instant and then runs on with real time', () => {
    let real = Date.parse('2026-11-23T05:00:00Z');
    const base: Clock = { now: () => new Date(real) };
    const clock = runningClockFrom(new Date('2026-03-17T11:00:00+08:00'), base);
    expect(clock.now().toISOString()).toBe('2026-03-17T03:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2026-03-17T03:01:30.000Z');
  });
});
