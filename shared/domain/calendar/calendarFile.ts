// The holiday calendar as data: the shipped table (data/id-2024-2026.ts) and any file an
// administrator loads or edits have this one shape, checked by this one schema. Decrees change
// mid-year (e.g. 18 Aug 2025 was added in August), so the calendar is data, versioned, and every
// date cites its decree (DOMAIN.md, "Working days").
import { z } from '../../ipc/zod';
import { cleanText } from '../../ipc/text';
import { isIsoDate } from './localDate';

export const DAY_KINDS = ['libur_nasional', 'cuti_bersama', 'lokal'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** How each kind is named to the officer. */
export const DAY_KIND_LABEL: Record<DayKind, string> = {
  libur_nasional: 'libur nasional',
  cuti_bersama: 'cuti bersama',
  lokal: 'libur lokal',
};

// Names and decree numbers are printed in every deadline's explanation: one clean line each.
const requiredText = (label: string, max: number) => cleanText(label, max, 'line', true);

const IsoDateField = z.string({ error: 'Tanggal wajib diisi dalam bentuk TTTT-BB-HH.' }).superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: `Tanggal "${value}" harus berbentuk TTTT-BB-HH, mis. 2026-03-18.` });
  } else if (!isIsoDate(value)) {
    ctx.addIssue({ code: 'custom', message: `Tanggal ${value} tidak ada di kalender.` });
  }
});

export const CalendarDay = z.object({
  date: IsoDateField,
  kind: z.enum(DAY_KINDS, { error: 'Jenis hari harus libur_nasional, cuti_bersama atau lokal.' }),
  name: requiredText('Nama hari libur', 200),
  basis: requiredText('Dasar hukum (nomor keputusan)', 300),
});
export type CalendarDay = z.output<typeof CalendarDay>;

export const CalendarFile = z
  .object({
    version: requiredText('Versi kalender', 60),
    days: z
      .array(CalendarDay, { error: 'Daftar hari (days) wajib berupa daftar.' })
      // A few hundred days covers decades; the cap stops a wrong file from freezing the app.
      .max(5000, { error: 'Kalender paling banyak 5000 hari.' }),
  })
  .superRefine((file, ctx) => {
    // One entry per date: two entries would make "why is this day off?" ambiguous, and an
    // administrator who adds a local day on a national holiday has most likely mistyped it.
    const firstIndex = new Map<string, number>();
    file.days.forEach((day, index) => {
      const first = firstIndex.get(day.date);
      if (first === undefined) {
        firstIndex.set(day.date, index);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        path: ['days', index, 'date'],
        message: `Tanggal ${day.date} tercantum lebih dari sekali (entri ke-${first + 1} dan ke-${index + 1}).`,
      });
    });
  });
export type CalendarData = z.output<typeof CalendarFile>;

export type CalendarFileResult = { ok: true; value: CalendarData } | { ok: false; errors: string[] };

/** Validates a parsed JSON value; errors are Indonesian sentences naming the entry at fault. */
export function parseCalendarFile(input: unknown): CalendarFileResult {
  const parsed = CalendarFile.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => `${describePath(issue.path)}${issue.message}`) };
}

/** ['days', 3, 'date'] → 'Entri ke-4 (date): ' so that an administrator finds the line. */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  const [head, index, field] = path;
  if (head === 'days' && typeof index === 'number') {
    return field === undefined ? `Entri ke-${index + 1}: ` : `Entri ke-${index + 1} (${String(field)}): `;
  }
  return `${path.map(String).join('.')}: `;
}
