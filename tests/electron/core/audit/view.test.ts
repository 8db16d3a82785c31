// Log audit for the Admin (issue 14): filtered by officer, kind and office-local dates; the XLSX
// export holds the same selection with the officer's name and username.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { requestInput } from '../../../helpers/requests';
import { officerWith } from '../../../helpers/officers';

async function office() {
  const clock = fixedClock('2026-03-17T15:30:00Z'); // 23:30 WITA on 17 March
  const core = testCore({ clock });
  await call(core, 'settings:saveProfile', validProfile);
  const budi = await officerWith(core, 'budi', ['petugas'], { name: 'Budi Santoso' });
  await budi.call('requests:create', requestInput({ receivedAt: '2026-03-17T09:00:00+08:00' }));
  clock.set('2026-03-17T16:30:00Z'); // 00:30 WITA on 18 March
  await budi.call('requests:create', requestInput({ receivedAt: '2026-03-18T00:10:00+08:00' }));
  return { core, budi };
}

describe('audit:list', () => {
  it('filters by officer, by kind and by office-local dates', async () => {
    const { core } = await office();
    const all = await call(core, 'audit:list', {});
    expect(all.total).toBe(all.rows.length);
    expect(all.kinds).toEqual(expect.arrayContaining(['auth', 'officer', 'request', 'settings']));
    const budiId = all.rows.find((r) => r.action === 'auth.login')!.officerId!;
    const byBudi = await call(core, 'audit:list', { filter: { officerId: budiId, kind: '' } });
    expect(byBudi.rows.map((r) => r.action)).toEqual(['request.create', 'request.create', 'auth.login']);
    expect(byBudi.rows.every((r) => r.actor === 'Budi Santoso')).toBe(true);
    const system = await call(core, 'audit:list', { filter: { officerId: null, kind: 'officer.' } });
    expect(system.rows.map((r) => [r.action, r.actor])).toEqual([['officer.add', 'tester']]);
    // 18 March in Makassar begins at 16:00Z on the 17th: only the second request.
    const onThe18th = await call(core, 'audit:list', { filter: { kind: 'request.', from: '2026-03-18', to: '2026-03-18' } });
    expect(onThe18th.total).toBe(1);
    const page = await call(core, 'audit:list', { limit: 1, beforeSeq: all.rows[0]!.seq });
    expect(page.rows.map((r) => r.seq)).toEqual([all.rows[1]!.seq]);
    expect(await core.handle('audit:list', { filter: { kind: '', from: '2026-03-19', to: '2026-03-18' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('exports the selection as XLSX with the officer’s username', async () => {
    const { core } = await office();
    const file = await call(core, 'audit:export', { filter: { kind: 'request.' } });
    expect(file).toMatchObject({ filename: 'log-audit-2026-03-18.xlsx', rows: 2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Log audit')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'No.', 'Waktu (WITA)', 'Petugas', 'Nama pengguna', 'Tindakan', 'Data', 'Id data', 'Rincian']);
    expect([ws.getRow(2).getCell(3).value, ws.getRow(2).getCell(4).value, ws.getRow(2).getCell(5).value]).toEqual(['Budi Santoso', 'budi', 'request.create']);
    expect(ws.getRow(2).getCell(2).value).toBe('2026-03-17 23:30');
    expect(ws.rowCount).toBe(3);
  });
});
