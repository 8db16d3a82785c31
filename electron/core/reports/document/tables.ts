// Every table of the report, built once from the figures and printed three ways: formatted
// Indonesian text in the PDF/DOCX, real numbers in the XLSX (one sheet each). Section C and D
// follow Perki 1/2021 Ps 56 huruf c and d; the summary holds UU KIP Ps 12's four figures.
import { DISPUTE_OUTCOME_KEYS, GROUND_KEYS, REFUSAL_REASON_KEYS, type ReportFigures } from '../../../../shared/ipc/channels/reports';
import { MONTHS_ID } from '../../../../shared/domain/reports/period';
import { CHANNEL_LABEL, DIP_LABEL, DISPUTE_OUTCOME_LABEL, PRIORITY_TEXT, REQUESTER_KIND_LABEL, groundLabel, refusalLabel } from './labels';

/** count: a whole number; days: working days, one decimal; share: a fraction of 1 printed as %. */
export type CellKind = 'text' | 'count' | 'days' | 'share';
export type Cell = string | number | null;

export interface ReportTable {
  /** Stable id: the chart that draws it and the XLSX sheet refer to it. */
  id: string;
  /** Sheet name (at most 31 characters, Excel's limit). */
  sheet: string;
  title: string;
  columns: Array<{ header: string; kind: CellKind; widthPct: number }>;
  rows: Cell[][];
  /** Figure tables only: the kind of each row's value (days next to counts). */
  valueKinds?: CellKind[];
  /** The last row is a total (bold in the XLSX). */
  total?: boolean;
  note?: string;
}

const share = (part: number, total: number): number | null => (total > 0 ? part / total : null);

/** "2026-03" → "Maret 2026". */
export function monthLabel(month: string): string {
  return `${MONTHS_ID[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

function countTable(id: string, sheet: string, title: string, label: string, entries: Array<[string, number]>, total: number, withShare = true): ReportTable {
  const columns: ReportTable['columns'] = withShare
    ? [{ header: label, kind: 'text', widthPct: 60 }, { header: 'Jumlah', kind: 'count', widthPct: 20 }, { header: 'Persentase', kind: 'share', widthPct: 20 }]
    : [{ header: label, kind: 'text', widthPct: 75 }, { header: 'Jumlah', kind: 'count', widthPct: 25 }];
  const rows: Cell[][] = entries.map(([name, n]) => (withShare ? [name, n, share(n, total)] : [name, n]));
  rows.push(withShare ? ['Jumlah', total, share(total, total)] : ['Jumlah', total]);
  return { id, sheet, title, columns, rows, total: true };
}

function figureTable(id: string, sheet: string, title: string, rows: Array<[string, number | null, CellKind?]>, note?: string): ReportTable {
  // A list of single figures: a text column and a value column; days print with a decimal.
  const table: ReportTable = {
    id,
    sheet,
    title,
    columns: [{ header: 'Uraian', kind: 'text', widthPct: 75 }, { header: 'Jumlah', kind: 'count', widthPct: 25 }],
    rows: rows.map(([name, value]) => [name, value]),
  };
  const kinds = rows.map(([, , kind]) => kind ?? 'count');
  if (kinds.some((k) => k !== 'count')) table.valueKinds = kinds;
  if (note) table.note = note;
  return table;
}

/** The kind of one cell: its column's, or its row's in a figure table's value column. */
export function cellKindOf(table: ReportTable, row: number, column: number): CellKind {
  if (table.valueKinds && column === 1) return table.valueKinds[row] ?? 'count';
  return table.columns[column]!.kind;
}

export interface ReportTables {
  summary: ReportTable;
  byMonth: ReportTable;
  byChannel: ReportTable;
  byRequesterKind: ReportTable;
  byUnit: ReportTable;
  decisions: ReportTable;
  refusalReasons: ReportTable;
  fulfilment: ReportTable;
  fulfilmentDistribution: ReportTable;
  handling: ReportTable;
  inquiries: ReportTable;
  archive: ReportTable;
  objectionGrounds: ReportTable;
  objections: ReportTable;
  disputes: ReportTable;
}

export function reportTables(f: ReportFigures): ReportTables {
  const r = f.requests;
  const decided = r.granted_full + r.granted_partial + r.refused;
  const fd = r.fulfilment_days;
  const distributionTotal = fd.within_10 + fd.within_17 + fd.later;
  return {
    summary: figureTable('ringkasan', 'Ringkasan', 'Ringkasan (UU KIP Pasal 12)', [
      ['Permohonan informasi diterima', r.received],
      ['Permohonan diputus dalam periode', decided],
      ['Dikabulkan seluruhnya', r.granted_full],
      ['Dikabulkan sebagian', r.granted_partial],
      ['Ditolak', r.refused],
      ['Rata-rata waktu pemenuhan (hari kerja)', fd.mean, 'days'],
      ['Keberatan diterima', f.objections.received],
      ['Sengketa informasi didaftarkan di Komisi Informasi', f.disputes.registered],
      ['Pertanyaan media diterima', f.inquiries.received],
    ]),
    byMonth: countTable('per_bulan', 'Per bulan', 'Permohonan diterima per bulan', 'Bulan', r.by_month.map((m) => [monthLabel(m.month), m.received]), r.received, false),
    byChannel: countTable('saluran', 'Saluran', 'Permohonan diterima menurut saluran', 'Saluran', Object.entries(CHANNEL_LABEL).map(([k, label]) => [label, r.by_channel[k as keyof typeof CHANNEL_LABEL]]), r.received),
    byRequesterKind: countTable(
      'jenis_pemohon',
      'Jenis pemohon',
      'Permohonan diterima menurut jenis pemohon',
      'Jenis pemohon',
      Object.entries(REQUESTER_KIND_LABEL).map(([k, label]) => [label, r.by_requester_kind[k as keyof typeof REQUESTER_KIND_LABEL]]),
      r.received,
    ),
    byUnit: countTable('unit', 'Unit', 'Permohonan diterima menurut unit pengolah', 'Unit', r.by_unit.map((u) => [u.unit || '(tanpa unit)', u.received]), r.received),
    decisions: countTable(
      'keputusan',
      'Keputusan',
      'Keputusan atas permohonan (UU KIP Pasal 22 ayat (7))',
      'Keputusan',
      [
        ['Dikabulkan seluruhnya', r.granted_full],
        ['Dikabulkan sebagian', r.granted_partial],
        ['Ditolak', r.refused],
      ],
      decided,
    ),
    refusalReasons: {
      ...countTable('alasan_penolakan', 'Alasan penolakan', 'Alasan penolakan (UU KIP Pasal 17 dan Pasal 22 ayat (7))', 'Alasan', REFUSAL_REASON_KEYS.map((k) => [refusalLabel(k), r.refusal_reasons[k]]), REFUSAL_REASON_KEYS.reduce((s, k) => s + r.refusal_reasons[k], 0), false),
      note: 'Satu permohonan dapat ditolak dengan lebih dari satu alasan; setiap alasan dihitung.',
    },
    fulfilment: figureTable('waktu_pemenuhan', 'Waktu pemenuhan', 'Waktu pemenuhan permohonan (hari kerja)', [
      ['Permohonan yang diputus', fd.count],
      ['Rata-rata (hari kerja)', fd.mean, 'days'],
      ['Median (hari kerja)', fd.median, 'days'],
      ['Paling lama (hari kerja)', fd.max, 'days'],
    ]),
    fulfilmentDistribution: countTable(
      'sebaran_waktu',
      'Sebaran waktu',
      'Sebaran waktu pemenuhan (UU KIP Pasal 22 ayat (7) dan (8))',
      'Waktu pemenuhan',
      [
        ['Paling lama 10 hari kerja', fd.within_10],
        ['11 s.d. 17 hari kerja (dengan perpanjangan)', fd.within_17],
        ['Lebih dari 17 hari kerja', fd.later],
      ],
      distributionTotal,
    ),
    handling: figureTable('penanganan', 'Penanganan', 'Perpanjangan, keterlambatan, penarikan dan sisa permohonan', [
      ['Jangka waktu diperpanjang 7 hari kerja', r.extended],
      ['Dijawab melewati jangka waktu', r.late],
      ['Ditarik/dicabut pemohon', r.withdrawn],
      ['Belum selesai pada akhir periode', r.open_at_end],
    ]),
    inquiries: figureTable('pertanyaan_media', 'Pertanyaan media', 'Pertanyaan media (wartawan)', [
      ['Pertanyaan diterima', f.inquiries.received],
      ...Object.entries(PRIORITY_TEXT).map(([k, label]): [string, number] => [`Prioritas ${label.toLowerCase()}`, f.inquiries.by_priority[k as keyof typeof PRIORITY_TEXT]]),
      ['Dijawab', f.inquiries.answered],
      ['Dijawab dalam tenggat', f.inquiries.answered_in_time],
    ]),
    archive: figureTable(
      'arsip_dip',
      'Arsip DIP',
      'Daftar Informasi Publik (DIP) menurut kategori',
      [
        ...Object.entries(DIP_LABEL).map(([k, label]): [string, number] => [label, f.archive.dip_by_category[k as keyof typeof DIP_LABEL]]),
        ['Informasi dikecualikan (Pasal 17)', f.archive.exempt],
        ['Belum diklasifikasikan', f.archive.unclassified],
        ['Uji konsekuensi ditinjau ulang dalam periode', f.archive.reviews_done],
        ['Peninjauan ulang yang lewat waktu', f.archive.reviews_overdue],
      ],
      'Keadaan arsip pada saat laporan dibuat.',
    ),
    objectionGrounds: {
      ...countTable('alasan_keberatan', 'Alasan keberatan', 'Keberatan menurut alasan (UU KIP Pasal 35 ayat (1))', 'Alasan keberatan', GROUND_KEYS.map((k) => [groundLabel(k), f.objections.by_ground[k]]), GROUND_KEYS.reduce((s, k) => s + f.objections.by_ground[k], 0), false),
      note: 'Satu keberatan dapat diajukan dengan lebih dari satu alasan; setiap alasan dihitung.',
    },
    objections: figureTable('keberatan', 'Keberatan', 'Penyelesaian keberatan oleh atasan PPID', [
      ['Keberatan diterima', f.objections.received],
      ['Ditanggapi', f.objections.answered],
      ['Ditanggapi paling lama 30 hari kerja (UU KIP Pasal 36 ayat (2))', f.objections.answered_in_time],
      ['Dikabulkan (seluruhnya atau sebagian)', f.objections.upheld],
      ['Tidak dikabulkan', f.objections.not_upheld],
      ['Ditarik', f.objections.withdrawn],
      ['Belum selesai pada akhir periode', f.objections.open_at_end],
    ]),
    disputes: figureTable('sengketa', 'Sengketa', 'Sengketa informasi publik di Komisi Informasi', [
      ['Sengketa didaftarkan', f.disputes.registered],
      ...DISPUTE_OUTCOME_KEYS.map((k): [string, number] => [DISPUTE_OUTCOME_LABEL[k], f.disputes.by_outcome[k]]),
      ['Berlanjut ke pengadilan (PTUN/PN, kasasi; UU KIP Pasal 47-50)', f.disputes.in_court],
      ['Belum selesai pada akhir periode', f.disputes.open_at_end],
    ]),
  };
}

/** Every table, in the order the report prints them (the summary first). */
export function tableList(tables: ReportTables): ReportTable[] {
  return Object.values(tables) as ReportTable[];
}
