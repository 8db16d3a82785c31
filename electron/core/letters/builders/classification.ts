// The letters made from an archive document's classification: the PPID's decree classifying
// information as exempt (penetapan klasifikasi; PP 61/2010 Ps 5-6: jenis informasi, PPID, badan
// publik and unit, jangka waktu, alasan with the consequence analysis, tempat and tanggal) and the
// lembar uji konsekuensi (Perki 1/2021 Ps 49(2); UU KIP Ps 2(4), Ps 19). Pure, like the case letters.
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { exemptionBasis, exemptionTerm } from '../../../../shared/domain/archive/exemptionText';
import { DOCUMENT_LETTER_LABEL } from '../../../../shared/domain/letters';
import type { Block, DocumentSpec } from '../../documents/model';
import type { DocumentLetterSnapshot } from '../documentSnapshot';
import { line, orDash, para, tanggal, type BuildEnv } from './common';
import { ppidSignBlock } from './ppidSign';

const placeDate = (s: DocumentLetterSnapshot) => `${s.office.city}, ${formatTanggal(s.issuedDate)}`;
const badanPublik = (s: DocumentLetterSnapshot) => s.office.instansiLines.at(-1) ?? s.office.unit;
const informationOf = (s: DocumentLetterSnapshot) => (s.document.information.trim() !== '' ? s.document.information : s.document.title);

/** The unit holding the information: the document's own, else the PPID's. */
const unitOf = (s: DocumentLetterSnapshot) => (s.document.unit.trim() !== '' ? s.document.unit : s.office.unit);

function frame(s: DocumentLetterSnapshot, env: BuildEnv, blocks: Block[]): DocumentSpec {
  const label = DOCUMENT_LETTER_LABEL[s.type];
  const spec: DocumentSpec = {
    meta: {
      title: `${label} ${s.number}`,
      author: s.office.instansiLines.join(' '),
      subject: `${label} — ${s.document.title}`,
      keywords: ['PPID', 'UU 14/2008', 'informasi yang dikecualikan', s.number],
      language: 'id-ID',
      createdAt: env.createdAt,
    },
    page: { size: 'A4', orientation: 'portrait' },
    footer: { pageNumbers: true, text: `Nomor ${s.number}${s.version > 1 ? ` (versi ${s.version})` : ''}` },
    blocks,
  };
  if (env.letterhead) spec.letterhead = env.letterhead;
  return spec;
}

/** The consequence test as its steps (Perki 1/2021 Ps 49(2)), shared by both letters. */
function consequenceRows(s: DocumentLetterSnapshot): Array<{ label: string; value: string }> {
  const d = s.document;
  const basis = exemptionBasis(d.letters, d.law);
  return [
    { label: 'Informasi yang dikecualikan', value: informationOf(s) },
    { label: 'Dasar hukum pengecualian', value: basis.length > 0 ? basis.join('; ') : '-' },
    { label: 'Konsekuensi apabila informasi dibuka', value: orDash(d.harm) },
    { label: 'Pertimbangan kepentingan publik', value: orDash(d.publicInterest) },
    { label: 'Jangka waktu pengecualian', value: exemptionTerm(d.years, d.permanent) },
  ];
}

/** Keputusan PPID tentang penetapan klasifikasi informasi yang dikecualikan. */
export function buildPenetapanKlasifikasi(s: DocumentLetterSnapshot, env: BuildEnv): DocumentSpec {
  const d = s.document;
  const basis = exemptionBasis(d.letters, d.law);
  const body: Block[] = [
    line('Menimbang:', true),
    para(`bahwa berdasarkan uji konsekuensi, membuka informasi “${informationOf(s)}” dapat menimbulkan konsekuensi sebagaimana diuraikan dalam keputusan ini, sehingga perlu menetapkan klasifikasi informasi tersebut sebagai informasi yang dikecualikan;`, { indentLeftMm: 8 }),
    line('Mengingat:', true),
    { type: 'list', style: 'decimal', items: [
      'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, Pasal 2 ayat (4), Pasal 17 dan Pasal 19;',
      'Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008;',
      'Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik;',
      ...(d.law.trim() !== '' ? [`${d.law.trim()};`] : []),
    ] },
    { type: 'paragraph', runs: [{ text: 'MEMUTUSKAN:', bold: true }], align: 'center' },
    para([{ text: 'Menetapkan: ', bold: true }, { text: 'klasifikasi informasi yang dikecualikan sebagai berikut:' }]),
    {
      type: 'fields',
      labelWidthMm: 62,
      rows: [
        { label: 'Jenis informasi yang dikecualikan', value: [{ text: informationOf(s), bold: true }] },
        { label: 'Judul dokumen', value: d.dipNumber ? `${d.title} (Nomor DIP ${d.dipNumber})` : d.title },
        { label: 'Dasar pengecualian', value: basis.length > 0 ? basis.join('; ') : '-' },
        { label: 'Pejabat yang menetapkan', value: `${s.office.ppid.name}${s.office.ppid.nip ? `, NIP. ${s.office.ppid.nip}` : ''}, ${s.office.ppid.title}` },
        { label: 'Badan publik', value: badanPublik(s) },
        { label: 'Unit kerja pelaksana', value: unitOf(s) },
        { label: 'Jangka waktu pengecualian', value: exemptionTerm(d.years, d.permanent) },
        { label: 'Peninjauan ulang', value: tanggal(d.reviewDate) },
      ],
    },
    { type: 'heading', text: 'Alasan pengecualian dan uji konsekuensi', level: 2 },
    { type: 'list', style: 'decimal', items: [
      `Konsekuensi apabila informasi dibuka: ${orDash(d.harm)}`,
      `Pertimbangan kepentingan publik: ${orDash(d.publicInterest)}`,
      ...(d.note.trim() !== '' ? [`Catatan: ${d.note}`] : []),
    ] },
    para('Setelah jangka waktu pengecualian berakhir, informasi tersebut menjadi informasi publik (UU KIP Pasal 20). Keputusan ini berlaku sejak tanggal ditetapkan.'),
  ];
  return frame(s, env, [
    { type: 'title', text: 'KEPUTUSAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI TENTANG PENETAPAN KLASIFIKASI INFORMASI YANG DIKECUALIKAN', subtitle: `Nomor: ${s.number}` },
    ...body,
    ppidSignBlock(s.office.ppid, s.office.unit, `Ditetapkan di ${s.office.city}`, [`pada tanggal ${formatTanggal(s.issuedDate)}`, '']),
  ]);
}

/** Lembar uji konsekuensi (Perki 1/2021 Ps 49(2)): the steps of the test, signed by the PPID. */
export function buildUjiKonsekuensi(s: DocumentLetterSnapshot, env: BuildEnv): DocumentSpec {
  const d = s.document;
  const decree = d.decreeNumber !== '' ? `${d.decreeNumber}${d.decreeDate ? ` tanggal ${formatTanggal(d.decreeDate)}` : ''}` : 'belum ditetapkan';
  const body: Block[] = [
    para(`Pejabat Pengelola Informasi dan Dokumentasi ${badanPublik(s)} telah melakukan uji konsekuensi atas informasi berikut, sebagaimana dimaksud dalam Pasal 2 ayat (4) dan Pasal 19 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik:`),
    {
      type: 'fields',
      labelWidthMm: 62,
      rows: [
        { label: 'Judul dokumen', value: d.dipNumber ? `${d.title} (Nomor DIP ${d.dipNumber})` : d.title },
        { label: 'Unit penguasa informasi', value: unitOf(s) },
        { label: 'Penanggung jawab', value: orDash(d.responsible) },
      ],
    },
    { type: 'table', columns: [
      { header: 'No.', widthPct: 6, align: 'center' },
      { header: 'Langkah uji konsekuensi', widthPct: 30 },
      { header: 'Hasil', widthPct: 64 },
    ], rows: consequenceRows(s).map((r, i) => [String(i + 1), r.label, r.value]), fontSizePt: 10 },
    ...(d.note.trim() !== '' ? [para(`Catatan: ${d.note}`)] : []),
    para(`Kesimpulan: informasi tersebut merupakan informasi yang dikecualikan selama ${exemptionTerm(d.years, d.permanent)}, karena menutupnya melindungi kepentingan yang lebih besar daripada membukanya. Penetapan klasifikasi: ${decree}. Peninjauan ulang: ${tanggal(d.reviewDate)}.`),
  ];
  return frame(s, env, [
    { type: 'title', text: 'LEMBAR UJI KONSEKUENSI INFORMASI YANG DIKECUALIKAN', subtitle: `Nomor: ${s.number}` },
    ...body,
    ppidSignBlock(s.office.ppid, s.office.unit, placeDate(s)),
  ]);
}

export function buildDocumentLetter(s: DocumentLetterSnapshot, env: BuildEnv): DocumentSpec {
  return s.type === 'penetapan-klasifikasi' ? buildPenetapanKlasifikasi(s, env) : buildUjiKonsekuensi(s, env);
}
