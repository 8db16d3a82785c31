// reports:* in the fake backend: figures and the cases behind them as a test sets them per period
// (zero everywhere else), narratives kept per year with the core's stale-save refusal, and exports
// as small files named after the period.
import { parsePeriod, periodMonths } from '../../../shared/domain/reports/period';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { NARRATIVE_KEYS, type NarrativeSections, type ReportCase, type ReportFigures } from '../../../shared/ipc/channels/reports';
import { FakeRefusal } from './fakeRefusal';
import type { FakeState } from './fakeTransport';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

interface SavedNarrative {
  sections: NarrativeSections;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

export interface ReportsState {
  figures: Map<string, ReportFigures>;
  /** "period|figure" → the cases behind it. */
  cases: Map<string, ReportCase[]>;
  narratives: Map<number, SavedNarrative>;
  exports: { period: string; format: string }[];
}

export function reportsState(state: FakeState): ReportsState {
  const holder = state.cases as FakeState['cases'] & { reportsState?: ReportsState };
  return (holder.reportsState ??= { figures: new Map(), cases: new Map(), narratives: new Map(), exports: [] });
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Every figure zero for the period (its months listed, as the core lists them). */
export function emptyFigures(periodText: string): ReportFigures {
  const parsed = parsePeriod(periodText);
  if (!parsed.ok) throw new Error(parsed.message);
  const p = parsed.period;
  return {
    period: { key: p.key, kind: p.kind, from: p.from, to: p.to, label: p.label },
    generated_at: '2026-03-17T03:00:00.000Z',
    requests: {
      received: 0,
      by_month: periodMonths(p).map((month) => ({ month, received: 0 })),
      by_channel: zeros(['langsung', 'surat', 'email', 'website', 'telepon', 'media_sosial', 'whatsapp']),
      by_requester_kind: zeros(['perorangan', 'badan_hukum']),
      by_unit: [],
      granted_full: 0,
      granted_partial: 0,
      refused: 0,
      refusal_reasons: zeros(['ps17_a', 'ps17_b', 'ps17_c', 'ps17_d', 'ps17_e', 'ps17_f', 'ps17_g', 'ps17_h', 'ps17_i', 'ps17_j', 'other_law', 'not_held', 'not_documented']),
      extended: 0,
      late: 0,
      withdrawn: 0,
      open_at_end: 0,
      fulfilment_days: { count: 0, mean: null, median: null, max: null, within_10: 0, within_17: 0, later: 0 },
    },
    objections: { received: 0, by_ground: zeros(['a', 'b', 'c', 'd', 'e', 'f', 'g']), answered: 0, answered_in_time: 0, upheld: 0, not_upheld: 0, withdrawn: 0, open_at_end: 0 },
    disputes: { registered: 0, by_outcome: zeros(['mediation_agreed', 'adjudication_granted', 'adjudication_granted_partly', 'adjudication_refused', 'withdrawn', 'gugur']), in_court: 0, open_at_end: 0 },
    inquiries: { received: 0, by_priority: zeros(['biasa', 'mendesak', 'krisis']), answered: 0, answered_in_time: 0 },
    archive: { dip_by_category: zeros(['berkala', 'serta_merta', 'setiap_saat']), exempt: 0, unclassified: 0, reviews_done: 0, reviews_overdue: 0 },
  };
}

function merge<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (patch === undefined) return base;
  if (Array.isArray(base) || typeof base !== 'object' || base === null) return patch as T;
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch as object)) out[k] = merge((base as Record<string, unknown>)[k], v as never);
  return out as T;
}

/** Sets the figures the fake answers for a period: zero but for `patch`. */
export function setFigures(state: FakeState, periodText: string, patch: DeepPartial<ReportFigures>): ReportFigures {
  const figures = merge(emptyFigures(periodText), patch);
  reportsState(state).figures.set(figures.period.key, figures);
  return figures;
}

export function setCases(state: FakeState, periodText: string, figure: string, cases: ReportCase[]): void {
  const parsed = parsePeriod(periodText);
  if (!parsed.ok) throw new Error(parsed.message);
  reportsState(state).cases.set(`${parsed.period.key}|${figure}`, cases);
}

/** A narrative saved earlier (by someone at another desk, as far as the form knows). */
export function saveNarrativeAs(state: FakeState, year: number, sections: Partial<NarrativeSections>, updatedAt: string, updatedBy = 'Rina Marlina'): void {
  reportsState(state).narratives.set(year, { sections: { policy: '', service: '', obstacles: '', recommendations: '', ...sections }, updatedAt, updatedBy, version: (reportsState(state).narratives.get(year)?.version ?? 0) + 1 });
}

export function reportHandlers(state: FakeState) {
  const reports = () => reportsState(state);
  const view = (year: number) => {
    const saved = reports().narratives.get(year);
    const prev = reports().narratives.get(year - 1);
    return {
      year,
      sections: saved?.sections ?? { policy: '', service: '', obstacles: '', recommendations: '' },
      updatedAt: saved?.updatedAt ?? null,
      updatedBy: saved?.updatedBy ?? null,
      version: saved?.version ?? 0,
      previous: prev ? { year: year - 1, sections: prev.sections } : null,
    };
  };
  let clock = Date.parse('2026-03-17T03:00:00.000Z');
  return {
    'reports:figures': (input: ParsedInput<'reports:figures'>) => reports().figures.get(input.period.key) ?? emptyFigures(input.period.key),
    'reports:cases': (input: ParsedInput<'reports:cases'>) => {
      const all = reports().cases.get(`${input.period.key}|${input.figure}`) ?? [];
      return { figure: input.figure, total: all.length, cases: all.slice(0, input.limit) };
    },
    'reports:getNarrative': (input: ParsedInput<'reports:getNarrative'>) => view(input.year),
    'reports:saveNarrative': (input: ParsedInput<'reports:saveNarrative'>) => {
      const current = reports().narratives.get(input.year);
      if (input.version !== undefined && (current?.version ?? 0) !== input.version) {
        throw new FakeRefusal('conflict', `Sudah diubah oleh ${current?.updatedBy ?? 'orang lain'} pukul 11.00; muat ulang.`);
      }
      clock += 60_000;
      const sections = Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, input.sections[k]])) as NarrativeSections;
      reports().narratives.set(input.year, { sections, updatedAt: new Date(clock).toISOString(), updatedBy: state.officer?.name || 'root', version: (current?.version ?? 0) + 1 });
      return view(input.year);
    },
    'reports:export': (input: ParsedInput<'reports:export'>) => {
      reports().exports.push({ period: input.period.key, format: input.format });
      const text = JSON.stringify({ period: input.period.key });
      const mime = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', json: 'application/json' }[input.format];
      return { filename: `laporan-${input.period.key}.${input.format}`, mime, base64: Buffer.from(text).toString('base64'), sha256: 'c'.repeat(64) };
    },
  };
}
