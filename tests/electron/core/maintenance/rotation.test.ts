// Rotation of automatic backups: 7 daily, 4 weekly, 12 monthly, days in the office's zone.
import { describe, expect, it } from 'vitest';
import { KEEP, rotate, type BackupStamp } from '../../../../electron/core/maintenance/rotation';

const WITA = 'Asia/Makassar';
const DAY = 24 * 60 * 60 * 1000;

/** One backup at 01:00 UTC (09:00 WITA) on each of `days` consecutive days ending at `last`. */
function daily(last: string, days: number): BackupStamp[] {
  const end = Date.parse(`${last}T01:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const at = end - i * DAY;
    return { name: `b-${new Date(at).toISOString().slice(0, 10)}`, at };
  });
}

describe('rotate', () => {
  it('keeps everything while there are fewer backups than the rules keep', () => {
    const backups = daily('2026-11-23', 5);
    expect(rotate(backups, WITA)).toEqual({ keep: backups.map((b) => b.name), remove: [] });
  });

  it('keeps the newest of each day: two backups on one day leave one', () => {
    const morning = { name: 'pagi', at: Date.parse('2026-11-23T00:30:00Z') };
    const evening = { name: 'sore', at: Date.parse('2026-11-23T08:00:00Z') };
    expect(rotate([morning, evening], WITA)).toEqual({ keep: ['sore'], remove: ['pagi'] });
  });

  it('counts days in the office zone: 15:30 UTC and 16:30 UTC are two WITA days', () => {
    const a = { name: 'a', at: Date.parse('2026-11-22T15:30:00Z') }; // 23:30 WITA, 22 Nov
    const b = { name: 'b', at: Date.parse('2026-11-22T16:30:00Z') }; // 00:30 WITA, 23 Nov
    expect(rotate([a, b], WITA).remove).toEqual([]);
    expect(rotate([a, b], 'UTC').remove).toEqual(['a']);
  });

  it('over 400 days of daily backups keeps 7 days, then one a week for 4 weeks, then one a month for 12 months', () => {
    const backups = daily('2026-11-23', 400); // Monday 23 Nov 2026 back to Oct 2025
    const { keep, remove } = rotate(backups, WITA);
    expect(keep.length + remove.length).toBe(400);
    // The 7 newest days.
    expect(keep.slice(0, 7)).toEqual(backups.slice(0, 7).map((b) => b.name));
    // Weekly: the newest of each of the 4 newest ISO weeks (this week's Monday is already daily).
    for (const name of ['b-2026-11-22', 'b-2026-11-15', 'b-2026-11-08']) expect(keep).toContain(name);
    // Monthly: the newest (last day) of each of the 12 newest months.
    for (const name of ['b-2026-10-31', 'b-2026-09-30', 'b-2026-01-31', 'b-2025-12-31']) expect(keep).toContain(name);
    expect(keep).not.toContain('b-2025-11-30'); // the 13th month back
    expect(keep).not.toContain('b-2026-11-10'); // a weekday in an older week
    // No more than the three rules allow, and never fewer than the daily rule alone.
    expect(keep.length).toBeLessThanOrEqual(KEEP.daily + KEEP.weekly + KEEP.monthly);
    expect(keep.length).toBeGreaterThan(KEEP.daily + 3);
    // Removing what it says to remove and rotating again changes nothing.
    const kept = backups.filter((b) => keep.includes(b.name));
    expect(rotate(kept, WITA).remove).toEqual([]);
  });

  it('after a gap keeps the newest 7 days that have a backup, however old', () => {
    const old = daily('2026-01-10', 10);
    const { keep } = rotate(old, WITA);
    expect(keep.slice(0, 7)).toEqual(old.slice(0, 7).map((b) => b.name));
  });

  it('takes custom counts', () => {
    const backups = daily('2026-11-23', 10);
    expect(rotate(backups, WITA, { daily: 2, weekly: 0, monthly: 0 }).keep).toEqual(backups.slice(0, 2).map((b) => b.name));
  });
});
