// The legal clocks of UU No. 14 Tahun 2008 (UU KIP) and Perki No. 1 Tahun 2021, all in working
// days (hari kerja). Each number is written once, here, next to the article that sets it.

export const CLOCK_IDS = ['request', 'extension', 'objection-window', 'objection-answer', 'dispute'] as const;
export type ClockId = (typeof CLOCK_IDS)[number];

export interface ClockDef {
  id: ClockId;
  workingDays: number;
  /** Where the number comes from, as the officer may cite it. */
  basis: string;
  /** What the clock measures, e.g. 'pemberitahuan tertulis atas permohonan'. */
  label: string;
  /** What happened on the start date, e.g. 'Permohonan diterima'. */
  startEvent: string;
  /** True when `from` must be a bare date (the clock continues another one, not an event). */
  dateOnly: boolean;
}

export const CLOCKS: Record<ClockId, ClockDef> = {
  // UU KIP Ps 22(7): written notice within 10 working days of receiving the request.
  request: {
    id: 'request',
    workingDays: 10,
    basis: 'UU KIP Pasal 22 ayat (7)',
    label: 'pemberitahuan tertulis atas permohonan informasi',
    startEvent: 'Permohonan diterima',
    dateOnly: false,
  },
  // UU KIP Ps 22(8): one extension of at most 7 working days, with written reasons, running on
  // from the end of the first 10 — so `from` is the original due date.
  extension: {
    id: 'extension',
    workingDays: 7,
    basis: 'UU KIP Pasal 22 ayat (8)',
    label: 'perpanjangan jangka waktu pemberitahuan tertulis',
    startEvent: 'Jangka waktu semula berakhir',
    dateOnly: true,
  },
  // UU KIP Ps 35 and 36(1); Perki 1/2021 Ps 39: the requester files an objection within 30
  // working days of the ground arising (refusal, no answer, late answer, ...).
  'objection-window': {
    id: 'objection-window',
    workingDays: 30,
    basis: 'UU KIP Pasal 35 dan Pasal 36 ayat (1); Perki No. 1 Tahun 2021 Pasal 39',
    label: 'pengajuan keberatan oleh pemohon',
    startEvent: 'Alasan keberatan timbul',
    dateOnly: false,
  },
  // UU KIP Ps 36(2): the Atasan PPID answers within 30 working days of registering the objection.
  'objection-answer': {
    id: 'objection-answer',
    workingDays: 30,
    basis: 'UU KIP Pasal 36 ayat (2)',
    label: 'tanggapan atasan PPID atas keberatan',
    startEvent: 'Keberatan dicatat',
    dateOnly: false,
  },
  // UU KIP Ps 37(2): the requester takes the dispute to the Komisi Informasi within 14 working
  // days of receiving the Atasan's answer (or of the 30 days lapsing unanswered).
  dispute: {
    id: 'dispute',
    workingDays: 14,
    basis: 'UU KIP Pasal 37 ayat (2)',
    label: 'pengajuan sengketa informasi ke Komisi Informasi',
    startEvent: 'Tanggapan atasan PPID diterima',
    dateOnly: false,
  },
};

export function isClockId(value: unknown): value is ClockId {
  return typeof value === 'string' && (CLOCK_IDS as readonly string[]).includes(value);
}
