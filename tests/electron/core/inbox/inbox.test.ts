// The inbox on Wed 8 Apr 2026, 09:00 WITA. Every due date below is counted by hand on the 2026
// calendar (off: 18-24 Mar Nyepi/Idul Fitri block, 3 Apr Wafat Yesus Kristus, 5 Apr Paskah, weekends).
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { Input } from '../../../../shared/ipc/contract';
import type { InboxItem } from '../../../../shared/ipc/channels/inbox';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { requestInput } from '../../../helpers/requests';
import type { RequestOverrides } from '../../../helpers/requestInput';

const NOW = '2026-04-08T01:00:00Z';

async function add(core: Core, receivedAt: string, extra: Omit<RequestOverrides, 'requester'> & { name?: string } = {}) {
  const { name, ...rest } = extra;
  return call(core, 'requests:create', requestInput({ receivedAt, ...rest, ...(name ? { requester: { name } } : {}) }));
}

async function scenario() {
  const core = testCore({ clock: fixedClock(NOW) });
  const early = testCore({ dataDir: core.dataDir, clock: fixedClock('2026-04-01T01:00:00Z') });
  // D: Mon 2 Mar → 3,4,5,6,9,10,11,12,13,16 → due 16 Mar; waiting for the requester (paused).
  const d = await add(core, '2026-03-02T09:00:00+08:00', { name: 'Dewi Lestari' });
  await call(core, 'requests:transition', { id: d.id, to: 'waiting_requester', waitingReason: 'kelengkapan', note: 'KTP belum ada' });
  // E: Thu 5 Mar → 6,9,10,11,12,13,16,17,25,26 → due 26 Mar; answered (paused).
  const e = await add(core, '2026-03-05T09:00:00+08:00', { name: 'Eko Prasetyo', information: 'Laporan realisasi anggaran 2025' });
  await call(core, 'requests:transition', { id: e.id, to: 'in_process' });
  await call(core, 'requests:transition', { id: e.id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' });
  // B: Mon 16 Mar → 17,25,26,27,30,31,1,2,6,7 → due Tue 7 Apr: overdue by 1 on 8 Apr.
  const b = await add(core, '2026-03-16T09:00:00+08:00', { name: 'Budi Santoso', unit: 'Bidang Anggaran', officer: 'Rina' });
  // A: Tue 17 Mar 10:00 → due Wed 8 Apr: due today.
  const a = await add(core, '2026-03-17T10:00:00+08:00', { name: 'Ani Wijaya', information: 'Daftar pengadaan barang dan jasa 2025' });
  // H: Thu 26 Mar → 27,30,31,1,2,6,7,8,9,10 → due Fri 10 Apr: 2 working days left, due soon.
  const h = await add(core, '2026-03-26T09:00:00+08:00', { name: 'Hadi Gunawan', unit: 'Bidang Anggaran' });
  // G: Tue 31 Mar → 1,2,6,7,8,9,10,13,14,15 → due 15 Apr: 5 left.
  const g = await add(core, '2026-03-31T09:00:00+08:00', { name: 'Gita Permata', officer: 'Rina' });
  // C: like B (due 7 Apr), extended on 1 Apr → 8,9,10,13,14,15,16 → 16 Apr: 6 left, not overdue.
  const c = await add(core, '2026-03-16T11:00:00+08:00', { name: 'Citra Kirana' });
  await call(early, 'requests:transition', { id: c.id, to: 'in_process' });
  await call(early, 'requests:transition', { id: c.id, to: 'extended', reason: 'Koordinasi dengan BPKAD' });
  // F: Mon 6 Apr → 7,8,9,10,13,14,15,16,17,20 → due 20 Apr: 8 left.
  const f = await add(core, '2026-04-06T09:00:00+08:00', { name: 'Fajar Nugroho' });
  // Closed requests never show.
  const closed = await add(core, '2026-03-30T09:00:00+08:00', { name: 'Zainal Arifin' });
  await call(core, 'requests:transition', { id: closed.id, to: 'withdrawn', note: 'Dicabut' });
  // Objection on E, Tue 17 Mar 11:00 → Atasan due 7 May (30 working days; UU KIP Ps 36(2)).
  const o1 = await call(core, 'objections:create', { requestId: e.id, grounds: ['d'], caseSummary: 'Jawaban tidak sesuai permintaan', registeredAt: '2026-03-17T11:00:00+08:00' });
  // A second objection on E, answered 27 Mar, taken to the KI on Mon 6 Apr: the KI starts within
  // 14 working days (UU KIP Ps 38(1)) → 7,8,9,10,13,14,15,16,17,20,21,22,23,24 → 24 Apr.
  const o2 = await call(core, 'objections:create', { requestId: e.id, grounds: ['e'], caseSummary: 'Informasi tidak diberikan', registeredAt: '2026-03-10T09:00:00+08:00' });
  await call(core, 'objections:decide', { id: o2.id, decision: 'ditolak', reason: 'Menguatkan keputusan PPID', answerDate: '2026-03-27', atasanName: 'Sekda', atasanPosition: 'Atasan PPID' });
  const dispute = await call(core, 'disputes:create', { objectionId: o2.id, filedDate: '2026-04-06', kiRegisterNumber: '012/REG-PSI/IV/2026' });
  return { core, ids: { a: a.id, b: b.id, c: c.id, d: d.id, e: e.id, f: f.id, g: g.id, h: h.id, o1: o1.id, dispute: dispute.id } };
}

const brief = (items: InboxItem[]) => items.map((i) => [i.kind, i.requesterName, i.due, i.workingDaysLeft, i.state]);

describe('inbox:list', () => {
  it('lists open requests, objections and disputes by due date, with working days left and state', async () => {
    const { core } = await scenario();
    const page = await call(core, 'inbox:list', {});
    expect(page.today).toBe('2026-04-08');
    expect(page.calendarVersion).toBe('id-2024-2026.1');
    expect(page.nextCursor).toBeNull();
    expect(brief(page.items)).toEqual([
      ['request', 'Dewi Lestari', '2026-03-16', -11, 'paused'], // waiting: never overdue; 17,25,26,27,30,31,1,2,6,7,8 Apr
      ['request', 'Eko Prasetyo', '2026-03-26', -8, 'paused'], // answered: never overdue
      ['request', 'Budi Santoso', '2026-04-07', -1, 'overdue'],
      ['request', 'Ani Wijaya', '2026-04-08', 0, 'due_today'],
      ['request', 'Hadi Gunawan', '2026-04-10', 2, 'due_soon'],
      ['request', 'Gita Permata', '2026-04-15', 5, 'on_track'],
      ['request', 'Citra Kirana', '2026-04-16', 6, 'on_track'], // extended: counts against 16 Apr
      ['request', 'Fajar Nugroho', '2026-04-20', 8, 'on_track'],
      ['dispute', 'Eko Prasetyo', '2026-04-24', 12, 'on_track'],
      ['objection', 'Eko Prasetyo', '2026-05-07', 20, 'on_track'],
    ]);
    const dispute = page.items[8]!;
    expect(dispute).toMatchObject({ number: '012/REG-PSI/IV/2026', status: 'filed', title: 'Laporan realisasi anggaran 2025' });
    expect(page.items[9]).toMatchObject({ number: '001/KEB/PPID/III/2026', status: 'registered' });
    expect(page.items[2]).toMatchObject({ number: '003/PPID/III/2026', status: 'registered', unit: 'Bidang Anggaran', officer: 'Rina' });
  });

  it('counts from the office-local today: 8 Apr 00:30 WITA is still 7 Apr in UTC', async () => {
    const { core } = await scenario();
    const page = await call(core, 'inbox:list', { now: '2026-04-07T16:30:00Z' });
    expect(page.today).toBe('2026-04-08');
    expect(page.items.find((i) => i.requesterName === 'Ani Wijaya')).toMatchObject({ workingDaysLeft: 0, state: 'due_today' });
    const dayBefore = await call(core, 'inbox:list', { now: '2026-04-07T15:30:00Z' });
    expect(dayBefore.today).toBe('2026-04-07');
    expect(dayBefore.items.find((i) => i.requesterName === 'Budi Santoso')).toMatchObject({ workingDaysLeft: 0, state: 'due_today' });
  });

  it('filters by kind, status, unit and officer', async () => {
    const { core } = await scenario();
    const names = async (filters: Input<'inbox:list'>['filters']) => (await call(core, 'inbox:list', { filters })).items.map((i) => `${i.kind}:${i.requesterName}`);
    expect(await names({ kind: 'objection' })).toEqual(['objection:Eko Prasetyo']);
    expect(await names({ kind: 'dispute' })).toEqual(['dispute:Eko Prasetyo']);
    expect(await names({ status: 'extended' })).toEqual(['request:Citra Kirana']);
    // 'registered' is a status of requests and of objections.
    expect(await names({ status: 'registered' })).toEqual([
      'request:Budi Santoso', 'request:Ani Wijaya', 'request:Hadi Gunawan', 'request:Gita Permata', 'request:Fajar Nugroho', 'objection:Eko Prasetyo',
    ]);
    expect(await names({ unit: 'Bidang Anggaran' })).toEqual(['request:Budi Santoso', 'request:Hadi Gunawan']);
    expect(await names({ officer: 'Rina', kind: 'request' })).toEqual(['request:Budi Santoso', 'request:Gita Permata']);
  });

  it('filters by working days left, overdue and paused items included', async () => {
    const { core } = await scenario();
    const within = async (n: number) => (await call(core, 'inbox:list', { filters: { dueWithinDays: n } })).items.map((i) => i.requesterName);
    expect(await within(0)).toEqual(['Dewi Lestari', 'Eko Prasetyo', 'Budi Santoso', 'Ani Wijaya']);
    expect(await within(2)).toEqual(['Dewi Lestari', 'Eko Prasetyo', 'Budi Santoso', 'Ani Wijaya', 'Hadi Gunawan']);
    expect(await within(5)).toHaveLength(6);
  });

  it('searches the requester name, the number and the text, with prefixes, without FTS syntax', async () => {
    const { core } = await scenario();
    const search = async (text: string, extra: object = {}) =>
      (await call(core, 'inbox:list', { filters: { search: text, ...extra } })).items.map((i) => `${i.kind}:${i.number}`);
    expect(await search('budi')).toEqual(['request:003/PPID/III/2026']);
    expect(await search('Budi Sant')).toEqual(['request:003/PPID/III/2026']);
    expect(await search('004/PPID/III/2026')).toEqual(['request:004/PPID/III/2026']);
    expect(await search('pengadaan')).toEqual(['request:004/PPID/III/2026']);
    // Name, objection number and request text reach the objection and the dispute too.
    expect(await search('eko')).toEqual(['request:002/PPID/III/2026', 'dispute:012/REG-PSI/IV/2026', 'objection:001/KEB/PPID/III/2026']);
    expect(await search('realisasi', { kind: 'objection' })).toEqual(['objection:001/KEB/PPID/III/2026']);
    expect(await search('REG-PSI')).toEqual(['dispute:012/REG-PSI/IV/2026']);
    // FTS operators and quotes are plain words here, never syntax.
    expect(await search('budi OR ani')).toEqual([]);
    expect(await search('"budi')).toEqual(['request:003/PPID/III/2026']);
    expect(await search('NEAR(budi) * :')).toEqual([]);
    expect(await search('---')).toEqual([]);
  });

  it('pages with a stable keyset cursor: no item twice, none skipped, same order as one page', async () => {
    const { core } = await scenario();
    // Ties: three more requests received at the very same instant (same due date, same time).
    for (let i = 0; i < 3; i++) await add(core, '2026-03-17T10:00:00+08:00', { name: `Kembar ${i}` });
    const all = (await call(core, 'inbox:list', { limit: 200 })).items;
    expect(all).toHaveLength(13);
    for (const limit of [1, 2, 3, 5]) {
      const seen: InboxItem[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await call(core, 'inbox:list', { limit, ...(cursor ? { cursor } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(Math.ceil(13 / limit));
      expect(seen.map((i) => `${i.kind}${i.id}`)).toEqual(all.map((i) => `${i.kind}${i.id}`));
    }
  });

  it('keeps its place when items are added or closed between pages', async () => {
    const { core, ids } = await scenario();
    const first = await call(core, 'inbox:list', { limit: 4 });
    expect(first.items.map((i) => i.requesterName)).toEqual(['Dewi Lestari', 'Eko Prasetyo', 'Budi Santoso', 'Ani Wijaya']);
    await call(core, 'requests:transition', { id: ids.h, to: 'withdrawn', note: 'Dicabut pemohon' });
    await add(core, '2026-03-01T09:00:00+08:00', { name: 'Baru Tapi Lama' }); // sorts before the cursor
    const second = await call(core, 'inbox:list', { limit: 4, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.requesterName)).toEqual(['Gita Permata', 'Citra Kirana', 'Fajar Nugroho', 'Eko Prasetyo']);
  });

  it('refuses a damaged cursor and a limit over 200', async () => {
    const core = testCore();
    expect(await core.handle('inbox:list', { cursor: 'bukan-kursor' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'cursor', message: expect.stringMatching(/^Penanda halaman \(cursor\) tidak sah/) }] },
    });
    expect(await core.handle('inbox:list', { limit: 201 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'limit', message: 'Batas jumlah (limit) paling banyak 200.' }] },
    });
  });

  it('shortens long titles', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    await add(core, '2026-04-01T09:00:00+08:00', { information: 'Dokumen '.repeat(60) });
    const [item] = (await call(core, 'inbox:list', {})).items;
    expect(item!.title).toHaveLength(160);
    expect(item!.title.endsWith('…')).toBe(true);
  });
});
