// The case letters of issue 13 along one request's life: the notice of what a waiting request
// needs (kelengkapan, then the copying fee), the handover receipt and the kuitansi. Each is read
// back from its PDF (pdftotext) and DOCX (mammoth) for every field its form requires, and the PDF
// passes qpdf --check with every font embedded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { LetterType } from '../../../../shared/domain/letters';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { docxText, pdfText } from '../../../helpers/exportedFiles';
import { requestInput } from '../../../helpers/requests';
import { tempDir } from '../../../helpers/tempDir';
import { pdfFonts, run } from '../documents/tools';

async function texts(core: Core, id: number): Promise<{ pdf: string; docx: string }> {
  const pdf = await call(core, 'letters:file', { id, format: 'pdf' });
  const file = path.join(tempDir(), `letter-${id}.pdf`);
  fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
  expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  for (const font of pdfFonts(file)) expect(font.embedded, font.name).toBe(true);
  const docx = await call(core, 'letters:file', { id, format: 'docx' });
  return { pdf: pdfText(pdf.base64, { pdfinfo: false }).text, docx: await docxText(docx.base64) };
}

function expectBoth(t: { pdf: string; docx: string }, parts: string[]) {
  for (const part of parts) {
    expect(t.pdf, part).toContain(part);
    expect(t.docx, part).toContain(part);
  }
}

const available = async (core: Core, id: number, type: LetterType) =>
  (await call(core, 'letters:available', { caseKind: 'request', caseId: id })).find((o) => o.type === type)!;

describe('case letters: kelengkapan/biaya, penyerahan, kuitansi', () => {
  it('issue only when the case allows, and print every field', async () => {
    const core = testCore({ clock: fixedClock('2026-03-26T02:00:00Z') });
    await call(core, 'settings:saveProfile', validProfile);
    const tariff = await call(core, 'tariff:save', {
      decreeNumber: '188.4/45/PPID/2026',
      decreeDate: '2026-01-05',
      items: [
        { kind: 'halaman', label: 'Fotokopi A4', unit: 'lembar', priceRp: 500 },
        { kind: 'media', label: 'CD-R', unit: 'keping', priceRp: 5000 },
      ],
    });
    const request = await call(core, 'requests:create', requestInput({ officer: 'Rudi Hartono', accessMethod: ['salinan_hardcopy'], deliveryMethod: 'ambil_langsung' }));
    const id = request.id;

    for (const type of ['pemberitahuan-kelengkapan', 'penyerahan', 'kuitansi'] as const) {
      const option = await available(core, id, type);
      expect(option.available, type).toBe(false);
      expect(option.reason).toContain(request.number);
      expect(await core.handle('letters:issue', { caseKind: 'request', caseId: id, type })).toMatchObject({ ok: false, error: { code: 'precondition' } });
    }

    await call(core, 'requests:transition', { id, to: 'in_process' });
    await call(core, 'requests:transition', { id, to: 'waiting_requester', waitingReason: 'kelengkapan', note: 'Fotokopi KTP pemohon dan rincian tahun anggaran yang diminta.' });
    const missing = await call(core, 'letters:issue', { caseKind: 'request', caseId: id, type: 'pemberitahuan-kelengkapan', details: { sifat: 'Segera' } });
    expectBoth(await texts(core, missing.id), [
      missing.number,
      'Segera',
      'Pemberitahuan Kelengkapan Permohonan dan Biaya',
      request.number,
      'Siti Aminah',
      'Fotokopi KTP pemohon dan rincian tahun anggaran yang diminta.',
      'berhenti sementara',
      'Pasal 22 ayat (7)',
      validProfile.ppid.name,
    ]);

    await call(core, 'requests:transition', { id, to: 'in_process' });
    await call(core, 'requests:transition', {
      id,
      to: 'answered',
      decision: 'diterima_seluruhnya',
      heldStatus: 'dikuasai',
      noticeDate: '2026-03-24',
      costItems: [
        { tariffId: tariff.items[0]!.id, quantity: 15 },
        { tariffId: tariff.items[1]!.id, quantity: 1 },
      ],
      paymentMethod: 'transfer bank',
    });
    await call(core, 'requests:transition', { id, to: 'waiting_requester', waitingReason: 'biaya', note: 'Biaya salinan ditransfer ke rekening Bendahara Penerimaan.' });
    const fee = await call(core, 'letters:issue', { caseKind: 'request', caseId: id, type: 'pemberitahuan-kelengkapan', newVersion: true });
    expect(fee).toMatchObject({ number: missing.number, version: 2 });
    expectBoth(await texts(core, fee.id), [
      'Biaya salinan informasi belum dibayar',
      'Fotokopi A4',
      '15 lembar',
      'Rp500',
      'Rp7.500',
      'CD-R',
      'Rp12.500',
      'Dua belas ribu lima ratus rupiah',
      'transfer bank',
      'Keputusan Nomor 188.4/45/PPID/2026 tanggal 5 Januari 2026',
      'Biaya salinan ditransfer ke rekening Bendahara Penerimaan.',
      'Pasal 27 dan 28',
    ]);

    // Paid and handed over: the close form records the handover date; penyerahan and kuitansi open.
    await call(core, 'requests:transition', { id, to: 'done', deliveredDate: '2026-03-25' });
    const handover = await call(core, 'letters:issue', {
      caseKind: 'request',
      caseId: id,
      type: 'penyerahan',
      details: { materi: 'DPA Dinas Kominfo 2025 (15 halaman)', media: 'Fotokopi dan salinan PDF pada CD-R' },
    });
    expectBoth(await texts(core, handover.id), [
      'TANDA BUKTI PENYERAHAN INFORMASI PUBLIK',
      `Nomor: ${handover.number}`,
      request.number,
      'Siti Aminah',
      'DPA Dinas Kominfo 2025 (15 halaman)',
      'Fotokopi dan salinan PDF pada CD-R',
      'mengambil langsung',
      'Rabu, 25 Maret 2026',
      'Rp12.500',
      'Yang menerima',
      'Pemohon Informasi Publik',
      'Yang menyerahkan',
      'Rudi Hartono',
      'Samarinda, 26 Maret 2026',
    ]);

    const receipt = await call(core, 'letters:issue', { caseKind: 'request', caseId: id, type: 'kuitansi' });
    expectBoth(await texts(core, receipt.id), [
      'KUITANSI',
      `Nomor: ${receipt.number}`,
      'Telah terima dari',
      'Siti Aminah',
      'Dua belas ribu lima ratus rupiah',
      'Jumlah: Rp12.500',
      `permohonan nomor ${request.number}`,
      'transfer bank',
      'Keputusan Nomor 188.4/45/PPID/2026',
      'Rudi Hartono',
      'Yang membayar',
    ]);
    // Each type has its own gap-free sequence.
    expect([missing.number, handover.number, receipt.number].map((n) => n.split('/')[0])).toEqual(['045', '001', '001']);
  });
});
