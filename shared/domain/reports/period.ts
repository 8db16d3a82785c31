// Report periods as officers name them: a year "2026", a semester "2026-S1", a quarter "2026-Q3",
// a month "2026-11", or a range "2026-01-15..2026-06-30". Dates are office-local (WITA for
// Kaltim) and both ends are inclusive. UU KIP Ps 12 asks for a yearly report; semester and
// quarter reports are common practice (Perki 1/2021 Ps 56 lets a body report more often).
import { compareDates, isIsoDate, type IsoDate } from '../calendar/localDate';

export interface ReportPeriod {
  /** The text as normalised: "2026", "2026-S1", "2026-Q3", "2026-11" or "2026-01-15..2026-06-30". */
  key: string;
  kind: 'year' | 'semester' | 'quarter' | 'month' | 'range';
  /** First day, office-local, inclusive. */
  from: IsoDate;
  /** Last day, office-local, inclusive. */
  to: IsoDate;
  /** The Indonesian name printed on the report: "Tahun 2026", "Semester I 2026", "Triwulan III 2026", "November 2026", "15 Januari 2026 s.d. 30 Juni 2026". */
  label: string;
}

export const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export const PERIOD_HINT = 'Gunakan 2026 (tahun), 2026-S1 (semester), 2026-Q3 (triwulan), 2026-11 (bulan) atau 2026-01-01..2026-06-30 (rentang tanggal).';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthEnd = (year: number, month: number): IsoDate => `${year}-${pad(month)}-${pad(lastDay(year, month))}` as IsoDate;
const monthStart = (year: number, month: number): IsoDate => `${year}-${pad(month)}-01` as IsoDate;

function dayLabel(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

const yearOk = (y: number) => y >= 2000 && y <= 2199;

/** Parses a period; returns an Indonesian message (never throws) when the text is not one. */
export function parsePeriod(text: string): { ok: true; period: ReportPeriod } | { ok: false; message: string } {
  const t = text.trim().toUpperCase();
  let m: RegExpExecArray | null;
  const bad = (why: string) => ({ ok: false as const, message: `Periode "${text.trim()}" tidak dikenali: ${why} ${PERIOD_HINT}` });
  if ((m = /^(\d{4})$/.exec(t))) {
    const y = Number(m[1]);
    if (!yearOk(y)) return bad('tahun harus antara 2000 dan 2199.');
    return { ok: true, period: { key: `${y}`, kind: 'year', from: monthStart(y, 1), to: monthEnd(y, 12), label: `Tahun ${y}` } };
  }
  if ((m = /^(\d{4})-S([12])$/.exec(t))) {
    const y = Number(m[1]);
    const s = Number(m[2]);
    if (!yearOk(y)) return bad('tahun harus antara 2000 dan 2199.');
    const first = s === 1 ? 1 : 7;
    return { ok: true, period: { key: `${y}-S${s}`, kind: 'semester', from: monthStart(y, first), to: monthEnd(y, first + 5), label: `Semester ${ROMAN[s - 1]} ${y}` } };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(t)) || (m = /^(\d{4})-TW([1-4])$/.exec(t))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    if (!yearOk(y)) return bad('tahun harus antara 2000 dan 2199.');
    const first = (q - 1) * 3 + 1;
    return { ok: true, period: { key: `${y}-Q${q}`, kind: 'quarter', from: monthStart(y, first), to: monthEnd(y, first + 2), label: `Triwulan ${ROMAN[q - 1]} ${y}` } };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(t))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!yearOk(y)) return bad('tahun harus antara 2000 dan 2199.');
    if (mo < 1 || mo > 12) return bad('bulan harus 01 sampai 12.');
    return { ok: true, period: { key: `${y}-${pad(mo)}`, kind: 'month', from: monthStart(y, mo), to: monthEnd(y, mo), label: `${MONTHS_ID[mo - 1]} ${y}` } };
  }
  if ((m = /^(\S+)\s*\.\.\s*(\S+)$/.exec(t))) {
    const [from, to] = [m[1]!, m[2]!];
    if (!isIsoDate(from) || !isIsoDate(to)) return bad('kedua ujung rentang harus tanggal TTTT-BB-HH yang ada.');
    if (!yearOk(Number(from.slice(0, 4))) || !yearOk(Number(to.slice(0, 4)))) return bad('tahun harus antara 2000 dan 2199.');
    if (compareDates(from as IsoDate, to as IsoDate) > 0) return bad('tanggal awal sesudah tanggal akhir.');
    const f = from as IsoDate;
    const e = to as IsoDate;
    return { ok: true, period: { key: `${f}..${e}`, kind: 'range', from: f, to: e, label: `${dayLabel(f)} s.d. ${dayLabel(e)}` } };
  }
  return bad('bentuknya tidak dikenal.');
}

/** The months (YYYY-MM) a period touches, in order: the axis of "received by month". */
export function periodMonths(period: Pick<ReportPeriod, 'from' | 'to'>): string[] {
  const out: string[] = [];
  let y = Number(period.from.slice(0, 4));
  let m = Number(period.from.slice(5, 7));
  const endKey = period.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${pad(m)}`;
    out.push(key);
    if (key >= endKey) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The year whose narrative (policy, obstacles, ...) a period's report prints: the year it ends in. */
export function narrativeYearOf(period: Pick<ReportPeriod, 'to'>): number {
  return Number(period.to.slice(0, 4));
}
