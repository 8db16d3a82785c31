// The inbox must read its page from the partial indexes in due order, never scan the requests
// table and sort it: EXPLAIN QUERY PLAN on a seeded archive (no ANALYZE, as in the field).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core';
import { openDatabase, type Db } from '../../../../electron/core/db/connection';
import { buildInboxSql, type InboxQuery } from '../../../../electron/core/inbox/repo';
import { INBOX_KINDS } from '../../../../shared/ipc/channels/inbox';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { seedInbox } from '../../../helpers/seedInbox';
import { readDb } from '../../../helpers/requests';

const NOW = '2026-11-23T02:00:00Z';

function plan(db: Db, query: InboxQuery): string[] {
  const { sql, params } = buildInboxSql(query);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);
}

// Seeded once for the file (the plan does not depend on the size: there is no ANALYZE).
let dataDir = '';
let counts: ReturnType<typeof seedInbox>;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-plan-'));
  createCore({ dataDir, host: 'test' }).close();
  const db = openDatabase(path.join(dataDir, 'archive.db'));
  counts = seedInbox(db, { requests: 3000, objections: 600, disputes: 40, inquiries: 800, now: NOW });
  db.close();
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function seeded() {
  return { core: testCore({ dataDir, clock: fixedClock(NOW) }), counts };
}

describe('inbox query plan', () => {
  it('reads the first page from the four partial indexes, merged, without a table scan or a sort', async () => {
    const { core } = await seeded();
    const lines = plan(readDb(core), { kinds: INBOX_KINDS, limit: 51 });
    expect(lines).toContain('MERGE (UNION ALL)');
    expect(lines).toContain('SCAN r USING INDEX requests_inbox');
    expect(lines).toContain('SCAN o USING INDEX objections_inbox');
    expect(lines).toContain('SCAN d USING INDEX disputes_inbox');
    expect(lines).toContain('SCAN i USING INDEX inquiries_inbox');
    // Joined rows are fetched by primary key, one per listed item.
    for (const line of lines.filter((l) => /^(SCAN|SEARCH) /.test(l))) expect(line).toMatch(/USING (INDEX|COVERING INDEX|INTEGER PRIMARY KEY)/);
    expect(lines.some((l) => l.startsWith('USE TEMP B-TREE'))).toBe(false);
  });

  it('seeks the next page and a due-date bound in the index', async () => {
    const { core } = await seeded();
    const lines = plan(readDb(core), {
      kinds: INBOX_KINDS,
      limit: 51,
      dueUntil: '2026-12-01',
      unit: 'Bidang Anggaran',
      after: { due: '2026-11-01', receivedAt: '2026-10-01T00:00:00.000Z', id: 10, rank: 0 },
    });
    expect(lines).toContainEqual(expect.stringMatching(/^SEARCH r USING INDEX requests_inbox \(\(inbox_due,received_at\)>\(\?,\?\) AND inbox_due<\?\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^SEARCH o USING INDEX objections_inbox /));
    expect(lines).toContainEqual(expect.stringMatching(/^SEARCH i USING INDEX inquiries_inbox \(\(due_local,inbox_order\)>\(\?,\?\) AND due_local<\?\)$/));
    expect(lines.some((l) => /^SCAN (r|requests)$/.test(l))).toBe(false);
    expect(lines.some((l) => l.startsWith('USE TEMP B-TREE'))).toBe(false);
  });

  it('starts a search from the full-text index, never from the whole table', async () => {
    const { core } = await seeded();
    const lines = plan(readDb(core), { kinds: ['request'], limit: 51, match: '"siti"*', status: 'in_process' });
    expect(lines).toContainEqual(expect.stringMatching(/^SCAN requests_fts VIRTUAL TABLE INDEX/));
    expect(lines.some((l) => /^SCAN (r|requests)$/.test(l))).toBe(false);
  });

  it('answers the seeded archive consistently with the plan: ordered by due, open items only', async () => {
    const { core, counts } = await seeded();
    const all = [];
    let cursor: string | undefined;
    do {
      const page = await call(core, 'inbox:list', { limit: 200, ...(cursor ? { cursor } : {}) });
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const db = readDb(core);
    const open =
      (db.prepare('SELECT count(*) FROM requests WHERE is_open').pluck().get() as number) +
      (db.prepare('SELECT count(*) FROM objections WHERE is_open').pluck().get() as number) +
      (db.prepare('SELECT count(*) FROM disputes WHERE is_open').pluck().get() as number) +
      (db.prepare('SELECT count(*) FROM inquiries WHERE is_open').pluck().get() as number);
    expect(counts.openRequests).toBeGreaterThan(100);
    expect(all).toHaveLength(open);
    expect(all.some((i) => i.kind === 'inquiry')).toBe(true);
    // The tie key: receipt for KIP items, '!' + due instant for inquiries (due at an hour of `due`).
    const keys = all.map((i) => `${i.due}|${i.dueAt ? `!${i.dueAt}` : i.receivedAt}`);
    expect([...keys].sort()).toEqual(keys);
  });
});
