// Objections without a prior request (UU KIP Ps 35(1) huruf b: periodic information not
// published): the objector's identity on the objection, the Atasan's 30 working days from its
// receipt (Ps 36(2)), and the registers, inbox, letters, disputes and figures with no request.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { GROUNDS_WITHOUT_REQUEST, withoutRequestProblem } from '../../../../shared/domain/requests/objectionGrounds';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { docxText, pdfText } from '../../../helpers/exportedFiles';
import { auditRows, NIK_BUDI, readDb, requestInput } from '../../../helpers/requests';
import { tempDir } from '../../../helpers/tempDir';
import { run } from '../documents/tools';

const OBJECTOR = {
  name: 'Budi Santoso',
  idType: 'nik' as const,
  idNumber: NIK_BUDI,
  address: 'Jl. Juanda No. 5, Samarinda',
  phone: '0813-4444-2222',
  email: 'budi@contoh.id',
  occupation: 'Peneliti',
  proxyName: '',
};
const INFORMATION = 'Laporan keuangan Dinas Kominfo tahun anggaran 2025 (informasi berkala, UU KIP Pasal 9)';

function core() {
  return testCore({ clock: fixedClock('2026-05-20T01:00:00Z') });
}

async function fileB(c: Core, extra: Record<string, unknown> = {}) {
  return call(c, 'objections:create', {
    grounds: ['b'],
    objector: OBJECTOR,
    information: INFORMATION,
    purpose: 'Bahan penelitian anggaran daerah',
    caseSummary: 'Laporan keuangan 2025 belum diumumkan di situs PPID.',
    registeredAt: '2026-03-17T11:00:00+08:00',
    ...extra,
  });
}

async function texts(c: Core, id: number): Promise<{ pdf: string; docx: string }> {
  const pdf = await call(c, 'letters:file', { id, format: 'pdf' });
  const file = path.join(tempDir(), `letter-${id}.pdf`);
  fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
  expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  const docx = await call(c, 'letters:file', { id, format: 'docx' });
  return { pdf: pdfText(pdf.base64, { pdfinfo: false }).text, docx: await docxText(docx.base64) };
}

function expectBoth(t: { pdf: string; docx: string }, parts: string[]) {
  for (const part of parts) {
    expect(t.pdf, part).toContain(part);
    expect(t.docx, part).toContain(part);
  }
}

describe('the grounds that stand without a request', () => {
  it('is huruf b only, and names every other ground in its refusal', () => {
    expect(GROUNDS_WITHOUT_REQUEST).toEqual(['b']);
    expect(withoutRequestProblem(['b'])).toBeNull();
    const problem = withoutRequestProblem(['a', 'b', 'g'])!;
    expect(problem).toContain('huruf a (penolakan permohonan berdasarkan alasan pengecualian Pasal 17)');
    expect(problem).toContain('huruf g (penyampaian informasi melebihi jangka waktu)');
    expect(problem).not.toContain('huruf b (tidak disediakannya');
  });
});

describe('objections:create without a request', () => {
  it('records the objector and the information on the objection and counts 30 working days from its receipt', async () => {
    const c = core();
    const o = await fileB(c);
    // Same count as with a request: registered Tue 17 Mar 2026 → Thu 7 May 2026 (UU KIP Ps 36(2)).
    expect(o).toMatchObject({
      number: '001/KEB/PPID/III/2026',
      requestId: null,
      requestNumber: null,
      requesterName: 'Budi Santoso',
      objector: { name: 'Budi Santoso', idType: 'nik', idNumberMasked: expect.stringMatching(/0002$/), phone: '0813-4444-2222', occupation: 'Peneliti' },
      information: INFORMATION,
      purpose: 'Bahan penelitian anggaran daerah',
      grounds: ['b'],
      atasanDue: '2026-05-07',
      status: 'registered',
      releaseDue: null,
      releaseOpen: false,
    });
    expect(JSON.stringify(o)).not.toContain(NIK_BUDI);
    const audit = auditRows(c).find((r) => r.action === 'objection.create')!;
    expect(JSON.parse(audit.data)).toMatchObject({ requestId: null, grounds: ['b'] });
    expect(audit.data).not.toContain(NIK_BUDI);

    // The inbox finds it by the objector's name and the information, with the Atasan's due date.
    const inbox = await call(c, 'inbox:list', { filters: { search: 'Budi laporan' } });
    expect(inbox.items).toMatchObject([{ kind: 'objection', id: o.id, requesterName: 'Budi Santoso', due: '2026-05-07', title: INFORMATION, unit: '', officer: '' }]);
    // The register of cases lists it among the objections.
    const register = await call(c, 'cases:register', { kind: 'objection' });
    expect(register.items).toMatchObject([{ id: o.id, requesterName: 'Budi Santoso' }]);
  });

  it('refuses a ground that needs a request, a missing objector or information, and an objector beside a request', async () => {
    const c = core();
    expect(await c.handle('objections:create', { grounds: ['b', 'c'], objector: OBJECTOR, information: INFORMATION, caseSummary: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'requestId', message: expect.stringMatching(/^Keberatan atas alasan Pasal 35 ayat \(1\) huruf c \(tidak ditanggapinya permohonan informasi\) hanya dapat diajukan atas permohonan/) }] },
    });
    expect(await c.handle('objections:create', { grounds: ['b'], information: INFORMATION, caseSummary: 'x' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'objector', message: expect.stringMatching(/identitas pemohon keberatan wajib diisi/) }] },
    });
    expect(await c.handle('objections:create', { grounds: ['b'], objector: OBJECTOR, caseSummary: 'x' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'information', message: expect.stringMatching(/sebutkan informasi berkala/) }] },
    });
    // The NIK rules of the request intake.
    expect(await c.handle('objections:create', { grounds: ['b'], objector: { ...OBJECTOR, idNumber: '123' }, information: INFORMATION, caseSummary: 'x' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'objector.idNumber' }] },
    });
    const request = await call(c, 'requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
    expect(await c.handle('objections:create', { requestId: request.id, grounds: ['b'], objector: OBJECTOR, caseSummary: 'x' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'objector', message: 'Identitas pemohon keberatan diambil dari permohonannya; jangan diisi lagi.' }] },
    });
    // Nothing was written by the refusals.
    expect(readDb(c).prepare('SELECT count(*) FROM objections').pluck().get()).toBe(0);
    expect(readDb(c).prepare('SELECT count(*) FROM requesters').pluck().get()).toBe(1);
  });

  it('prints the objector on the keberatan receipt and the Atasan’s order with its date on the answer', async () => {
    const c = core();
    await call(c, 'settings:saveProfile', validProfile);
    const o = await fileB(c, { proxyName: 'Andi Saputra, S.H.' });
    const receipt = await call(c, 'letters:issue', { caseKind: 'objection', caseId: o.id, type: 'keberatan-tanda-bukti' });
    expect(receipt).toMatchObject({ requestId: null, objectionId: o.id });
    // The CLI finds it by its own number (ppid-desk letter --request <nomor keberatan>).
    expect(await call(c, 'letters:findCase', { requestNumber: o.number, caseKind: 'objection' })).toEqual({ caseKind: 'objection', caseId: o.id, requestId: null, number: o.number });
    expectBoth(await texts(c, receipt.id), [
      'Telah diterima keberatan atas informasi publik',
      'tanpa permohonan informasi, UU KIP Pasal 35 ayat (1) huruf b',
      'Budi Santoso',
      'Jl. Juanda No. 5, Samarinda',
      'Informasi yang dimaksud',
      'Laporan keuangan Dinas Kominfo tahun anggaran 2025',
      'Bahan penelitian anggaran daerah',
      'Andi Saputra, S.H. (bertindak untuk dan atas nama Budi Santoso)',
      'huruf b: tidak disediakannya informasi berkala (Pasal 9)',
      '7 Mei 2026',
    ]);
    await call(c, 'objections:decide', { id: o.id, decision: 'dikabulkan', reason: 'Laporan keuangan adalah informasi berkala.', answerDate: '2026-05-06', releaseBy: '2026-05-13' });
    const answer = await call(c, 'letters:issue', { caseKind: 'objection', caseId: o.id, type: 'keberatan-tanggapan' });
    const t = await texts(c, answer.id);
    expectBoth(t, [
      'atas tidak disediakannya informasi berkala',
      'Keberatan Saudara dikabulkan.',
      'untuk menyediakan dan memberikan informasi berkala yang dimaksud kepada Saudara paling lambat 13 Mei 2026',
      'Batas waktu pelaksanaan',
      'Yth. Sdr. Budi Santoso',
    ]);
    expect(t.pdf).not.toContain('permohonan informasi publik nomor');
  });

  it('goes on to a dispute, the objection register and the report figures', async () => {
    const c = core();
    const o = await fileB(c);
    await call(c, 'objections:decide', { id: o.id, decision: 'ditolak', reason: 'Laporan keuangan sudah diumumkan di papan pengumuman.', atasanName: 'Drs. A', atasanPosition: 'Sekda', answerDate: '2026-05-06' });
    const dispute = await call(c, 'disputes:create', { objectionId: o.id, filedDate: '2026-05-19' });
    expect(dispute).toMatchObject({ requestId: null, requestNumber: null, requesterName: 'Budi Santoso', objectionNumber: o.number, filedLate: false });
    expect((await call(c, 'inbox:list', { filters: { kind: 'dispute', search: 'Budi' } })).items).toHaveLength(1);

    const register = await call(c, 'registers:export', { kind: 'keberatan', from: '2026-01-01', to: '2026-12-31', format: 'csv' });
    expect(register.rows).toBe(1);
    const csv = Buffer.from(register.base64, 'base64').toString('utf8');
    expect(csv).toContain('tanpa permohonan (Pasal 35 ayat (1) huruf b)');
    expect(csv).toContain('Laporan keuangan Dinas Kominfo tahun anggaran 2025');
    expect(csv).not.toContain(NIK_BUDI);

    const figures = await call(c, 'reports:figures', { period: '2026' });
    expect(figures.objections).toMatchObject({ received: 1, by_ground: { b: 1 } });
    const cases = await call(c, 'reports:cases', { period: '2026', figure: 'objections.received' });
    expect(cases.cases).toMatchObject([{ id: o.id, name: 'Budi Santoso' }]);
  });

  it('counts a withdrawal without a request in the figures', async () => {
    const c = core();
    const o = await fileB(c);
    await call(c, 'objections:withdraw', { id: o.id, reason: 'Laporan sudah diumumkan.' });
    const figures = await call(c, 'reports:figures', { period: '2026' });
    expect(figures.objections).toMatchObject({ received: 1, withdrawn: 1 });
  });
});
