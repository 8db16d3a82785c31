// cases:register: closed cases stay findable for years (by number, name, last 4 NIK digits, text),
// with filters and keyset paging; the page reads the register indexes (migration 009).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core';
import { openDatabase, type Db } from '../../../../electron/core/db/connection';
import { buildRegisterSql, type RegisterQuery } from '../../../../electron/core/cases/registerRepo';
import type { CaseRegisterKind } from '../../../../shared/ipc/channels/cases';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { requestInput, NIK_BUDI } from '../../../helpers/requestInput';
import { inquiryInput } from '../../../helpers/inquiryInput';
import { seedInbox } from '../../../helpers/seedInbox';
import { readDb } from '../../../helpers/requests';

async function scenario() {
  const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
  // 2025: Budi's request, answered and handed over (closed).
  const old = await call(core, 'requests:create', requestInput({ receivedAt: '2025-06-02T09:00:00+08:00', requester: { name: 'Budi Santoso', idNumber: NIK_BUDI }, information: 'Laporan realisasi anggaran 2024' }));
  await call(core, 'requests:transition', { id: old.id, to: 'in_process' });
  await call(core, 'requests:transition', { id: old.id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', noticeDate: '2025-06-10' });
  await call(core, 'requests:transition', { id: old.id, to: 'done', deliveredDate: '2025-06-11', costRp: 0 });
  // 2026: Siti's open request, and a withdrawn one by Citra.
  const open = await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-02T09:00:00+08:00', unit: 'Bidang Anggaran' }));
  const withdrawn = await call(core, 'requests:create', requestInput({ receivedAt: '2026-10-05T09:00:00+08:00', requester: { name: 'Citra Kirana' }, channel: 'email' }));
  await call(core, 'requests:transition', { id: withdrawn.id, to: 'withdrawn', note: 'Dicabut pemohon' });
  // An objection on the old request, decided by the Atasan.
  const objection = await call(core, 'objections:create', { requestId: old.id, grounds: ['e'], caseSummary: 'Salinan tidak lengkap', registeredAt: '2025-06-20T09:00:00+08:00' });
  await call(core, 'objections:decide', { id: objection.id, decision: 'dikabulkan', reason: 'Salinan dilengkapi', answerDate: '2025-07-01', atasanName: 'Sekda', atasanPosition: 'Atasan PPID' });
  // The granted objection reopened the request; the completed copy is handed over and it closes again.
  await call(core, 'requests:transition', { id: old.id, to: 'done', deliveredDate: '2025-07-02', costRp: 0 });
  return { core, ids: { old: old.id, open: open.id, withdrawn: withdrawn.id, objection: objection.id }, numbers: { old: old.number, open: open.number } };
}

describe('cases:register', () => {
  it('lists every request of every status, newest first, saying which are open and when the closed ones closed', async () => {
    const { core, ids } = await scenario();
    const page = await call(core, 'cases:register', { kind: 'request' });
    expect(page.items.map((i) => [i.id, i.status, i.open])).toEqual([
      [ids.open, 'registered', true],
      [ids.withdrawn, 'withdrawn', false],
      [ids.old, 'done', false],
    ]);
    expect(page.total).toBe(3);
    expect(page.years).toEqual([2026, 2025]);
    expect(page.items[2]).toMatchObject({ decision: 'diterima_seluruhnya', requesterName: 'Budi Santoso', year: 2025 });
    expect(page.items[2]!.closedOn).not.toBeNull();
    expect(page.items[0]!.closedOn).toBeNull();
  });

  it('finds a closed request by its number, by name, by the last 4 NIK digits and by words of the information', async () => {
    const { core, ids, numbers } = await scenario();
    const find = async (search: string) => (await call(core, 'cases:register', { kind: 'request', filters: { search } })).items.map((i) => i.id);
    expect(await find(numbers.old)).toEqual([ids.old]);
    expect(await find('budi')).toEqual([ids.old]);
    expect(await find(NIK_BUDI.slice(-4))).toEqual([ids.old]);
    expect(await find('realisasi')).toEqual([ids.old]);
    expect(await find('tidakadayangcocok')).toEqual([]);
  });

  it('filters by year, status group, one status, channel, unit and decision', async () => {
    const { core, ids } = await scenario();
    const ids_ = async (filters: object) => (await call(core, 'cases:register', { kind: 'request', filters: filters as never })).items.map((i) => i.id);
    expect(await ids_({ year: 2025 })).toEqual([ids.old]);
    expect(await ids_({ status: 'open' })).toEqual([ids.open]);
    expect(await ids_({ status: 'closed' })).toEqual([ids.withdrawn, ids.old]);
    expect(await ids_({ status: 'withdrawn' })).toEqual([ids.withdrawn]);
    expect(await ids_({ channel: 'email' })).toEqual([ids.withdrawn]);
    expect(await ids_({ unit: 'Bidang Anggaran' })).toEqual([ids.open]);
    expect(await ids_({ decision: 'diterima_seluruhnya' })).toEqual([ids.old]);
  });

  it('keeps a decided objection in the Keberatan register with its request number', async () => {
    const { core, ids, numbers } = await scenario();
    const page = await call(core, 'cases:register', { kind: 'objection', filters: { status: 'closed' } });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ id: ids.objection, status: 'answered', decision: 'dikabulkan', open: false, closedOn: '2025-07-01', requestNumber: numbers.old });
    const byName = await call(core, 'cases:register', { kind: 'objection', filters: { search: 'Budi' } });
    expect(byName.items.map((i) => i.id)).toEqual([ids.objection]);
  });

  it('lists answered press inquiries with the journalist and outlet', async () => {
    const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
    const inquiry = await call(core, 'inquiries:create', inquiryInput());
    const page = await call(core, 'cases:register', { kind: 'inquiry', filters: { status: 'any' } });
    expect(page.items).toEqual([expect.objectContaining({ id: inquiry.id, requesterName: 'Rina Kartika (Kaltim Post)', status: 'baru', open: true, channel: 'whatsapp' })]);
  });

  it('refuses a status, channel or decision that the kind does not have, in Indonesian', async () => {
    const core = testCore();
    const bad = await core.handle('cases:register', { kind: 'objection', filters: { status: 'selesai', channel: 'email', decision: 'ditolak_keras' } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('invalid_input');
    const byField = Object.fromEntries((bad.error.issues ?? []).map((i) => [i.path, i.message]));
    expect(byField['filters.status']).toMatch(/^Status harus salah satu dari: any, open, closed, registered, answered, withdrawn\.$/);
    expect(byField['filters.channel']).toBe('Register ini tidak dapat disaring menurut saluran.');
    expect(byField['filters.decision']).toMatch(/^Keputusan harus salah satu dari: dikabulkan, dikabulkan_sebagian, ditolak\.$/);
  });
});

describe('cases:register paging and query plan', () => {
  let dataDir = '';
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-register-'));
    createCore({ dataDir, host: 'test' }).close();
    const db = openDatabase(path.join(dataDir, 'archive.db'));
    seedInbox(db, { requests: 2500, objections: 400, inquiries: 500, now: '2026-11-23T02:00:00Z' });
    db.close();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('pages through every request once, newest first, whatever the page size', async () => {
    const core = testCore({ dataDir });
    const seen: number[] = [];
    const received: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(core, 'cases:register', { kind: 'request', limit: 200, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => i.id));
      received.push(...page.items.map((i) => i.receivedAt));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(2500);
    expect(new Set(seen).size).toBe(2500);
    expect([...received].sort().reverse()).toEqual(received);
    core.close();
  });

  const plan = (db: Db, kind: CaseRegisterKind, query: RegisterQuery, after = false) => {
    const { sql, params } = buildRegisterSql(kind, query, after ? { receivedAt: '2026-01-01T00:00:00.000Z', id: 100 } : null, 51);
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
  };

  it('reads a page from the register index (by year too), never sorting the table', () => {
    const core = testCore({ dataDir });
    const db = readDb(core);
    const cases: [CaseRegisterKind, RegisterQuery, string][] = [
      ['request', { status: 'any' }, 'requests_register'],
      ['request', { status: 'closed', year: 2025 }, 'requests_register_year'],
      ['objection', { status: 'any' }, 'objections_register'],
      ['inquiry', { status: 'any', year: 2026 }, 'inquiries_register_year'],
    ];
    for (const [kind, query, index] of cases) {
      for (const after of [false, true]) {
        const lines = plan(db, kind, query, after);
        expect(lines.some((l) => l.includes(`USING INDEX ${index}`) || l.includes(`USING COVERING INDEX ${index}`)), `${kind} ${JSON.stringify(query)}: ${lines.join(' | ')}`).toBe(true);
        expect(lines.some((l) => l.startsWith('USE TEMP B-TREE')), lines.join(' | ')).toBe(false);
      }
    }
    core.close();
  });
});
