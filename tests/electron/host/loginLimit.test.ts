import { describe, expect, it } from 'vitest';
import { createLoginLimiter, tooManyLoginsMessage } from '../../../electron/host/loginLimit';

describe('login limit per client address', () => {
  it('lets 10 failures through in 5 minutes, then asks to wait until the oldest leaves the window', () => {
    const limiter = createLoginLimiter({ attempts: 10, windowMs: 300_000 });
    for (let i = 0; i < 10; i++) {
      expect(limiter.retryAfter('10.0.0.5', i * 1000)).toBe(0);
      limiter.recordFailure('10.0.0.5', i * 1000);
    }
    expect(limiter.retryAfter('10.0.0.5', 10_000)).toBe(290_000);
    // Another workstation is not affected.
    expect(limiter.retryAfter('10.0.0.6', 10_000)).toBe(0);
    // Once the first failure is 5 minutes old, one more try is allowed.
    expect(limiter.retryAfter('10.0.0.5', 300_000)).toBe(0);
  });

  it('says how many minutes to wait, in Indonesian', () => {
    expect(tooManyLoginsMessage(290_000)).toBe('Terlalu banyak percobaan masuk yang gagal dari komputer ini. Coba lagi dalam 5 menit.');
    expect(tooManyLoginsMessage(1_000)).toContain('dalam 1 menit');
  });
});
