// The letters of a request (permohonan): receipt, extension notice (Ps 22(8)) and the PPID's
// refusal decree (Ps 17, Ps 22(7) huruf c). The written notice (Ps 22(7)) is in notice.ts.
import { formatHariTanggal } from '../../../../shared/domain/calendar/format';
import { ACCESS_TEXT, CHANNEL_TEXT, DELIVERY_TEXT, terbilang } from '../../../../shared/domain/letters';
import { PS17_LABEL } from '../../../../shared/domain/requests/fields';
import { exemptionTerm } from '../../../../shared/domain/archive/exemptionText';
import type { Block } from '../../documents/model';
import type { DocumentSpec } from '../../documents/model';
import type { ClassificationSnapshot, LetterSnapshot, RequestSnapshot } from '../snapshot';
import { party, signatureBlock } from '../signature';
import { formulir, orDash, para, ppidSignature, signedAt, surat, tanggal, type BuildEnv } from './common';

const ID_LABEL = { nik: 'NIK', badan_hukum: 'Nomor akta/SK badan hukum' } as const;

export function requesterRows(r: RequestSnapshot): Array<{ label: string; value: string }> {
  const q = r.requester;
  return [
    { label: 'Nama pemohon', value: q.name },
    { label: ID_LABEL[q.idType], value: q.idNumberMasked },
    { label: 'Alamat', value: q.address },
    { label: 'Telepon', value: orDash(q.phone) },
    { label: 'E-mail', value: orDash(q.email) },
    { label: 'Pekerjaan', value: orDash(q.occupation) },
    ...(q.proxyName ? [{ label: 'Kuasa pemohon', value: q.proxyName }] : []),
  ];
}

export const accessText = (r: RequestSnapshot) => r.accessMethod.map((m) => ACCESS_TEXT[m]).join(', ');

const given = (value: string | null | undefined): value is string => Boolean(value && value.trim() !== '' && value.trim() !== '-');

/** Sifat and Lampiran of a form, printed only when the officer gave them. */
export function sifatLampiran(s: LetterSnapshot): Block[] {
  const rows = [
    ...(given(s.details.sifat) ? [{ label: 'Sifat', value: s.details.sifat }] : []),
    ...(given(s.details.lampiran) ? [{ label: 'Lampiran', value: s.details.lampiran }] : []),
  ];
  return rows.length ? [{ type: 'fields', labelWidthMm: 25, rows }] : [];
}

/**
 * The two signers of a receipt, side by side as the Perki form draws them: the petugas who
 * received it on the left, the requester (or the kuasa on the requester's behalf) on the right,
 * under the place and date. The petugas's NIP: from the officer's account (issue 14), else the PPID's
 * when the petugas is the PPID.
 */
export function receiptSignatures(s: LetterSnapshot, petugasTitle: string[], pemohonTitle: string, proxyName: string): Block {
  const officer = s.request.receivingOfficer;
  const ppid = s.office.ppid;
  const nip = s.request.receivingOfficerNip || (officer && officer === ppid.name ? ppid.nip : '');
  const petugas = party(petugasTitle, { name: officer, nip: officer ? nip : '' });
  const requester = s.request.requester;
  const pemohon = proxyName
    ? party([`Kuasa ${pemohonTitle}`, `a.n. ${requester.name},`], { name: proxyName }, signedAt(s))
    : party([`${pemohonTitle},`], { name: requester.name }, signedAt(s));
  return signatureBlock(pemohon, petugas);
}

/** Tanda bukti penerimaan permohonan informasi publik (Perki 1/2021, formulir permohonan). */
export function buildTandaBukti(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const r = s.request;
  const body: Block[] = [
    ...sifatLampiran(s),
    para('Telah diterima permohonan informasi publik dengan keterangan sebagai berikut:'),
    {
      type: 'fields',
      labelWidthMm: 55,
      rows: [
        { label: 'Nomor pendaftaran', value: [{ text: r.number, bold: true }] },
        { label: 'Tanggal diterima', value: `${formatHariTanggal(r.receivedLocal)}, pukul ${r.receivedTime}` },
        { label: 'Cara penyampaian', value: CHANNEL_TEXT[r.channel] },
        ...requesterRows(r),
        { label: 'Informasi yang dibutuhkan', value: r.information },
        { label: 'Tujuan penggunaan informasi', value: r.purpose },
        { label: 'Cara memperoleh informasi', value: accessText(r) },
        { label: 'Cara mendapatkan salinan', value: DELIVERY_TEXT[r.deliveryMethod] },
        { label: 'Petugas penerima', value: r.receivingOfficer || '-' },
      ],
    },
    para(
      `Permohonan ini akan dijawab dengan pemberitahuan tertulis paling lambat ${tanggal(r.dueDate)}, yaitu 10 (sepuluh) hari kerja sejak permohonan diterima (UU KIP Pasal 22 ayat (7)). Jangka waktu tersebut dapat diperpanjang paling lama 7 (tujuh) hari kerja dengan pemberitahuan tertulis (UU KIP Pasal 22 ayat (8)).`,
    ),
    para('Simpan tanda bukti ini: nomor pendaftaran diperlukan untuk menanyakan perkembangan permohonan dan untuk mengajukan keberatan.'),
  ];
  const sign = receiptSignatures(s, ['Petugas Pelayanan Informasi', '(Penerima Permohonan),'], 'Pemohon Informasi', r.requester.proxyName);
  return formulir(s, env, 'TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK', `Nomor: ${s.number}`, body, sign);
}

/** "Pasal 17 huruf h UU Nomor 14 Tahun 2008 (mengungkap rahasia pribadi)" for each letter, then the other law. */
export function exemptionBasis(r: RequestSnapshot): string[] {
  const basis = r.refusalPs17.map((l) => `Pasal 17 huruf ${l} UU Nomor 14 Tahun 2008 (${PS17_LABEL[l]})`);
  if (r.refusalOtherLaw) basis.push(r.refusalOtherLaw);
  return basis;
}

/**
 * The objection right (UU KIP Ps 35(1), 36(1)): 30 working days from receipt of the letter. The
 * app counts from the notice date recorded on the request, so the sentence names that date: the
 * day counted from and the last day agree with what the letter says.
 */
export function objectionRight(s: LetterSnapshot, what: 'keputusan' | 'pemberitahuan', articles: string): string {
  const due = s.objectionWindowDue;
  const from = s.request.noticeDate;
  const window = `30 (tiga puluh) hari kerja sejak diterimanya ${what} ini`;
  return due && from
    ? `keberatan kepada Atasan PPID paling lambat ${tanggal(due)}, yaitu ${window}, dihitung dari tanggal ${what} ${tanggal(from)} (${articles}).`
    : `keberatan kepada Atasan PPID dalam jangka waktu ${window} (${articles}).`;
}

/** "5 (lima) tahun", or "tanpa batas waktu" (only Ps 17 g and h may be permanent). */
export function exemptionPeriod(c: ClassificationSnapshot): string {
  if (c.permanent) return `tanpa batas waktu (Pasal 17 huruf ${c.letter})`;
  return c.years ? `${c.years} (${terbilang(c.years)}) tahun` : 'belum ditetapkan';
}

/** One linked document's penetapan klasifikasi, as the refusal cites it (UU KIP Ps 19, 20; PP 61/2010). */
export function classificationText(c: ClassificationSnapshot): string {
  const decree = c.decreeNumber ? `, ditetapkan dengan Keputusan PPID Nomor ${c.decreeNumber}${c.decreeDate ? ` tanggal ${tanggal(c.decreeDate)}` : ''}` : '';
  const law = c.law ? ` dan ${c.law}` : '';
  const review = c.reviewDate ? `; ditinjau kembali pada ${tanggal(c.reviewDate)}` : '';
  return `“${c.title}”: informasi yang dikecualikan berdasarkan Pasal 17 huruf ${c.letter} UU Nomor 14 Tahun 2008${law}${decree}; jangka waktu pengecualian ${exemptionPeriod(c)}${review}.`;
}

function consequenceBlocks(r: RequestSnapshot, basis: string[]): Block[] {
  const c = r.consequence;
  if (!c) return [para(orDash(r.consequenceTest))];
  const rows: Array<[string, string]> = [
    ['Informasi yang dikecualikan', c.consequenceInformation || r.information],
    ['Dasar hukum pengecualian', basis.length > 0 ? basis.join('; ') : '-'],
    ['Konsekuensi apabila informasi dibuka', orDash(c.consequenceHarm)],
    ['Pertimbangan kepentingan publik', orDash(c.consequencePublicInterest)],
    ['Jangka waktu pengecualian', exemptionTerm(c.exemptionYears, c.exemptionPermanent)],
  ];
  return [
    {
      type: 'table',
      columns: [
        { header: 'No.', widthPct: 6, align: 'center' },
        { header: 'Langkah uji konsekuensi', widthPct: 30 },
        { header: 'Hasil', widthPct: 64 },
      ],
      rows: rows.map(([label, value], i) => [String(i + 1), label, value]),
      fontSizePt: 10,
    },
    ...(r.consequenceTest && r.consequenceTest.trim() !== '' ? [para(`Catatan: ${r.consequenceTest}`)] : []),
  ];
}

/** Pemberitahuan perpanjangan jangka waktu (UU KIP Ps 22(8)). */
export function buildPerpanjangan(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const r = s.request;
  const body: Block[] = [
    para(
      `Menindaklanjuti permohonan informasi publik Saudara dengan nomor pendaftaran ${r.number}, dengan ini kami beritahukan bahwa jangka waktu pemberitahuan tertulis atas permohonan tersebut diperpanjang paling lama 7 (tujuh) hari kerja sebagaimana dimaksud dalam Pasal 22 ayat (8) Undang-Undang Nomor 14 Tahun 2008, dengan keterangan sebagai berikut:`,
    ),
    {
      type: 'fields',
      labelWidthMm: 55,
      rows: [
        { label: 'Nomor pendaftaran', value: r.number },
        { label: 'Tanggal diterima', value: tanggal(r.receivedLocal) },
        { label: 'Informasi yang diminta', value: r.information },
        { label: 'Alasan perpanjangan', value: orDash(r.extensionReason) },
        { label: 'Batas waktu semula', value: tanggal(r.dueDate) },
        { label: 'Perpanjangan', value: '7 (tujuh) hari kerja' },
        { label: 'Batas waktu baru', value: [{ text: tanggal(r.extendedDueDate), bold: true }] },
      ],
    },
    para('Demikian pemberitahuan ini kami sampaikan. Atas perhatian dan pengertian Saudara, kami ucapkan terima kasih.'),
  ];
  return surat(s, env, body, ppidSignature(s));
}

/** Keputusan PPID tentang penolakan permohonan informasi publik (UU KIP Ps 17, Ps 22(7) huruf c). */
export function buildPenolakan(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const r = s.request;
  const basis = exemptionBasis(r);
  const body: Block[] = [
    para('Pejabat Pengelola Informasi dan Dokumentasi (PPID), setelah memeriksa permohonan informasi publik:'),
    {
      type: 'fields',
      labelWidthMm: 55,
      rows: [
        { label: 'Nomor pendaftaran', value: r.number },
        { label: 'Tanggal diterima', value: tanggal(r.receivedLocal) },
        ...requesterRows(r),
        { label: 'Informasi yang diminta', value: r.information },
        { label: 'Tujuan penggunaan informasi', value: r.purpose },
      ],
    },
    para(
      r.decision === 'diterima_sebagian'
        ? 'memutuskan menolak sebagian permohonan tersebut karena sebagian informasi yang diminta merupakan informasi yang dikecualikan berdasarkan:'
        : 'memutuskan menolak permohonan tersebut karena informasi yang diminta merupakan informasi yang dikecualikan berdasarkan:',
    ),
    { type: 'list', style: 'decimal', items: basis.length > 0 ? basis : ['-'] },
  ];
  if (r.classifications.length > 0) {
    // UU KIP Ps 19-20, PP 61/2010: the exemption rests on the PPID's penetapan klasifikasi, which
    // sets its period; the refusal cites the decree the archive holds for the linked documents.
    body.push({ type: 'heading', text: 'Penetapan klasifikasi dan jangka waktu pengecualian', level: 2 });
    body.push({ type: 'list', style: 'bullet', items: r.classifications.map(classificationText) });
  }
  body.push(
    { type: 'heading', text: 'Uji konsekuensi', level: 2 },
    // UU KIP Ps 2(4), Ps 19: the consequence test that justifies withholding — in its steps
    // (Perki 1/2021 Ps 49(2)), as the archive's lembar uji konsekuensi has them; a refusal from
    // before the steps prints its free text.
    ...consequenceBlocks(r, basis),
    para(`Apabila Saudara keberatan atas keputusan ini, Saudara berhak mengajukan ${objectionRight(s, 'keputusan', 'UU KIP Pasal 35 ayat (1) huruf a dan Pasal 36 ayat (1)')}`),
  );
  return formulir(s, env, 'KEPUTUSAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI TENTANG PENOLAKAN PERMOHONAN INFORMASI PUBLIK', `Nomor: ${s.number}`, body, ppidSignature(s, 'decree'));
}
