// Every letter type, issued along a case's life and read back from the PDF text: the fields of
// DOMAIN.md, the articles, the dates in Indonesian, and the precondition of each step.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { LetterType } from '../../../../shared/domain/letters';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { requestInput } from '../../../helpers/requests';
import { tempDir } from '../../../helpers/tempDir';

const LONG_NAME = 'Nur’aini Élisabeth “Ani” Siregar-Pangaribuan binti Haji Muhammad Abdurrahman Wahid Al-Banjari';
const LONG_INFO = Array.from({ length: 40 }, (_, i) => `Rincian belanja kegiatan ${i + 1} — ½ anggaran; `).join('');

async function pdfText(core: Core, id: number, layout = false): Promise<string> {
  const file = await call(core, 'letters:file', { id, format: 'pdf' });
  const out = path.join(tempDir(), 'x.pdf');
  fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
  if (layout) return execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  // Without -layout: wrapped lines join with single spaces, so phrases can be matched across lines.
  return execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The DOCX body as mammoth reads it back (what Word users will see and edit). */
async function docxText(core: Core, id: number): Promise<string> {
  const file = await call(core, 'letters:file', { id, format: 'docx' });
  return (await mammoth.extractRawText({ buffer: Buffer.from(file.base64, 'base64') })).value.replace(/\s+/g, ' ');
}

async function issue(core: Core, caseKind: 'request' | 'objection', caseId: number, type: LetterType, details = {}) {
  return call(core, 'letters:issue', { caseKind, caseId, type, details });
}

describe('letters along a refused request and its objection', () => {
  it('prints each letter with its fields, articles and dates', async () => {
    const clock = fixedClock('2026-11-23T02:00:00Z');
    const core = testCore({ clock });
    await call(core, 'settings:saveProfile', validProfile);
    const request = await call(
      core,
      'requests:create',
      requestInput({ receivedAt: '2026-11-20T10:00:00+08:00', requester: { name: LONG_NAME, occupation: '' }, information: LONG_INFO }),
    );

    const receipt = await issue(core, 'request', request.id, 'tanda-bukti');
    const receiptText = await pdfText(core, receipt.id);
    expect(receiptText).toContain('Nur’aini Élisabeth “Ani” Siregar');
    expect(receiptText).toContain('Jumat, 20 November 2026, pukul 10.00 WITA');
    // The empty occupation prints as '-', on the line of its label.
    expect(await pdfText(core, receipt.id, true)).toMatch(/Pekerjaan\s+:\s+-\n/);
    expect(receiptText).toContain('Rincian belanja kegiatan 40 — ½ anggaran');
    expect(receiptText).toMatch(/paling lambat \d+ Desember 2026/);

    await call(core, 'requests:transition', { id: request.id, to: 'in_process' });
    await call(core, 'requests:transition', { id: request.id, to: 'extended', reason: 'Dokumen berada di arsip inaktif dan perlu ditelusuri.' });
    const ext = await issue(core, 'request', request.id, 'perpanjangan');
    const extText = await pdfText(core, ext.id);
    expect(extText).toContain('Pasal 22 ayat (8)');
    expect(extText).toContain('Dokumen berada di arsip inaktif dan perlu ditelusuri.');
    const detail = await call(core, 'requests:get', { id: request.id });
    const tanggal = (d: string) => `${Number(d.slice(8))} ${['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'][Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
    expect(extText).toContain(tanggal(detail.extendedDueDate!));
    expect(extText).toContain(tanggal(detail.dueDate));

    // Nothing decided yet: the notice and the refusal name the missing step.
    for (const type of ['pemberitahuan', 'penolakan'] as const) {
      const refused = await core.handle('letters:issue', { caseKind: 'request', caseId: request.id, type });
      expect(refused).toMatchObject({ ok: false, error: { code: 'precondition' } });
    }

    await call(core, 'requests:transition', {
      id: request.id,
      to: 'answered',
      decision: 'ditolak',
      heldStatus: 'dikuasai',
      refusalPs17: ['h'],
      consequenceTest: 'Membuka data ini mengungkap rahasia pribadi pegawai yang dilindungi dan merugikan yang bersangkutan.',
    });
    const notice = await issue(core, 'request', request.id, 'pemberitahuan', { tembusan: ['Atasan PPID', 'Arsip'] });
    const noticeText = await pdfText(core, notice.id);
    expect(noticeText).toContain('Pasal 22 ayat (7)');
    expect(noticeText).toContain('Pasal 17 huruf h');
    expect(noticeText).toContain('Tembusan');
    expect(noticeText).toContain('Atasan PPID');
    // 30 working days from Mon 23 Nov 2026 for an objection (UU KIP Ps 35, 36(1)).
    expect(noticeText).toMatch(/keberatan kepada Atasan PPID paling lambat \d+ (Januari) 2027/);

    const refusal = await issue(core, 'request', request.id, 'penolakan');
    const refusalText = await pdfText(core, refusal.id);
    expect(refusalText).toContain('KEPUTUSAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI');
    expect(refusalText).toContain(`Nomor: ${refusal.number}`);
    expect(refusalText).toContain('Uji konsekuensi');
    expect(refusalText).toContain('rahasia pribadi pegawai');
    // A decree is dated "Ditetapkan di … / pada tanggal …", and only so.
    expect(refusalText).toContain('Ditetapkan di Samarinda pada tanggal 23 November 2026');
    expect(refusalText).not.toContain('Samarinda, 23 November 2026');
    expect(refusalText).toContain(validProfile.ppid.name);
    expect(refusalText).toContain('NIP. 19750312 200003 2 004');
    // The DOCX carries the same content.
    const refusalDocx = await docxText(core, refusal.id);
    for (const part of [refusal.number, request.number, 'Ditetapkan di Samarinda', 'pada tanggal 23 November 2026', 'NIP. 19750312 200003 2 004', 'Pasal 17 huruf h', 'rahasia pribadi pegawai', validProfile.ppid.name, 'Nur’aini Élisabeth “Ani” Siregar']) {
      expect(refusalDocx).toContain(part);
    }

    const objection = await call(core, 'objections:create', { requestId: request.id, grounds: ['a'], caseSummary: 'Pemohon menilai informasi tidak termasuk yang dikecualikan.' });
    expect(await core.handle('letters:issue', { caseKind: 'objection', caseId: objection.id, type: 'keberatan-tanggapan' })).toMatchObject({
      ok: false,
      error: { code: 'precondition', message: expect.stringContaining('setelah tanggapan atasan PPID dicatat') },
    });
    const objReceipt = await issue(core, 'objection', objection.id, 'keberatan-tanda-bukti');
    const objText = await pdfText(core, objReceipt.id);
    expect(objText).toContain(objection.number);
    expect(objText).toContain('Pasal 36 ayat (2)');
    expect(objText).toContain(tanggal(objection.atasanDue));

    const decided = await call(core, 'objections:decide', { id: objection.id, decision: 'ditolak', reason: 'Pengecualian Pasal 17 huruf h telah diuji dan tetap berlaku.' });
    const answer = await issue(core, 'objection', objection.id, 'keberatan-tanggapan');
    const answerText = await pdfText(core, answer.id);
    expect(answerText).toContain('Keberatan Saudara ditolak.');
    expect(answerText).toContain('Pasal 37 ayat (2)');
    expect(answerText).toContain(tanggal(decided.disputeWindowDue));
    expect(answerText).toContain(validProfile.atasan.name);
    expect(answerText).toContain('NIP. 19691101 199403 2 006');
    expect(answerText).not.toContain('memerintahkan');

    expect((await call(core, 'letters:list', { caseKind: 'request', caseId: request.id })).map((l) => l.type)).toEqual(['tanda-bukti', 'perpanjangan', 'pemberitahuan', 'penolakan']);
    expect((await call(core, 'letters:list', { caseKind: 'objection', caseId: objection.id })).map((l) => l.type)).toEqual(['keberatan-tanda-bukti', 'keberatan-tanggapan']);
    // Request letters are not offered on the objection, nor objection letters on the request.
    expect(await core.handle('letters:issue', { caseKind: 'request', caseId: request.id, type: 'keberatan-tanda-bukti' })).toMatchObject({ ok: false, error: { code: 'precondition' } });
  }, 60_000);
});
