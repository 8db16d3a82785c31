// Which automatic backups to keep: the newest of each of the last 7 days that have one, of the
// last 4 weeks (ISO weeks) and of the last 12 months, days counted in the office's zone. A pure
// function over names and times, so the rule is tested without files; the caller deletes.
import { Temporal } from 'temporal-polyfill';
import { localDateOf } from '../../../shared/domain/requests/instant';

export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

export interface BackupStamp {
  name: string;
  /** When it was made (epoch ms). */
  at: number;
}

export interface Rotation {
  keep: string[];
  remove: string[];
}

type Period = (date: Temporal.PlainDate) => string;

const PERIODS: Record<keyof typeof KEEP, Period> = {
  daily: (d) => d.toString(),
  weekly: (d) => `${d.yearOfWeek}-W${String(d.weekOfYear).padStart(2, '0')}`,
  monthly: (d) => d.toString().slice(0, 7),
};

/** Splits `backups` into those to keep and those to remove; newest first in both lists. */
export function rotate(backups: readonly BackupStamp[], zone: string, keep: Record<keyof typeof KEEP, number> = KEEP): Rotation {
  const sorted = [...backups].sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1));
  const dates = sorted.map((b) => Temporal.PlainDate.from(localDateOf(b.at, zone)));
  const kept = new Set<string>();
  for (const rule of Object.keys(PERIODS) as (keyof typeof KEEP)[]) {
    let last: string | null = null;
    let taken = 0;
    sorted.forEach((backup, i) => {
      const key = PERIODS[rule](dates[i]!);
      if (key === last) return;
      last = key;
      if (taken < keep[rule]) {
        kept.add(backup.name);
        taken += 1;
      }
    });
  }
  return { keep: sorted.filter((b) => kept.has(b.name)).map((b) => b.name), remove: sorted.filter((b) => !kept.has(b.name)).map((b) => b.name) };
}
