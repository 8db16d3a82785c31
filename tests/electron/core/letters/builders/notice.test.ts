// The written notice's items (UU KIP Ps 22(7) a-g) for each decision, read from the DocumentSpec.
import { describe, expect, it } from 'vitest';
import { buildPemberitahuan } from '../../../../../electron/core/letters/builders/notice';
import type { Block } from '../../../../../electron/core/documents/model';
import type { LetterSnapshot, RequestSnapshot } from '../../../../../electron/core/letters/snapshot';

const request: RequestSnapshot = {
  id: 1, number: '001/PPID/XI/2026', receivedLocal: '2026-11-20', receivedTime: '10.00 WITA', channel: 'langsung',
  information: 'Daftar gaji pejabat 2025', purpose: 'Penelitian', accessMethod: ['salinan_softcopy'], deliveryMethod: 'email',
  requester: { name: 'Siti Aminah', idType: 'nik', idNumberMasked: '************0001', address: 'Jl. Pahlawan 12', phone: '', email: '', occupation: '', proxyName: '' },
  dueDate: '2026-12-04', extendedDueDate: null, extensionReason: null, decision: 'diterima_sebagian', heldStatus: 'dikuasai', heldBy: null,
  refusalPs17: ['h'], refusalOtherLaw: null, consequenceTest: null, noticeDate: '2026-11-23', costRp: null, paymentMethod: null,
  receivingOfficer: '', classifications: [],
};

function snapshot(r: Partial<RequestSnapshot>, details: Partial<LetterSnapshot['details']> = {}): LetterSnapshot {
  return {
    type: 'pemberitahuan', number: '001/PB/XI/2026', issuedDate: '2026-11-23', version: 1,
    office: { instansiLines: ['DINAS'], unit: 'PPID Utama', address: 'Jl.', city: 'Tenggarong', ppid: { name: 'A', nip: '', title: 'Kepala Dinas' }, atasan: { name: 'B', nip: '', title: 'Sekda' } },
    request: { ...request, ...r }, objection: null, objectionWindowDue: '2027-01-06',
    details: { sifat: 'Biasa', lampiran: '-', tembusan: [], materi: '', hitam: '', media: '', waktu: '', ...details },
  };
}

const textOf = (blocks: Block[]) =>
  blocks
    .flatMap((b) => (b.type === 'list' ? b.items : b.type === 'paragraph' ? [b.runs] : []))
    .map((x) => (typeof x === 'string' ? x : x.map((r) => r.text).join('')))
    .join('\n');
const items = (s: LetterSnapshot) => {
  const list = buildPemberitahuan(s, { createdAt: new Date(0) }).blocks.find((b) => b.type === 'list' && b.style === 'alpha');
  if (list?.type !== 'list') throw new Error('no item list');
  return list.items.map((x) => (typeof x === 'string' ? x : x.map((r) => r.text).join('')));
};

describe('pemberitahuan tertulis items', () => {
  it('partial grant: the officer\'s d and e, with the Ps 17 basis added to e', () => {
    const list = items(snapshot({}, { materi: 'Rekapitulasi gaji per golongan.', hitam: 'Nama dan NIP pegawai dihitamkan;' }));
    expect(list[3]).toBe('Materi informasi yang akan diberikan: Rekapitulasi gaji per golongan.');
    expect(list[4]).toBe(
      'Informasi yang dikecualikan (dihitamkan atau tidak diberikan) dan alasannya: Nama dan NIP pegawai dihitamkan. Dasar pengecualian: Pasal 17 huruf h UU Nomor 14 Tahun 2008 (mengungkap rahasia pribadi).',
    );
  });

  it('refused, held: e says the whole is exempt and why; d, f and g say what is not given', () => {
    const list = items(snapshot({ decision: 'ditolak', refusalPs17: ['h', 'j'], refusalOtherLaw: 'UU 43/2009 Pasal 44' }));
    expect(list[4]).toContain('Seluruh informasi yang diminta dikecualikan berdasarkan Pasal 17 huruf h');
    expect(list[4]).toContain('Pasal 17 huruf j');
    expect(list[4]).toContain('UU 43/2009 Pasal 44');
    expect(list[3]).toContain('Tidak ada informasi yang diberikan.');
    expect(list[5]).toContain('Tidak ada informasi yang disampaikan.');
    expect(list[6]).toContain('Tidak dikenakan biaya.');
  });

  it('held by another body: names it and says it is not held here', () => {
    const list = items(snapshot({ decision: 'ditolak', heldStatus: 'dikuasai_badan_lain', heldBy: 'Badan Pusat Statistik Kabupaten', refusalPs17: [] }));
    expect(list[0]).toContain('tidak berada di bawah penguasaan kami');
    expect(list[1]).toContain('Badan Pusat Statistik Kabupaten; Saudara dapat mengajukan permohonan');
    expect(list[2]).toContain('tidak berada di bawah penguasaan kami');
  });

  it('granted, not yet documented: the officer\'s jangka waktu penyediaan, and no "-" anywhere', () => {
    const s = snapshot({ decision: 'diterima_seluruhnya', heldStatus: 'belum_didokumentasikan', refusalPs17: [], costRp: 7000 }, { waktu: '14 (empat belas) hari kerja' });
    const text = textOf(buildPemberitahuan(s, { createdAt: new Date(0) }).blocks);
    expect(text).toContain('Jangka waktu penyediaan informasi yang belum didokumentasikan: 14 (empat belas) hari kerja.');
    expect(text).toContain('Rp7.000 (tujuh ribu rupiah).');
    expect(text).toContain('salinan digital (softcopy), dikirim melalui e-mail.');
    expect(text).not.toMatch(/: -(\.|$)/m);
  });
});
