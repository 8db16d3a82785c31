// The report's figures against an independent count (oracle.ts) of a year seeded through the
// services (scenario.ts), for the year, a semester, a quarter, months and a range; quarters add up
// to the year; every figure's drill-down lists exactly as many cases as the figure says.
import { beforeAll, describe, expect, it } from 'vitest';
import { createCalendar, SHIPPED_CALENDAR } from '../../../../shared/domain/calendar';
import type { ReportFigures } from '../../../../shared/ipc/channels/reports';
import type { Core } from '../../../../electron/core';
import { createCore } from '../../../../electron/core';
import { call, fixedClock } from '../../../helpers/core';
import { readDb } from '../../../helpers/requests';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRows, oracle } from './oracle';
import { seedYear } from './scenario';

let core: Core;
const clock = fixedClock('2026-01-01T00:00:00Z');
const cal = createCalendar(SHIPPED_CALENDAR);

beforeAll(async () => {
  // One seeded year for every test of this file (the helper's testCore closes its cores after each test).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-report-'));
  core = createCore({ dataDir: dir, clock, actor: 'tester', host: 'test', lock: 'shared' });
  await seedYear(core, clock);
  return () => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}, 120_000);

const withoutMeta = ({ period: _p, generated_at: _g, ...rest }: ReportFigures) => rest;

async function compare(period: string, from: string, to: string) {
  const figures = await call(core, 'reports:figures', { period });
  expect(figures.period).toMatchObject({ from, to });
  const expected = oracle(loadRows(readDb(core)), from, to, '2027-02-01', cal);
  expect(withoutMeta(figures)).toEqual(expected);
  return figures;
}

describe('reports:figures against an independent count', () => {
  it('the seeded year covers the edge cases', async () => {
    const year = await call(core, 'reports:figures', { period: '2026' });
    const r = year.requests;
    expect(r.received).toBeGreaterThan(100);
    for (const k of ['granted_full', 'granted_partial', 'refused', 'extended', 'late', 'withdrawn', 'open_at_end'] as const) expect(r[k], k).toBeGreaterThan(0);
    for (const k of ['ps17_a', 'ps17_h', 'ps17_i', 'ps17_j', 'other_law', 'not_held', 'not_documented'] as const) expect(r.refusal_reasons[k], k).toBeGreaterThan(0);
    expect(r.fulfilment_days.within_17 + r.fulfilment_days.later).toBeGreaterThan(0);
    expect(r.by_requester_kind.badan_hukum).toBeGreaterThan(0);
    expect(year.objections.answered_in_time).toBeLessThan(year.objections.answered);
    expect(year.objections.withdrawn).toBeGreaterThan(0);
    expect(Object.values(year.disputes.by_outcome).filter((n) => n > 0).length).toBeGreaterThanOrEqual(4);
    expect(year.disputes.in_court).toBeGreaterThan(0);
    expect(year.inquiries.answered_in_time).toBeLessThan(year.inquiries.answered);
    expect(year.archive).toMatchObject({ reviews_done: 1, reviews_overdue: 1, exempt: 2, unclassified: 1 });
  });

  it.each([
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-S1', '2026-01-01', '2026-06-30'],
    ['2026-S2', '2026-07-01', '2026-12-31'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026-03', '2026-03-01', '2026-03-31'],
    ['2026-12', '2026-12-01', '2026-12-31'],
    ['2027-01', '2027-01-01', '2027-01-31'],
    ['2026-03-18..2026-05-31', '2026-03-18', '2026-05-31'],
  ])('%s matches the independent count', async (period, from, to) => {
    await compare(period, from, to);
  });

  it('counts the December request answered in January in 2027 (notice) and in 2026 (receipt)', async () => {
    const jan = await call(core, 'reports:figures', { period: '2027-01' });
    expect(jan.requests.granted_full).toBeGreaterThanOrEqual(1);
    const cases = await call(core, 'reports:cases', { period: '2027-01', figure: 'requests.granted_full' });
    expect(cases.cases.map((c) => c.date)).toContain('2027-01-06');
    const dec = await call(core, 'reports:cases', { period: '2026-12', figure: 'requests.received' });
    expect(dec.cases.some((c) => c.date === '2026-12-22')).toBe(true);
  });

  it('adds the four quarters up to the year for every figure counted by the date of its event', async () => {
    const year = await call(core, 'reports:figures', { period: '2026' });
    const quarters = await Promise.all([1, 2, 3, 4].map((q) => call(core, 'reports:figures', { period: `2026-Q${q}` })));
    const additive = (f: ReportFigures) => {
      const { requests: r, objections: o, disputes: d, inquiries: i } = f;
      return {
        received: r.received, by_channel: r.by_channel, by_requester_kind: r.by_requester_kind, granted_full: r.granted_full, granted_partial: r.granted_partial,
        refused: r.refused, refusal_reasons: r.refusal_reasons, extended: r.extended, late: r.late, withdrawn: r.withdrawn,
        fulfilment: [r.fulfilment_days.count, r.fulfilment_days.within_10, r.fulfilment_days.within_17, r.fulfilment_days.later],
        objections: [o.received, o.by_ground, o.answered, o.answered_in_time, o.upheld, o.not_upheld, o.withdrawn],
        disputes: [d.registered, d.by_outcome, d.in_court],
        inquiries: [i.received, i.by_priority],
      };
    };
    const sum = (a: unknown, b: unknown): unknown =>
      typeof a === 'number' ? a + (b as number) : Array.isArray(a) ? a.map((x, k) => sum(x, (b as unknown[])[k])) : Object.fromEntries(Object.entries(a as object).map(([k, v]) => [k, sum(v, (b as Record<string, unknown>)[k])]));
    expect(quarters.map(additive).reduce((acc, q) => sum(acc, q) as ReturnType<typeof additive>)).toEqual(additive(year));
    expect(year.requests.by_month.map((m) => m.received)).toEqual(quarters.flatMap((q) => q.requests.by_month.map((m) => m.received)));
    // The year's end is Q4's end.
    expect(year.requests.open_at_end).toBe(quarters[3]!.requests.open_at_end);
  });

  it('lists behind every figure exactly the cases it counts', async () => {
    const year = await call(core, 'reports:figures', { period: '2026' });
    const leaves: [string, number][] = [];
    const walk = (prefix: string, value: unknown) => {
      if (typeof value === 'number') leaves.push([prefix, value]);
      else if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(`${prefix}.${k}`, v);
    };
    for (const section of ['requests', 'objections', 'disputes', 'inquiries', 'archive'] as const) walk(section, year[section]);
    year.requests.by_month.forEach((m) => leaves.push([`requests.by_month.${m.month}`, m.received]));
    year.requests.by_unit.forEach((u, i) => leaves.push([`requests.by_unit.${i}`, u.received]));
    const skip = /fulfilment_days\.(mean|median|max)$/;
    expect(leaves.length).toBeGreaterThan(70);
    for (const [figure, value] of leaves.filter(([p]) => !skip.test(p))) {
      const list = await call(core, 'reports:cases', { period: '2026', figure, limit: 1000 });
      expect(list.total, figure).toBe(value);
      expect(new Set(list.cases.map((c) => `${c.kind}${c.id}`)).size, figure).toBe(Math.min(value, 1000));
    }
  }, 60_000);

  it('refuses a figure the report does not have, in Indonesian', async () => {
    for (const figure of ['requests.nothing', 'requests.by_month.2025-01', 'objections.by_ground.h', 'requests.by_unit.99']) {
      expect(await core.handle('reports:cases', { period: '2026', figure })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/tidak ada dalam laporan/) } });
    }
  });
});
