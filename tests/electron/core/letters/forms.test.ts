// Issue 13 (part 1): the fields each letter must carry as the law and the Perki forms draw them,
// read back from the PDF (pdftotext) and the DOCX (mammoth): Jabatan PPID once, NIP in groups,
// salutation by requester kind, petugas penerima and requester on the receipts, the notice's items
// d, e and g, the refusal's decree date and exemption period, the Atasan's order to release.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { updateDip } from '../../../../electron/core/archive/repo';
import { openDatabase } from '../../../../electron/core/db/connection';
import type { LetterType } from '../../../../shared/domain/letters';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { requestInput } from '../../../helpers/requests';
import { seedDocument } from '../../../helpers/seedArchive';
import { tempDir } from '../../../helpers/tempDir';
import { hasTool, ocrRecall, pdfFonts, run, sofficeToPdf } from '../documents/tools';

const PROFILE = {
  ...validProfile,
  instansiLines: ['PEMERINTAH KABUPATEN KUTAI KARTANEGARA', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
  unit: 'PPID Utama',
  city: 'Tenggarong',
  ppid: { name: 'Dra. Siti Rahmawati, M.Si.', nip: '197503122000031004', title: 'Kepala Dinas Komunikasi dan Informatika' },
};
const ENTITY = 'Yayasan Lembaga Bantuan Hukum Mahakam';
const PROXY = 'Andi Saputra, S.H.';
const PETUGAS = 'Rudi Hartono';

async function files(core: Core, id: number, dir: string) {
  const pdf = await call(core, 'letters:file', { id, format: 'pdf' });
  const docx = await call(core, 'letters:file', { id, format: 'docx' });
  const pdfFile = path.join(dir, pdf.filename);
  const docxFile = path.join(dir, docx.filename);
  fs.writeFileSync(pdfFile, Buffer.from(pdf.base64, 'base64'));
  fs.writeFileSync(docxFile, Buffer.from(docx.base64, 'base64'));
  const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const docxText = (await mammoth.extractRawText({ path: docxFile })).value.replace(/\s+/g, ' ');
  return { pdfFile, docxFile, text, docxText };
}

const count = (text: string, part: string) => text.split(part).length - 1;

/** Every part in both the PDF and the DOCX text. */
function expectBoth(f: { text: string; docxText: string }, parts: string[]) {
  for (const part of parts) {
    expect(f.text, `PDF: ${part}`).toContain(part);
    expect(f.docxText, `DOCX: ${part}`).toContain(part);
  }
}

function expectNeither(f: { text: string; docxText: string }, parts: string[]) {
  for (const part of parts) {
    expect(f.text, `PDF: ${part}`).not.toContain(part);
    expect(f.docxText, `DOCX: ${part}`).not.toContain(part);
  }
}

async function issue(core: Core, caseKind: 'request' | 'objection', caseId: number, type: LetterType, details = {}) {
  return call(core, 'letters:issue', { caseKind, caseId, type, details });
}

/** An exempt archive document with its penetapan klasifikasi, linked to the request. */
async function linkExemptDocument(core: Core, requestId: number): Promise<void> {
  const db = openDatabase(path.join(core.dataDir, 'archive.db'));
  try {
    const id = seedDocument(db, { title: 'Data kepegawaian pejabat struktural 2025', text: 'isi' });
    updateDip(db, id, {
      dip_number: '', title: 'Data kepegawaian pejabat struktural 2025', summary: '', unit: '', responsible: '', produced_date: null,
      produced_place: '', form: 'softcopy', retention: '', category: 'dikecualikan', exemption_letter: 'h', exemption_law: '',
      consequence_test: 'Membuka data ini mengungkap rahasia pribadi.', exemption_years: 5, exemption_permanent: 0,
      exemption_letters: '["h"]', ct_information: '', ct_harm: '', ct_public_interest: '',
      decree_number: '188.4/045/PPID/2026', decree_date: '2026-02-10', review_date: '2031-02-10', updated_at: '2026-11-23T02:00:00.000Z',
    });
    await call(core, 'archive:link', { requestId, documentId: id });
  } finally {
    db.close();
  }
}

describe('letters as the forms draw them', () => {
  it('a legal entity through its kuasa, partly granted with a cost, refused in part under Ps 17 h, and its objection granted', async () => {
    const dir = tempDir();
    const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
    await call(core, 'settings:saveProfile', PROFILE);
    // The officer on the case signs as petugas penerima, not the one named at the desk.
    await call(core, 'app:setOfficer', { name: 'Petugas Meja' });
    const request = await call(
      core,
      'requests:create',
      requestInput({
        receivedAt: '2026-11-20T10:00:00+08:00',
        requester: { name: ENTITY, idType: 'badan_hukum', idNumber: 'AHU-0012345.AH.01.04.2020', proxyName: PROXY },
        purpose: 'Bahan advokasi hak pegawai',
        deliveryMethod: 'pos',
        accessMethod: ['salinan_hardcopy'],
        officer: PETUGAS,
      }),
    );

    // Tanda bukti: petugas penerima and the pemohon (here its kuasa) side by side; Sifat/Lampiran given.
    const receipt = await issue(core, 'request', request.id, 'tanda-bukti', { sifat: 'Penting', lampiran: '1 (satu) berkas surat kuasa' });
    const tb = await files(core, receipt.id, dir);
    expectBoth(tb, ['Petugas Pelayanan Informasi', '(Penerima Permohonan)', PETUGAS, 'Kuasa Pemohon Informasi', `a.n. ${ENTITY}`, PROXY, 'Tenggarong, 23 November 2026', 'Penting', '1 (satu) berkas surat kuasa']);
    // The PPID does not sign the receipt.
    expectNeither(tb, [PROFILE.ppid.name, 'Petugas Meja']);

    await call(core, 'requests:transition', { id: request.id, to: 'in_process' });
    await call(core, 'requests:transition', {
      id: request.id,
      to: 'answered',
      decision: 'diterima_sebagian',
      heldStatus: 'dikuasai',
      refusalPs17: ['h'],
      consequenceTest: 'Membuka data ini mengungkap rahasia pribadi pegawai yang dilindungi dan merugikan yang bersangkutan.',
      costRp: 12500,
      paymentMethod: 'transfer bank',
    });
    await linkExemptDocument(core, request.id);

    const notice = await issue(core, 'request', request.id, 'pemberitahuan');
    const pb = await files(core, notice.id, dir);
    expectBoth(pb, [
      `Yth. Pimpinan ${ENTITY}`,
      `melalui kuasanya, Sdr. ${PROXY}`,
      // d: the request less the exempt part; e: the exempt part with its Ps 17 letter.
      'selain bagian yang dikecualikan sebagaimana tersebut pada huruf e',
      'Bagian informasi yang dikecualikan tidak diberikan atau dihitamkan, dengan alasan: Pasal 17 huruf h UU Nomor 14 Tahun 2008 (mengungkap rahasia pribadi)',
      'salinan tercetak (hardcopy), dikirim melalui pos',
      'Rp12.500 (dua belas ribu lima ratus rupiah); cara pembayaran: transfer bank',
      'Waktu penyediaan informasi: setelah biaya sebagaimana tersebut pada huruf g dibayar',
      'Kepala Dinas Komunikasi dan Informatika',
      'selaku PPID Utama',
      'NIP. 19750312 200003 1 004',
      'Penetapan klasifikasi: “Data kepegawaian pejabat struktural 2025”',
      'jangka waktu pengecualian 5 (lima) tahun',
    ]);
    expectNeither(pb, ['Sdr. Yayasan', 'Tidak dikenakan biaya', 'disampaikan melalui', 'NIP. 197503122000031004', 'Pejabat Pengelola Informasi dan Dokumentasi PPID']);
    expect(count(pb.text, 'Kepala Dinas Komunikasi dan Informatika')).toBe(1);

    const refusal = await issue(core, 'request', request.id, 'penolakan');
    const pn = await files(core, refusal.id, dir);
    expectBoth(pn, [
      'Ditetapkan di Tenggarong',
      'pada tanggal 23 November 2026',
      'Pasal 17 huruf h',
      'Keputusan PPID Nomor 188.4/045/PPID/2026 tanggal 10 Februari 2026',
      'jangka waktu pengecualian 5 (lima) tahun',
      'ditinjau kembali pada 10 Februari 2031',
      '30 (tiga puluh) hari kerja sejak diterimanya keputusan ini, dihitung dari tanggal keputusan 23 November 2026',
      'NIP. 19750312 200003 1 004',
    ]);
    // One date line under a decree, not also "Tenggarong, 23 November 2026".
    expectNeither(pn, ['Tenggarong, 23 November 2026', 'sejak keputusan ini diterima']);

    const objection = await call(core, 'objections:create', { requestId: request.id, grounds: ['a'], caseSummary: 'Pemohon menilai data itu bukan rahasia pribadi.', proxyName: PROXY });
    const objReceipt = await issue(core, 'objection', objection.id, 'keberatan-tanda-bukti');
    const kb = await files(core, objReceipt.id, dir);
    expectBoth(kb, ['Tujuan penggunaan informasi', 'Bahan advokasi hak pegawai', `${PROXY} (bertindak untuk dan atas nama ${ENTITY})`, 'Petugas Penerima Keberatan', PETUGAS, 'Kuasa Pengaju Keberatan']);

    await call(core, 'objections:decide', { id: objection.id, decision: 'dikabulkan', reason: 'Data yang diminta adalah data jabatan, bukan rahasia pribadi.' });
    const answer = await issue(core, 'objection', objection.id, 'keberatan-tanggapan');
    const ta = await files(core, answer.id, dir);
    expectBoth(ta, ['Atasan PPID memerintahkan', 'Pejabat Pengelola Informasi dan Dokumentasi (PPID) untuk memberikan informasi yang diminta kepada Saudara', 'selaku Atasan PPID', 'NIP. 19691101 199403 2 006', `Yth. Pimpinan ${ENTITY}`]);

    // The checks of the renderer tests hold for the letters: qpdf, embedded fonts, OCR, LibreOffice.
    for (const f of [tb, pb, pn, kb, ta]) {
      run('qpdf', ['--check', f.pdfFile]);
      const fonts = pdfFonts(f.pdfFile);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((x) => x.embedded)).toBe(true);
    }
    if (hasTool('tesseract')) {
      for (const f of [tb, pb]) expect(ocrRecall(f.pdfFile, 1, dir).recall).toBeGreaterThanOrEqual(0.8);
    }
    if (hasTool('soffice')) {
      sofficeToPdf([tb.docxFile, pn.docxFile], dir);
      for (const f of [tb, pn]) {
        const converted = path.join(dir, `${path.basename(f.docxFile, '.docx')}.pdf`);
        const text = execFileSync('pdftotext', [converted, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(text).toContain('PEMERINTAH KABUPATEN KUTAI KARTANEGARA');
        expect(text).toContain(f === tb ? PETUGAS : 'NIP. 19750312 200003 1 004');
      }
      // Word/LibreOffice set the petugas's and the kuasa's names on one line, as the PDF does.
      const layout = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\n');
      const level = (lines: string[]) => lines.some((l) => l.includes(PETUGAS) && l.includes(PROXY));
      expect(level(layout(path.join(dir, `${path.basename(tb.docxFile, '.docx')}.pdf`)))).toBe(true);
      expect(level(layout(tb.pdfFile))).toBe(true);
    }
  }, 120_000);

  it('a person is "Sdr."; not yet documented is said as such, with its jangka waktu penyediaan; no cost means none', async () => {
    const dir = tempDir();
    const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
    await call(core, 'settings:saveProfile', PROFILE);
    await call(core, 'app:setOfficer', { name: 'Budi Santoso' });
    const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-20T10:00:00+08:00', deliveryMethod: 'ambil_langsung', accessMethod: ['salinan_hardcopy'] }));
    // No officer on the case: the officer named at this desk receives it.
    const tb = await files(core, (await issue(core, 'request', request.id, 'tanda-bukti')).id, dir);
    expectBoth(tb, ['Budi Santoso', 'Pemohon Informasi,', 'Siti Aminah']);
    await call(core, 'requests:transition', { id: request.id, to: 'in_process' });
    await call(core, 'requests:transition', { id: request.id, to: 'answered', decision: 'ditolak', heldStatus: 'belum_didokumentasikan' });
    const notice = await issue(core, 'request', request.id, 'pemberitahuan');
    const pb = await files(core, notice.id, dir);
    expectBoth(pb, [
      'Yth. Sdr. Siti Aminah',
      'belum dapat dipenuhi karena informasi yang diminta belum didokumentasikan',
      'Jangka waktu penyediaan informasi yang belum didokumentasikan',
      'Tidak dikenakan biaya.',
      'Tidak ada informasi yang diberikan.',
    ]);
    expectNeither(pb, ['tidak berada di bawah penguasaan kami', 'Yth. Pimpinan']);

    // Granted in full with the copy to be collected: the proper wording, and an empty time said in words.
    const second = await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-20T11:00:00+08:00', deliveryMethod: 'ambil_langsung', accessMethod: ['salinan_hardcopy'] }));
    await call(core, 'requests:transition', { id: second.id, to: 'in_process' });
    await call(core, 'requests:transition', { id: second.id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' });
    const granted = await files(core, (await issue(core, 'request', second.id, 'pemberitahuan')).id, dir);
    expectBoth(granted, ['diambil langsung oleh Saudara di kantor kami', 'Waktu penyediaan informasi: bersamaan dengan pemberitahuan ini.', 'Tidak ada bagian informasi yang dihitamkan.', 'Tidak dikenakan biaya.']);
    expectNeither(granted, ['mengambil langsung', 'Waktu penyediaan informasi: -']);
  }, 60_000);
});
