// Hour clocks count wall-clock hours (nights and holidays included) and never run past the
// outlet's own deadline; the time left is said in words, not colour.
import { describe, expect, it } from 'vitest';
import {
  canMoveInquiry,
  currentDueMs,
  DEFAULT_INQUIRY_HOURS,
  inquiryClock,
  inquiryMoveProblem,
  minutesLeft,
  normalizeName,
  normalizePhone,
  timeLeftText,
} from '../../../../shared/domain/inquiries';

const at = (iso: string) => Date.parse(iso);

describe('inquiry hour clocks', () => {
  it('acknowledge in 1 h; answer a crisis in 2 h, urgent in 4 h, routine in 24 h — across midnight and weekends', () => {
    const friday2300 = at('2026-11-20T15:00:00Z'); // Friday 23:00 WITA
    for (const [priority, hours] of [['krisis', 2], ['mendesak', 4], ['biasa', 24]] as const) {
      const c = inquiryClock(friday2300, priority, DEFAULT_INQUIRY_HOURS, null);
      expect(c.ackDueMs).toBe(friday2300 + 3_600_000);
      expect(c.answerDueMs).toBe(friday2300 + hours * 3_600_000);
    }
  });

  it('is never later than the outlet deadline', () => {
    const received = at('2026-11-23T01:00:00Z');
    const deadline = at('2026-11-23T01:30:00Z');
    const c = inquiryClock(received, 'biasa', DEFAULT_INQUIRY_HOURS, deadline);
    expect(c).toEqual({ ackDueMs: deadline, answerDueMs: deadline });
    expect(inquiryClock(received, 'biasa', DEFAULT_INQUIRY_HOURS, at('2026-11-25T00:00:00Z')).answerDueMs).toBe(received + 24 * 3_600_000);
  });

  it('uses configured hours', () => {
    const received = at('2026-11-23T01:00:00Z');
    const c = inquiryClock(received, 'mendesak', { acknowledge: 0.5, answer: { krisis: 1, mendesak: 6, biasa: 48 } }, null);
    expect(c.ackDueMs - received).toBe(30 * 60_000);
    expect(c.answerDueMs - received).toBe(6 * 3_600_000);
  });

  it('counts the acknowledge clock while new, the answer clock after', () => {
    const c = { ackDueMs: 10, answerDueMs: 20 };
    expect(currentDueMs('baru', c)).toBe(10);
    expect(currentDueMs('ditugaskan', c)).toBe(20);
  });

  it('says the time left in Indonesian', () => {
    expect(timeLeftText(200)).toBe('sisa 3 jam 20 menit');
    expect(timeLeftText(-45)).toBe('terlambat 45 menit');
    expect(timeLeftText(120)).toBe('sisa 2 jam');
    expect(timeLeftText(0)).toBe('jatuh tempo sekarang');
    expect(minutesLeft(0, 90_000)).toBe(1);
    expect(minutesLeft(0, -30_000)).toBe(-1);
  });
});

describe('inquiry status machine', () => {
  it('allows only baru → ditugaskan → menunggu persetujuan → dijawab → selesai (and a draft sent back)', () => {
    expect(canMoveInquiry('baru', 'ditugaskan')).toBe(true);
    expect(canMoveInquiry('menunggu_persetujuan', 'ditugaskan')).toBe(true);
    expect(canMoveInquiry('baru', 'dijawab')).toBe(false);
    expect(canMoveInquiry('selesai', 'baru')).toBe(false);
    expect(inquiryMoveProblem('baru', 'dijawab')).toBe('Pertanyaan berstatus "baru" tidak dapat langsung menjadi "dijawab"; langkah berikutnya hanya "ditugaskan".');
  });
});

describe('directory keys', () => {
  it('treats case, punctuation and spacing alike, and +62 as 0', () => {
    expect(normalizeName('  Kaltim  POST ')).toBe(normalizeName('kaltim-post'));
    expect(normalizePhone('+62 811-5400-123')).toBe('08115400123');
    expect(normalizePhone('0811 5400 123')).toBe('08115400123');
    expect(normalizePhone('')).toBe('');
  });
});
