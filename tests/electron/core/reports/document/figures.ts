// A realistic year of report figures, built by hand from a few numbers and checked against the
// contract's zod schema (the figures helper computes the real ones from the archive).
import { ReportFigures } from '../../../../../shared/ipc/channels/reports';
import { parsePeriod, periodMonths } from '../../../../../shared/domain/reports/period';

export interface FigureSeed {
  period?: string;
  /** Requests received per month (cycled over the period's months). */
  monthly?: number[];
  units?: Array<[string, number]>;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function buildFigures(seed: FigureSeed = {}): ReportFigures {
  const parsed = parsePeriod(seed.period ?? '2026');
  if (!parsed.ok) throw new Error(parsed.message);
  const period = parsed.period;
  const monthly = seed.monthly ?? [112, 98, 131, 87, 1204, 143, 120, 99, 150, 161, 138, 77];
  const by_month = periodMonths(period).map((month, i) => ({ month, received: monthly[i % monthly.length]! }));
  const received = sum(by_month.map((m) => m.received));
  // Split the total in fixed shares; the remainder goes to the first key, so every split adds up.
  const split = <K extends string>(keys: readonly K[], weights: number[], total: number) => {
    const w = sum(weights);
    const out = Object.fromEntries(keys.map((k, i) => [k, Math.floor((total * weights[i]!) / w)])) as Record<K, number>;
    out[keys[0]!] += total - sum(Object.values(out) as number[]);
    return out;
  };
  const units = seed.units ?? [['Bidang Informasi dan Komunikasi Publik', 0.4], ['Sekretariat', 0.25], ['Bidang Statistik', 0.2], ['', 0.15]];
  const unitCounts = split(units.map(([u]) => u), units.map(([, w]) => w), received);
  const decided = Math.round(received * 0.93);
  const decisions = split(['granted_full', 'granted_partial', 'refused'] as const, [71, 17, 12], decided);
  const figures = {
    period,
    generated_at: '2027-01-15T02:30:00.000Z',
    requests: {
      received,
      by_month,
      by_channel: split(['langsung', 'surat', 'email', 'website', 'telepon', 'media_sosial', 'whatsapp'] as const, [30, 12, 22, 18, 3, 5, 10], received),
      by_requester_kind: split(['perorangan', 'badan_hukum'] as const, [82, 18], received),
      by_unit: Object.entries(unitCounts).map(([unit, n]) => ({ unit, received: n })).sort((a, b) => b.received - a.received),
      ...decisions,
      refusal_reasons: split(
        ['ps17_h', 'ps17_a', 'ps17_b', 'ps17_c', 'ps17_d', 'ps17_e', 'ps17_f', 'ps17_g', 'ps17_i', 'ps17_j', 'other_law', 'not_held', 'not_documented'] as const,
        [40, 15, 6, 0, 2, 3, 0, 1, 18, 4, 5, 22, 9],
        Math.round(decisions.refused * 1.2),
      ),
      extended: Math.round(decided * 0.11),
      late: Math.round(decided * 0.03),
      withdrawn: Math.round(received * 0.02),
      open_at_end: received - decided - Math.round(received * 0.02),
      fulfilment_days: { count: decided, mean: 6.4, median: 5, max: 23, ...split(['within_10', 'within_17', 'later'] as const, [86, 11, 3], decided) },
    },
    objections: { received: 23, by_ground: { a: 9, b: 1, c: 5, d: 4, e: 2, f: 0, g: 3 }, answered: 21, answered_in_time: 19, upheld: 6, not_upheld: 14, withdrawn: 1, open_at_end: 2 },
    disputes: { registered: 4, by_outcome: { mediation_agreed: 1, adjudication_granted: 1, adjudication_granted_partly: 0, adjudication_refused: 1, withdrawn: 0, gugur: 0 }, in_court: 1, open_at_end: 1 },
    inquiries: { received: 57, by_priority: { biasa: 44, mendesak: 11, krisis: 2 }, answered: 55, answered_in_time: 51 },
    archive: { dip_by_category: { berkala: 148, serta_merta: 12, setiap_saat: 1310 }, exempt: 37, unclassified: 5, reviews_done: 8, reviews_overdue: 2 },
  };
  return ReportFigures.parse(figures);
}

export const NARRATIVE = {
  policy:
    'Pelayanan informasi publik di lingkungan Dinas Komunikasi dan Informatika diselenggarakan berdasarkan Keputusan Gubernur tentang Pejabat Pengelola Informasi dan Dokumentasi serta standar operasional prosedur pelayanan informasi.\n\nKebijakan pelayanan menekankan jawaban tertulis paling lama sepuluh hari kerja, uji konsekuensi untuk setiap informasi yang dikecualikan, dan pemutakhiran Daftar Informasi Publik setiap triwulan.',
  service:
    'Sarana dan prasarana: ruang pelayanan informasi di lantai dasar, komputer, pemindai, dan laman PPID.\n\nSumber daya manusia: delapan petugas, dua di antaranya telah mengikuti bimbingan teknis Komisi Informasi.\n\nAnggaran: Rp 245.000.000 dari APBD untuk operasional pelayanan, pelatihan, dan publikasi.',
  obstacles: '',
  recommendations: '- Menambah petugas meja layanan pada semester pertama.\n- Menyelesaikan uji konsekuensi yang tertunda.\n- Menyusun jadwal pemutakhiran DIP bersama unit pengolah.',
};
