// Failed logins counted per client address at the host, on top of the core's per-username
// throttle: one workstation guessing many usernames is stopped too. Only failures count, so an
// office whose officers share an address (all of 127.0.0.1 in the loopback mode) is not locked out
// by ordinary logins.
export interface LoginLimitOptions {
  /** Failed attempts allowed within the window. */
  attempts: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMIT: LoginLimitOptions = { attempts: 10, windowMs: 5 * 60_000 };

export interface LoginLimiter {
  /** Milliseconds to wait before this address may try again; 0 when it may try now. */
  retryAfter(address: string, now: number): number;
  recordFailure(address: string, now: number): void;
}

export function createLoginLimiter(options: LoginLimitOptions = DEFAULT_LOGIN_LIMIT): LoginLimiter {
  const failures = new Map<string, number[]>();
  const recent = (address: string, now: number) => {
    const kept = (failures.get(address) ?? []).filter((at) => now - at < options.windowMs);
    if (kept.length === 0) failures.delete(address);
    else failures.set(address, kept);
    return kept;
  };
  return {
    retryAfter(address, now) {
      const kept = recent(address, now);
      if (kept.length < options.attempts) return 0;
      return options.windowMs - (now - kept[kept.length - options.attempts]!);
    },
    recordFailure(address, now) {
      const kept = recent(address, now);
      kept.push(now);
      failures.set(address, kept);
      // Bounded memory: a scan of many addresses forgets the oldest ones first.
      if (failures.size > 10_000) failures.delete(failures.keys().next().value!);
    },
  };
}

export function tooManyLoginsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Terlalu banyak percobaan masuk yang gagal dari komputer ini. Coba lagi dalam ${minutes} menit.`;
}
