// Every column the law asks of the registers (DOMAIN.md "Request register"; UU KIP Ps 12 huruf b;
// Perki 1/2021 Ps 24; register keberatan huruf e, f, k) in every export format.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS, OBJECTION_COLUMNS } from '../../../../electron/core/registers/rows';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { docxText, pdfText } from '../../../helpers/exportedFiles';
import { requestInput } from '../../../helpers/requests';

async function seeded() {
  const clock = fixedClock('2026-03-17T02:00:00Z');
  const core = testCore({ clock });
  await call(core, 'settings:saveProfile', validProfile);
  const r = await call(
    core,
    'requests:create',
    requestInput({
      receivedAt: '2026-03-17T10:00:00+08:00',
      accessMethod: ['salinan_hardcopy', 'membaca'],
      accessibilityNeeds: ['braille', 'lainnya'],
      accessibilityNote: 'juru bahasa isyarat',
      accessibleFormat: true,
      requester: { occupation: 'Peneliti', phone: '0812-5555-1234', email: 'siti@contoh.id' },
    }),
  );
  await call(core, 'requests:transition', { id: r.id, to: 'in_process' });
  // Received Tue 17 Mar 2026 10.00 (day 0); 18 Mar cuti bersama, 19 Mar Nyepi, 20 and 23-24 Mar
  // Idul Fitri cuti bersama, 21-22 weekend: the notice on Wed 25 Mar is working day 1.
  clock.set('2026-03-25T02:00:00Z');
  await call(core, 'requests:transition', {
    id: r.id,
    to: 'answered',
    decision: 'diterima_seluruhnya',
    heldStatus: 'dikuasai_badan_lain',
    heldBy: 'Bappeda Provinsi Kalimantan Timur',
    costRp: 12500,
    paymentMethod: 'qris',
  });
  clock.set('2026-04-20T02:00:00Z');
  await call(core, 'objections:create', { requestId: r.id, grounds: ['e'], caseSummary: 'Informasi tidak sesuai.', registeredAt: '2026-04-10T09:00:00+08:00' });
  return { core, r };
}

const REQUEST_VALUES = ['0812-5555-1234, siti@contoh.id', 'Peneliti', 'hardcopy', 'Bappeda Provinsi Kalimantan Timur', 'QRIS', '12500'];

describe('register columns', () => {
  it('fill the page width exactly', () => {
    for (const cols of [REQUEST_COLUMNS, OBJECTION_COLUMNS]) expect(cols.reduce((s, c) => s + c.widthPct, 0)).toBeCloseTo(100, 5);
  });

  it('permohonan: contact, occupation, form, other body, payment and fulfilment days in CSV, XLSX, PDF and DOCX', async () => {
    const { core } = await seeded();
    const csv = await call(core, 'registers:export', { kind: 'permohonan', from: '2026-01-01', to: '2026-12-31', format: 'csv' });
    const [head, row] = Buffer.from(csv.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(';'));
    const cell = (header: string) => row![head!.findIndex((h) => h.replace(/"/g, '') === header)]!.replace(/"/g, '');
    expect(cell('Nomor kontak')).toBe('0812-5555-1234, siti@contoh.id');
    expect(cell('Pekerjaan')).toBe('Peneliti');
    expect(cell('Bentuk informasi')).toBe('hardcopy');
    expect(cell('Badan publik lain')).toBe('Bappeda Provinsi Kalimantan Timur');
    expect(cell('Cara bayar')).toBe('QRIS');
    expect(cell('Kebutuhan khusus')).toBe('huruf braille, juru bahasa isyarat, informasi diserahkan dalam format yang dapat diakses');
    expect(cell('Lama pemenuhan (hari kerja)')).toBe('1');

    const xlsx = await call(core, 'registers:export', { kind: 'permohonan', from: '2026-01-01', to: '2026-12-31', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(REQUEST_COLUMNS.map((c) => c.header));
    expect(ws.getRow(2).getCell(headers.indexOf('Lama pemenuhan (hari kerja)') + 1).value).toBe(1);

    const pdf = await call(core, 'registers:export', { kind: 'permohonan', from: '2026-01-01', to: '2026-12-31', format: 'pdf' });
    const docx = await call(core, 'registers:export', { kind: 'permohonan', from: '2026-01-01', to: '2026-12-31', format: 'docx' });
    const pdfOut = pdfText(pdf.base64);
    expect(pdfOut.info).toMatch(/Page size:\s+841\.89 x 595\.2\d/);
    const docxOut = await docxText(docx.base64);
    for (const text of [pdfOut.text, docxOut]) {
      for (const header of ['Nomor kontak', 'Pekerjaan', 'Bentuk informasi', 'Badan publik lain', 'Cara bayar', 'Lama pemenuhan']) expect(text).toContain(header);
      for (const value of REQUEST_VALUES.slice(1)) expect(text).toContain(value);
    }
    if (process.env.REGISTER_PDF_OUT) fs.writeFileSync(process.env.REGISTER_PDF_OUT, Buffer.from(pdf.base64, 'base64'));
  });

  it('keberatan: the information requested, its purpose and the requester reply', async () => {
    const { core } = await seeded();
    for (const format of ['csv', 'pdf', 'docx'] as const) {
      const out = await call(core, 'registers:export', { kind: 'keberatan', from: '2026-01-01', to: '2026-12-31', format });
      const text = format === 'csv' ? Buffer.from(out.base64, 'base64').toString('utf8') : format === 'pdf' ? pdfText(out.base64).text : await docxText(out.base64);
      for (const part of ['Informasi yang diminta', 'Tujuan', 'Tanggapan pemohon', 'Salinan', 'liputan']) expect(text, `${format}: ${part}`).toContain(part);
    }
  });
});

describe('accessibility needs at intake (Perki 1/2021 Ps 24)', () => {
  it('are stored, shown on the request, and an other need asks for its text', async () => {
    const { core, r } = await seeded();
    expect(await call(core, 'requests:get', { id: r.id })).toMatchObject({ accessibilityNeeds: ['braille', 'lainnya'], accessibilityNote: 'juru bahasa isyarat', accessibleFormat: true });
    const missing = await core.handle('requests:create', requestInput({ accessibilityNeeds: ['lainnya'] }));
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('kebutuhan khusus lainnya') } });
    const plain = await call(core, 'requests:create', requestInput());
    expect(plain).toMatchObject({ accessibilityNeeds: [], accessibilityNote: '', accessibleFormat: false });
  });
});
