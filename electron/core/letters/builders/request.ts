// The letters of a request (permohonan): receipt, written notice (UU KIP Ps 22(7) a-g), extension
// notice (Ps 22(8)) and the PPID's refusal decree (Ps 17, Ps 22(7) huruf c).
import { formatHariTanggal } from '../../../../shared/domain/calendar/format';
import { ACCESS_TEXT, CHANNEL_TEXT, DELIVERY_TEXT, formatRupiah } from '../../../../shared/domain/letters';
import { PS17_LABEL } from '../../../../shared/domain/requests/fields';
import type { Block } from '../../documents/model';
import type { DocumentSpec } from '../../documents/model';
import type { LetterSnapshot, RequestSnapshot } from '../snapshot';
import { formulir, line, orDash, para, ppidSignature, surat, tanggal, type BuildEnv } from './common';

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

const accessText = (r: RequestSnapshot) => r.accessMethod.map((m) => ACCESS_TEXT[m]).join(', ');

/** Tanda bukti penerimaan permohonan informasi publik (Perki 1/2021, formulir permohonan). */
export function buildTandaBukti(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const r = s.request;
  const body: Block[] = [
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
      ],
    },
    para(
      `Permohonan ini akan dijawab dengan pemberitahuan tertulis paling lambat ${tanggal(r.dueDate)}, yaitu 10 (sepuluh) hari kerja sejak permohonan diterima (UU KIP Pasal 22 ayat (7)). Jangka waktu tersebut dapat diperpanjang paling lama 7 (tujuh) hari kerja dengan pemberitahuan tertulis (UU KIP Pasal 22 ayat (8)).`,
    ),
    para('Simpan tanda bukti ini: nomor pendaftaran diperlukan untuk menanyakan perkembangan permohonan dan untuk mengajukan keberatan.'),
  ];
  return formulir(s, env, 'TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK', `Nomor: ${s.number}`, body, ppidSignature(s, true));
}

const HELD_TEXT = {
  dikuasai: 'Informasi yang diminta berada di bawah penguasaan kami.',
  dikuasai_badan_lain: 'Informasi yang diminta tidak berada di bawah penguasaan kami.',
  belum_didokumentasikan: 'Informasi yang diminta belum didokumentasikan.',
} as const;

/** "Pasal 17 huruf h UU KIP (mengungkap rahasia pribadi)" for each letter, then the other law. */
export function exemptionBasis(r: RequestSnapshot): string[] {
  const basis = r.refusalPs17.map((l) => `Pasal 17 huruf ${l} UU Nomor 14 Tahun 2008 (${PS17_LABEL[l]})`);
  if (r.refusalOtherLaw) basis.push(r.refusalOtherLaw);
  return basis;
}

function decisionText(r: RequestSnapshot): string {
  const basis = exemptionBasis(r);
  const because = basis.length > 0 ? ` berdasarkan ${basis.join('; ')}` : '';
  switch (r.decision) {
    case 'diterima_seluruhnya':
      return 'Permohonan informasi diterima seluruhnya.';
    case 'diterima_sebagian':
      return `Permohonan informasi diterima sebagian; bagian selebihnya merupakan informasi yang dikecualikan${because}.`;
    case 'ditolak':
      return r.heldStatus === 'dikuasai'
        ? `Permohonan informasi ditolak karena informasi yang diminta merupakan informasi yang dikecualikan${because}.`
        : 'Permohonan informasi tidak dapat dipenuhi karena informasi yang diminta tidak berada di bawah penguasaan kami.';
    default:
      return '-';
  }
}

/** Pemberitahuan tertulis (UU KIP Ps 22(7) huruf a-g). */
export function buildPemberitahuan(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const r = s.request;
  const d = s.details;
  const gives = r.decision !== 'ditolak';
  const cost = r.costRp && r.costRp > 0 ? `${formatRupiah(r.costRp)}; cara pembayaran: ${orDash(r.paymentMethod)}.` : 'Tidak dikenakan biaya.';
  const items = [
    `Penguasaan informasi: ${r.heldStatus ? HELD_TEXT[r.heldStatus] : '-'}`,
    `Badan publik yang menguasai informasi: ${r.heldStatus === 'dikuasai_badan_lain' ? `${orDash(r.heldBy)}; Saudara dapat mengajukan permohonan kepada badan publik tersebut.` : r.heldStatus === 'dikuasai' ? 'badan publik ini.' : '-'}`,
    `Keputusan: ${decisionText(r)}`,
    `Materi informasi yang akan diberikan: ${gives ? orDash(d.materi || r.information) : '-'}`,
    `Bagian yang dihitamkan dan alasannya: ${orDash(d.hitam)}`,
    `Alat penyampai dan format informasi: ${gives ? orDash(d.media || `${accessText(r)}, disampaikan melalui ${DELIVERY_TEXT[r.deliveryMethod]}`) : '-'}`,
    `Biaya dan cara pembayaran: ${gives ? cost : '-'}`,
  ];
  const body: Block[] = [
    para(
      `Menindaklanjuti permohonan informasi publik Saudara yang kami terima pada ${tanggal(r.receivedLocal)} dengan nomor pendaftaran ${r.number}, mengenai: “${r.information}”, bersama ini kami sampaikan pemberitahuan tertulis sebagaimana dimaksud dalam Pasal 22 ayat (7) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik:`,
    ),
    { type: 'list', style: 'alpha', items },
  ];
  if (gives) body.push(para(`Waktu penyediaan informasi: ${orDash(d.waktu)}.`));
  if (r.decision !== 'diterima_seluruhnya' && s.objectionWindowDue) {
    // UU KIP Ps 35(1), 36(1): 30 working days to object to the Atasan PPID.
    body.push(para(`Apabila Saudara tidak menerima keputusan ini, Saudara dapat mengajukan keberatan kepada Atasan PPID paling lambat ${tanggal(s.objectionWindowDue)} (30 hari kerja, UU KIP Pasal 35 ayat (1) dan Pasal 36 ayat (1)).`));
  }
  body.push(para('Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.'));
  return surat(s, env, body, ppidSignature(s));
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
    { type: 'heading', text: 'Uji konsekuensi', level: 2 },
    // UU KIP Ps 2(4), Ps 19: the consequence test that justifies withholding.
    para(orDash(r.consequenceTest)),
    para(
      `Apabila Saudara keberatan atas keputusan ini, Saudara berhak mengajukan keberatan kepada Atasan PPID paling lambat ${tanggal(s.objectionWindowDue)}, yaitu 30 (tiga puluh) hari kerja sejak keputusan ini diterima (UU KIP Pasal 35 ayat (1) huruf a dan Pasal 36 ayat (1)).`,
    ),
    line(`Ditetapkan di ${s.office.city}`),
  ];
  return formulir(s, env, 'KEPUTUSAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI TENTANG PENOLAKAN PERMOHONAN INFORMASI PUBLIK', `Nomor: ${s.number}`, body, ppidSignature(s, true));
}
