// Every statement behind reports:figures reads the big tables (requests, their events, objections,
// inquiries, the audit log) through an index on the period's dates, never by scanning them whole:
// the annual report at 100,000 requests must stay within seconds (npm run bench -- report).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { computeFigures, listCases } from '../../../../electron/core/reports/figures';
import { parsePeriod } from '../../../../shared/domain/reports/period';
import { seedInbox } from '../../../helpers/seedInbox';
import { tempDir } from '../../../helpers/tempDir';

const BIG = ['requests', 'request_events', 'objections', 'inquiries', 'audit_log'];

describe('report figure queries', () => {
  it('search the large tables by index', () => {
    const db = openDatabase(path.join(tempDir(), 'archive.db'));
    migrate(db);
    seedInbox(db, { requests: 400, objections: 60, disputes: 10, inquiries: 40, now: '2027-01-15T02:00:00Z' });
    const seen: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => (seen.push(sql), prepare(sql))) as typeof db.prepare;
    const p = parsePeriod('2026');
    if (!p.ok) throw new Error(p.message);
    const ctx = { db, clock: { now: () => new Date('2027-01-15T02:00:00Z') } };
    const figures = computeFigures(ctx, p.period);
    expect(figures.requests.received).toBeGreaterThan(100);
    for (const figure of ['requests.withdrawn', 'requests.open_at_end', 'requests.late', 'objections.open_at_end', 'inquiries.answered_in_time']) listCases(ctx, p.period, figure, 10);
    db.prepare = prepare;
    const statements = [...new Set(seen)].filter((sql) => /\bFROM (requests|objections|inquiries|disputes|archive_documents)\b/.test(sql));
    expect(statements.length).toBeGreaterThan(15);
    for (const sql of statements) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ from: '2026-01-01', to: '2026-12-31', fromUtc: 'a', endUtc: 'b', today: '2027-01-15', key: 'x', letter: 'h', ids: '[]', limit: 10 }) as { detail: string }[]).map((r) => r.detail);
      for (const step of plan) {
        const scanned = /^SCAN (\w+)(?: AS \w+)?$/.exec(step) ?? /^SCAN (\w+)$/.exec(step);
        const table = scanned ? scanned[1] : null;
        expect(table && (BIG.includes(table) || ['r', 'e', 'l', 'o', 'i'].includes(table)) ? `${step} in ${sql}` : 'ok').toBe('ok');
      }
    }
    db.close();
  });
});
