// Pemberitahuan tertulis (UU KIP Ps 22(7) huruf a-g; Perki 1/2010 formulir pemberitahuan tertulis):
// each item says what applies to this decision, in words, never a bare "-".
import { DELIVERY_PHRASE, formatRupiah, terbilang } from '../../../../shared/domain/letters';
import { paymentText } from '../../../../shared/domain/costs';
import type { Block, DocumentSpec } from '../../documents/model';
import type { LetterSnapshot, RequestSnapshot } from '../snapshot';
import { para, ppidSignature, surat, tanggal, type BuildEnv } from './common';
import { accessText, classificationText, exemptionBasis, objectionRight } from './request';

const HELD_TEXT = {
  dikuasai: 'Informasi yang diminta berada di bawah penguasaan kami.',
  dikuasai_badan_lain: 'Informasi yang diminta tidak berada di bawah penguasaan kami.',
  belum_didokumentasikan: 'Informasi yang diminta belum didokumentasikan.',
} as const;

const filled = (value: string | null | undefined): value is string => Boolean(value && value.trim() !== '' && value.trim() !== '-');

function decisionText(r: RequestSnapshot): string {
  const basis = exemptionBasis(r);
  const because = basis.length > 0 ? ` berdasarkan ${basis.join('; ')}` : '';
  switch (r.decision) {
    case 'diterima_seluruhnya':
      return 'Permohonan informasi diterima seluruhnya.';
    case 'diterima_sebagian':
      return `Permohonan informasi diterima sebagian; bagian selebihnya merupakan informasi yang dikecualikan${because}.`;
    case 'ditolak':
      if (r.heldStatus === 'dikuasai_badan_lain') return 'Permohonan informasi tidak dapat dipenuhi karena informasi yang diminta tidak berada di bawah penguasaan kami.';
      // Not yet documented is not "not held": the body holds it and must document it (UU KIP Ps 22(7) a).
      if (r.heldStatus === 'belum_didokumentasikan') return 'Permohonan informasi belum dapat dipenuhi karena informasi yang diminta belum didokumentasikan.';
      return `Permohonan informasi ditolak karena informasi yang diminta merupakan informasi yang dikecualikan${because}.`;
    default:
      return 'Belum diputuskan.';
  }
}

/** Item b: who holds the information. */
function holderText(r: RequestSnapshot): string {
  switch (r.heldStatus) {
    case 'dikuasai_badan_lain':
      return `${filled(r.heldBy) ? r.heldBy : 'badan publik lain'}; Saudara dapat mengajukan permohonan kepada badan publik tersebut.`;
    case 'dikuasai':
      return 'badan publik ini.';
    case 'belum_didokumentasikan':
      return 'badan publik ini, setelah informasi tersebut didokumentasikan.';
    default:
      return 'belum diketahui.';
  }
}

/** Item d: what will be provided. A partial grant gives the request less the exempt part (item e). */
function materiText(r: RequestSnapshot, materi: string): string {
  if (r.decision === 'ditolak') return 'Tidak ada informasi yang diberikan.';
  if (filled(materi)) return materi;
  if (r.decision === 'diterima_sebagian') return `Informasi yang diminta (“${r.information}”), selain bagian yang dikecualikan sebagaimana tersebut pada huruf e.`;
  return r.information;
}

/** Item e, with the penetapan klasifikasi of linked exempt archive documents and its period. */
function exemptText(r: RequestSnapshot, hitam: string): string {
  const text = exemptPart(r, hitam);
  if (r.decision === 'diterima_seluruhnya' || r.classifications.length === 0) return text;
  return `${text} Penetapan klasifikasi: ${r.classifications.map(classificationText).join(' ')}`;
}

/** The exempt part (blacked out or withheld) and the Ps 17 letters it rests on. */
function exemptPart(r: RequestSnapshot, hitam: string): string {
  const basis = exemptionBasis(r);
  const reason = basis.length > 0 ? basis.join('; ') : 'informasi yang dikecualikan menurut Pasal 17 UU Nomor 14 Tahun 2008';
  if (r.decision === 'diterima_sebagian') {
    return filled(hitam)
      ? `${hitam.trim().replace(/[.;,\s]+$/, '')}. Dasar pengecualian: ${reason}.`
      : `Bagian informasi yang dikecualikan tidak diberikan atau dihitamkan, dengan alasan: ${reason}.`;
  }
  if (r.decision === 'ditolak' && r.heldStatus === 'dikuasai') return `Seluruh informasi yang diminta dikecualikan berdasarkan ${reason}.`;
  if (filled(hitam)) return hitam;
  return 'Tidak ada bagian informasi yang dihitamkan.';
}

/** Item g: the cost from the request (Rp and in words), or none. */
function costText(r: RequestSnapshot): string {
  if (r.decision === 'ditolak' || !r.costRp || r.costRp <= 0) return 'Tidak dikenakan biaya.';
  const payment = filled(r.paymentMethod) ? `; cara pembayaran: ${paymentText(r.paymentMethod)}` : '';
  return `${formatRupiah(r.costRp)} (${terbilang(r.costRp)} rupiah)${payment}.`;
}

/** When the information will be provided, or how long documenting it will take. */
function whenText(s: LetterSnapshot): string | null {
  const r = s.request;
  const waktu = s.details.waktu;
  if (r.heldStatus === 'belum_didokumentasikan') {
    // Perki 1/2010 formulir pemberitahuan tertulis: "penyediaan informasi yang belum didokumentasikan
    // dilakukan dalam jangka waktu …".
    return `Jangka waktu penyediaan informasi yang belum didokumentasikan: ${filled(waktu) ? waktu : 'akan kami beritahukan secara tertulis setelah informasi tersebut didokumentasikan'}.`;
  }
  if (r.decision === 'ditolak') return null;
  if (filled(waktu)) return `Waktu penyediaan informasi: ${waktu}.`;
  const charged = Boolean(r.costRp && r.costRp > 0);
  return `Waktu penyediaan informasi: ${charged ? 'setelah biaya sebagaimana tersebut pada huruf g dibayar' : 'bersamaan dengan pemberitahuan ini'}.`;
}

/** Pemberitahuan tertulis (UU KIP Ps 22(7) huruf a-g). */
export function buildPemberitahuan(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const r = s.request;
  const d = s.details;
  const gives = r.decision !== 'ditolak';
  const items = [
    `Penguasaan informasi: ${r.heldStatus ? HELD_TEXT[r.heldStatus] : 'belum diketahui.'}`,
    `Badan publik yang menguasai informasi: ${holderText(r)}`,
    `Keputusan: ${decisionText(r)}`,
    `Materi informasi yang akan diberikan: ${materiText(r, d.materi)}`,
    `Informasi yang dikecualikan (dihitamkan atau tidak diberikan) dan alasannya: ${exemptText(r, d.hitam)}`,
    `Alat penyampai dan format informasi: ${gives ? (filled(d.media) ? d.media : `${accessText(r)}, ${DELIVERY_PHRASE[r.deliveryMethod]}.`) : 'Tidak ada informasi yang disampaikan.'}`,
    `Biaya dan cara pembayaran: ${costText(r)}`,
  ];
  const body: Block[] = [
    para(
      `Menindaklanjuti permohonan informasi publik Saudara yang kami terima pada ${tanggal(r.receivedLocal)} dengan nomor pendaftaran ${r.number}, mengenai: “${r.information}”, bersama ini kami sampaikan pemberitahuan tertulis sebagaimana dimaksud dalam Pasal 22 ayat (7) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik:`,
    ),
    { type: 'list', style: 'alpha', items },
  ];
  const when = whenText(s);
  if (when) body.push(para(when));
  if (r.decision !== 'diterima_seluruhnya' && s.objectionWindowDue) {
    // UU KIP Ps 35(1), 36(1): 30 working days to object to the Atasan PPID.
    body.push(para(`Apabila Saudara tidak menerima keputusan ini, Saudara dapat mengajukan ${objectionRight(s, 'pemberitahuan', 'UU KIP Pasal 35 ayat (1) dan Pasal 36 ayat (1)')}`));
  }
  body.push(para('Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.'));
  return surat(s, env, body, ppidSignature(s));
}
