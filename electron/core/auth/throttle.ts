// Sign-in throttling per username (issue 14): after FREE_FAILURES wrong passwords the username is
// refused for 1 minute, doubling with each further failure up to 30 minutes. Time comes from the
// core's clock (tests move it). Unknown usernames are throttled the same way, so the refusal does
// not tell which usernames exist.
import type { Db } from '../db/connection';
import { AppError } from '../errors';

export const FREE_FAILURES = 5;
const FIRST_LOCK_MS = 60_000;
const MAX_LOCK_MS = 30 * 60_000;

export function lockMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES));
}

export function throttledMessage(ms: number): string {
  return `Terlalu banyak percobaan; coba lagi dalam ${Math.max(1, Math.ceil(ms / 60_000))} menit.`;
}

interface Row {
  failures: number;
  locked_until: string | null;
}

/** Throws AppError('forbidden') while `username` is locked out. */
export function assertNotThrottled(db: Db, username: string, now: Date): void {
  const row = db.prepare('SELECT failures, locked_until FROM login_attempts WHERE username = ?').get(username) as Row | undefined;
  if (!row?.locked_until) return;
  const left = Date.parse(row.locked_until) - now.getTime();
  if (left > 0) throw new AppError('forbidden', throttledMessage(left));
}

export function recordFailure(db: Db, username: string, now: Date): number {
  const row = db.prepare('SELECT failures FROM login_attempts WHERE username = ?').get(username) as { failures: number } | undefined;
  const failures = (row?.failures ?? 0) + 1;
  const ms = lockMs(failures);
  const lockedUntil = ms > 0 ? new Date(now.getTime() + ms).toISOString() : null;
  db.prepare(
    `INSERT INTO login_attempts (username, failures, last_failure, locked_until) VALUES (?, ?, ?, ?)
     ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure, locked_until = excluded.locked_until`,
  ).run(username, failures, now.toISOString(), lockedUntil);
  return failures;
}

export function clearFailures(db: Db, username: string): void {
  db.prepare('DELETE FROM login_attempts WHERE username = ?').run(username);
}
