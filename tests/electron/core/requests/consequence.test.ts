// The refusal's uji konsekuensi in its steps (Perki 1/2021 Ps 49(2); UU KIP Ps 2(4), 19, 20):
// the archive's schema on the refusal, drafted from a linked document's penetapan klasifikasi,
// stored with the decision, printed in the penolakan letter and the register; an old free-text
// refusal still reads and prints as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { updateDip } from '../../../../electron/core/archive/repo';
import { openDatabase } from '../../../../electron/core/db/connection';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { docxText, pdfText } from '../../../helpers/exportedFiles';
import { requestInput } from '../../../helpers/requests';
import { seedDocument } from '../../../helpers/seedArchive';
import { tempDir } from '../../../helpers/tempDir';
import { run } from '../documents/tools';

const STEPS = {
  consequenceInformation: 'Data kesehatan pegawai atas nama pejabat struktural',
  consequenceHarm: 'Membuka data ini mengungkap riwayat penyakit pegawai dan merugikan hak atas rahasia pribadinya.',
  consequencePublicInterest: 'Kepentingan publik atas pengawasan kinerja tidak memerlukan riwayat kesehatan; menutupnya melindungi kepentingan yang lebih besar.',
  exemptionYears: 5,
};
const REFUSE = { to: 'answered' as const, decision: 'ditolak' as const, heldStatus: 'dikuasai' as const, refusalPs17: ['h' as const], noticeDate: '2026-03-20' };

async function requestIn(c: Core) {
  const r = await call(c, 'requests:create', requestInput({ information: 'Data kesehatan pegawai Dinas Kominfo' }));
  await call(c, 'requests:transition', { id: r.id, to: 'in_process' });
  return r;
}

async function letterTexts(c: Core, id: number) {
  const letter = await call(c, 'letters:issue', { caseKind: 'request', caseId: id, type: 'penolakan' });
  const pdf = await call(c, 'letters:file', { id: letter.id, format: 'pdf' });
  const file = path.join(tempDir(), 'penolakan.pdf');
  fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
  expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  const docx = await call(c, 'letters:file', { id: letter.id, format: 'docx' });
  return { pdf: pdfText(pdf.base64, { pdfinfo: false }).text, docx: await docxText(docx.base64) };
}

function expectBoth(t: { pdf: string; docx: string }, parts: string[]) {
  for (const part of parts) {
    expect(t.pdf, part).toContain(part);
    expect(t.docx, part).toContain(part);
  }
}

describe('the refusal’s consequence test in its steps', () => {
  it('is stored with the decision and printed in the penolakan letter and the register', async () => {
    const c = testCore({ clock: fixedClock('2026-03-26T02:00:00Z') });
    await call(c, 'settings:saveProfile', validProfile);
    const r = await requestIn(c);
    const answered = await call(c, 'requests:transition', { id: r.id, ...REFUSE, ...STEPS, consequenceTest: 'Dibahas dalam rapat PPID 19 Maret 2026.' });
    expect(answered.consequence).toEqual({ ...STEPS, exemptionPermanent: false });
    expect(answered.consequenceTest).toBe('Dibahas dalam rapat PPID 19 Maret 2026.');
    const t = await letterTexts(c, r.id);
    expectBoth(t, [
      'Uji konsekuensi',
      'Langkah uji konsekuensi',
      'Informasi yang dikecualikan',
      'Data kesehatan pegawai atas nama pejabat struktural',
      'Dasar hukum pengecualian',
      'Pasal 17 huruf h UU Nomor 14 Tahun 2008 (mengungkap rahasia pribadi)',
      'Konsekuensi apabila informasi dibuka',
      'merugikan hak atas rahasia pribadinya',
      'Pertimbangan kepentingan publik',
      'Jangka waktu pengecualian',
      '5 (lima) tahun',
      'Catatan: Dibahas dalam rapat PPID 19 Maret 2026.',
    ]);
    const register = await call(c, 'registers:export', { kind: 'permohonan', from: '2026-01-01', to: '2026-12-31', format: 'csv' });
    expect(Buffer.from(register.base64, 'base64').toString('utf8')).toContain('Ps 17 huruf h; dikecualikan 5 (lima) tahun');
  });

  it('refuses a test half written, without its period, or permanent outside Ps 17 g/h', async () => {
    const c = testCore({ clock: fixedClock('2026-03-26T02:00:00Z') });
    const r = await requestIn(c);
    const issues = async (extra: object) => {
      const result = await c.handle('requests:transition', { id: r.id, ...REFUSE, ...extra });
      expect(result.ok).toBe(false);
      return (result as { error: { issues: Array<{ path: string }> } }).error.issues.map((i) => i.path);
    };
    expect(await issues({ consequenceHarm: STEPS.consequenceHarm, exemptionYears: 5 })).toEqual(['consequencePublicInterest']);
    expect(await issues({ ...STEPS, exemptionYears: null })).toEqual(['exemptionYears']);
    expect(await issues({ ...STEPS, refusalPs17: ['b'], exemptionYears: null, exemptionPermanent: true })).toEqual(['exemptionPermanent']);
    expect(await issues({ ...STEPS, exemptionYears: 31 })).toEqual(['exemptionYears']);
    // Permanent is for Ps 17 h (personal secrets): accepted, and the period reads so.
    const ok = await call(c, 'requests:transition', { id: r.id, ...REFUSE, ...STEPS, exemptionYears: null, exemptionPermanent: true });
    expect(ok.consequence).toMatchObject({ exemptionYears: null, exemptionPermanent: true });
  });

  it('keeps an old free-text refusal readable and printed as it was', async () => {
    const c = testCore({ clock: fixedClock('2026-03-26T02:00:00Z') });
    await call(c, 'settings:saveProfile', validProfile);
    const r = await requestIn(c);
    const text = 'Membuka data kesehatan pegawai merugikan hak atas rahasia pribadi lebih besar daripada manfaatnya.';
    const answered = await call(c, 'requests:transition', { id: r.id, ...REFUSE, consequenceTest: text });
    expect(answered).toMatchObject({ consequence: null, consequenceTest: text });
    const t = await letterTexts(c, r.id);
    expectBoth(t, [text]);
    expect(t.pdf).not.toContain('Langkah uji konsekuensi');
    // A row written before migration 014 (no JSON) reads the same way.
    const db = openDatabase(path.join(c.dataDir, 'archive.db'));
    try {
      expect(db.prepare('SELECT consequence FROM requests WHERE id = ?').pluck().get(r.id)).toBeNull();
    } finally {
      db.close();
    }
  });

  it('is drafted from the penetapan klasifikasi of a linked exempt archive document', async () => {
    const c = testCore({ clock: fixedClock('2026-03-26T02:00:00Z') });
    const r = await requestIn(c);
    expect(await call(c, 'requests:consequenceDraft', { id: r.id })).toBeNull();
    const db = openDatabase(path.join(c.dataDir, 'archive.db'));
    let documentId: number;
    try {
      documentId = seedDocument(db, { title: 'Rekam medis pegawai 2025', text: 'isi' });
      updateDip(db, documentId, {
        dip_number: '', title: 'Rekam medis pegawai 2025', summary: '', unit: '', responsible: '', produced_date: null,
        produced_place: '', form: 'softcopy', retention: '', category: 'dikecualikan', exemption_letter: 'h', exemption_law: 'UU 17/2023 Pasal 4',
        consequence_test: '', exemption_years: 5, exemption_permanent: 0, exemption_letters: '["h"]',
        ct_information: 'Rekam medis pegawai', ct_harm: STEPS.consequenceHarm, ct_public_interest: STEPS.consequencePublicInterest,
        decree_number: '188.4/045/PPID/2026', decree_date: '2026-02-10', review_date: '2031-02-10', updated_at: '2026-03-01T02:00:00.000Z',
      });
    } finally {
      db.close();
    }
    await call(c, 'archive:link', { requestId: r.id, documentId });
    const draft = await call(c, 'requests:consequenceDraft', { id: r.id });
    expect(draft).toEqual({
      document: { id: documentId, title: 'Rekam medis pegawai 2025', decreeNumber: '188.4/045/PPID/2026', decreeDate: '2026-02-10' },
      refusalPs17: ['h'],
      refusalOtherLaw: 'UU 17/2023 Pasal 4',
      steps: {
        consequenceInformation: 'Rekam medis pegawai',
        consequenceHarm: STEPS.consequenceHarm,
        consequencePublicInterest: STEPS.consequencePublicInterest,
        exemptionYears: 5,
        exemptionPermanent: false,
      },
    });
    // The draft is a valid refusal as it stands.
    const answered = await call(c, 'requests:transition', { id: r.id, ...REFUSE, refusalPs17: draft!.refusalPs17, refusalOtherLaw: draft!.refusalOtherLaw, ...draft!.steps });
    expect(answered.consequence).toEqual(draft!.steps);
  });
});
