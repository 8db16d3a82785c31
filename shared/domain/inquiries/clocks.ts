// Hour clocks of a journalist's inquiry. Unlike the KIP clocks (working days, UU KIP Ps 22) these
// count wall-clock hours, nights and holidays included: a newsroom deadline does not wait for
// Monday. Each due instant is capped by the outlet's own deadline (DOMAIN.md, "Media inquiries").
import type { Priority } from './fields';

export interface InquiryHours {
  /** Acknowledge receipt (assign it) within this many hours, whatever the priority. */
  acknowledge: number;
  answer: Record<Priority, number>;
}

/** Office habit, not law: acknowledge within 1 h; answer a crisis in 2 h, urgent in 4 h, routine in 24 h. */
export const DEFAULT_INQUIRY_HOURS: InquiryHours = { acknowledge: 1, answer: { krisis: 2, mendesak: 4, biasa: 24 } };
export const MAX_CLOCK_HOURS = 24 * 14;

const HOUR_MS = 3_600_000;

export interface InquiryClock {
  ackDueMs: number;
  answerDueMs: number;
}

/** Both due instants; never later than the outlet's deadline when one is given. */
export function inquiryClock(receivedMs: number, priority: Priority, hours: InquiryHours, outletDeadlineMs: number | null): InquiryClock {
  const cap = (ms: number) => (outletDeadlineMs === null ? ms : Math.min(ms, outletDeadlineMs));
  return {
    ackDueMs: cap(receivedMs + hours.acknowledge * HOUR_MS),
    answerDueMs: cap(receivedMs + hours.answer[priority] * HOUR_MS),
  };
}

/** The clock that counts now: acknowledging while new, then answering. */
export function currentDueMs(status: string, clock: InquiryClock): number {
  return status === 'baru' ? Math.min(clock.ackDueMs, clock.answerDueMs) : clock.answerDueMs;
}

/** Whole minutes from now to due (negative when late), rounded toward "less time left". */
export function minutesLeft(nowMs: number, dueMs: number): number {
  return Math.floor((dueMs - nowMs) / 60_000);
}

function span(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} menit`;
  return m === 0 ? `${h} jam` : `${h} jam ${m} menit`;
}

/** "sisa 3 jam 20 menit", "terlambat 45 menit", "jatuh tempo sekarang": text, never colour alone. */
export function timeLeftText(minutes: number): string {
  if (minutes === 0) return 'jatuh tempo sekarang';
  return minutes > 0 ? `sisa ${span(minutes)}` : `terlambat ${span(-minutes)}`;
}

export function timeLeftTextEn(minutes: number): string {
  const s = (n: number) => {
    const h = Math.floor(n / 60);
    const m = n % 60;
    if (h === 0) return `${m} min`;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  };
  if (minutes === 0) return 'due now';
  return minutes > 0 ? `${s(minutes)} left` : `${s(-minutes)} late`;
}
