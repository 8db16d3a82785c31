// The working-day calendar in use: the shipped holidays plus the local days an administrator adds.
// A change recomputes the deadlines of open cases in the same transaction.
import { z } from '../zod';
import { defineChannels } from '../define';
import { LocalDate, requiredText } from '../fields';
import { DAY_KINDS } from '../../domain/calendar/calendarFile';

export const CalendarDayView = z.object({
  date: z.string(),
  kind: z.enum(DAY_KINDS),
  name: z.string(),
  basis: z.string(),
});

export const LocalDayView = CalendarDayView.extend({ addedAt: z.string(), addedBy: z.string() });

/** A shipped day off the office counts as a working day, with the decree that took it back. */
export const CancelledDayView = z.object({ date: z.string(), kind: z.enum(DAY_KINDS), name: z.string(), basis: z.string(), addedAt: z.string(), addedBy: z.string() });

export const CalendarView = z.object({
  /** The effective version recorded with each deadline, e.g. 'id-2024-2026.1+lokal.3' (and '+cb-kerja' when cuti bersama counts as working days). */
  version: z.string(),
  shippedVersion: z.string(),
  /** How many times local days were changed. */
  localRevision: z.number().int(),
  cutiBersamaIsDayOff: z.boolean(),
  coveredYears: z.array(z.number().int()),
  /** Every day off in the data (weekends not listed), by date. */
  days: z.array(CalendarDayView),
  localDays: z.array(LocalDayView),
  cancelledDays: z.array(CancelledDayView),
});
export type CalendarView = z.infer<typeof CalendarView>;

export const CalendarChange = z.object({
  version: z.string(),
  /** Open cases whose deadlines were recomputed, and how many of them moved. */
  recomputed: z.object({
    requests: z.number().int(),
    objections: z.number().int(),
    disputes: z.number().int(),
    changed: z.number().int(),
  }),
});
export type CalendarChange = z.infer<typeof CalendarChange>;

export const calendarChannels = defineChannels({
  'calendar:get': {
    summary: 'Kalender hari kerja yang berlaku: hari libur bawaan, hari libur lokal dan versinya.',
    input: z.object({}).strict(),
    output: CalendarView,
  },
  'calendar:addDay': {
    summary:
      'Tambah hari libur: libur lokal (mis. hari pemungutan suara daerah), atau libur nasional/cuti bersama yang digeser atau ditambah keputusan baru; tenggat kasus terbuka dihitung ulang.',
    input: z.object({
      date: LocalDate('Tanggal'),
      kind: z.enum(DAY_KINDS, { error: 'Jenis hari libur harus libur nasional, cuti bersama atau libur lokal.' }).default('lokal'),
      name: requiredText('Nama hari libur', 200),
      basis: requiredText('Dasar penetapan (nomor keputusan)', 300),
    }),
    output: CalendarChange,
  },
  'calendar:setCutiBersama': {
    summary: 'Atur apakah cuti bersama dihitung sebagai hari libur (bawaan: ya); tenggat kasus terbuka dihitung ulang.',
    input: z.object({ dayOff: z.boolean({ error: 'Pilihan cuti bersama harus ya atau tidak.' }) }).strict(),
    output: CalendarChange,
  },
  'calendar:removeDay': {
    summary: 'Hapus hari libur yang ditambahkan kantor; tenggat kasus terbuka dihitung ulang.',
    input: z.object({ date: LocalDate('Tanggal') }),
    output: CalendarChange,
  },
  'calendar:cancelShippedDay': {
    summary: 'Batalkan hari libur bawaan (mis. digeser oleh SKB perubahan): hari itu dihitung hari kerja; tenggat kasus terbuka dihitung ulang.',
    input: z.object({ date: LocalDate('Tanggal'), basis: requiredText('Dasar pembatalan (nomor keputusan)', 300) }),
    output: CalendarChange,
  },
  'calendar:restoreShippedDay': {
    summary: 'Pulihkan hari libur bawaan yang dibatalkan; tenggat kasus terbuka dihitung ulang.',
    input: z.object({ date: LocalDate('Tanggal') }),
    output: CalendarChange,
  },
});
