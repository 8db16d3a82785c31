// registers:export: the register of a period in PDF, DOCX, XLSX and CSV, with NIK masked.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { auditRows, NIK_BUDI, NIK_SITI, requestInput } from '../../../helpers/requests';
import { tempDir } from '../../../helpers/tempDir';

async function seeded() {
  const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
  await call(core, 'settings:saveProfile', validProfile);
  const a = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00+08:00', requester: { name: 'Nur’aini; “Ani”' } }));
  await call(core, 'requests:create', requestInput({ receivedAt: '2026-04-02T10:00:00+08:00', requester: { name: 'Budi Santoso', idNumber: NIK_BUDI } }));
  await call(core, 'requests:create', requestInput({ receivedAt: '2025-12-30T10:00:00+08:00', requester: { name: 'Tahun Lalu' } }));
  await call(core, 'objections:create', { requestId: a.id, grounds: ['c'], caseSummary: 'Tidak dijawab.', registeredAt: '2026-04-10T09:00:00+08:00' });
  return core;
}

const bytesOf = (base64: string) => Buffer.from(base64, 'base64');

describe('registers:export', () => {
  it('writes CSV as UTF-8 with BOM and semicolons, only the period, NIK masked, dates dd/mm/yyyy', async () => {
    const core = await seeded();
    const out = await call(core, 'registers:export', { kind: 'permohonan', from: '2026-01-01', to: '2026-12-31', format: 'csv' });
    expect(out).toMatchObject({ filename: 'register-permohonan-2026.csv', rows: 2 });
    const bytes = bytesOf(out.base64);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^No\.;Nomor pendaftaran;Tanggal diterima;/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('1;001/PPID/III/2026;17/03/2026;');
    // A name with ';' and quotes stays one field.
    expect(lines[1]).toContain('"Nur’aini; “Ani”"');
    expect(text).toContain(`************${NIK_SITI.slice(-4)}`);
    expect(text).not.toContain(NIK_SITI);
    expect(text).not.toContain(NIK_BUDI);
    expect(text).not.toContain('Tahun Lalu');
    expect(auditRows(core).at(-1)).toMatchObject({ action: 'register.export', entity_id: 'permohonan' });
  });

  it('writes XLSX with a bold frozen header, widths, and real dates', async () => {
    const core = await seeded();
    const out = await call(core, 'registers:export', { kind: 'keberatan', from: '2026-01-01', to: '2026-12-31', format: 'xlsx' });
    expect(out.rows).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytesOf(out.base64) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe('Nomor registrasi keberatan');
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(11).width).toBe(50); // Kasus posisi
    expect(ws.getRow(2).getCell(2).value).toBe('001/KEB/PPID/IV/2026');
    const date = ws.getRow(2).getCell(3);
    expect(date.value).toEqual(new Date('2026-04-10T00:00:00Z'));
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect(String(ws.getRow(2).getCell(6).value)).toBe(`************${NIK_SITI.slice(-4)}`);
  });

  it('writes a landscape PDF and a DOCX with the kop and the rows', async () => {
    const core = await seeded();
    const pdf = await call(core, 'registers:export', { kind: 'permohonan', from: '2026-03-01', to: '2026-03-31', format: 'pdf' });
    expect(pdf.filename).toBe('register-permohonan-2026-03-01_2026-03-31.pdf');
    const file = path.join(tempDir(), 'r.pdf');
    fs.writeFileSync(file, bytesOf(pdf.base64));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.2\d/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('REGISTER PERMOHONAN INFORMASI PUBLIK');
    expect(text).toContain('Periode 1 Maret 2026 s.d. 31 Maret 2026');
    expect(text).toContain('001/PPID/III/2026');
    expect(text).not.toContain('002/PPID');
    // Signed with the one signature component: Jabatan PPID and the NIP in its groups.
    expect(text).toContain('Kepala Dinas Komunikasi dan Informatika selaku PPID Utama,');
    expect(text).toContain('NIP. 19750312 200003 2 004');
    const docx = await call(core, 'registers:export', { kind: 'permohonan', from: '2026-03-01', to: '2026-03-31', format: 'docx' });
    expect(bytesOf(docx.base64).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a period that ends before it starts', async () => {
    const core = await seeded();
    expect(await core.handle('registers:export', { kind: 'permohonan', from: '2026-12-31', to: '2026-01-01', format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'to', message: 'Tanggal akhir periode tidak boleh sebelum tanggal awal.' }] },
    });
  });
});
