// The case letters added in issue 13: the handover receipt (tanda bukti penyerahan informasi), the
// notice of what a waiting request needs (kelengkapan or the copying fee, Perki 1/2010 Ps 27-28)
// and the payment receipt (kuitansi). Signatures go through partySignatures()/ppidSign() only,
// so the shared signature-block component can replace them in one place.
import { formatHariTanggal } from '../../../../shared/domain/calendar/format';
import { paymentText, terbilangRupiah, type CostLine } from '../../../../shared/domain/costs';
import { ACCESS_TEXT, DELIVERY_TEXT, formatRupiah } from '../../../../shared/domain/letters';
import type { Block, DocumentSpec } from '../../documents/model';
import type { LetterSnapshot, RequestSnapshot } from '../snapshot';
import { party, signatureBlock } from '../signature';
import { formulir, orDash, para, ppidSignature, signedAt, surat, tanggal, type BuildEnv } from './common';

/** The PPID's signature: the one place this file asks for it. */
const ppidSign = (s: LetterSnapshot, withPlaceDate = false): Block => ppidSignature(s, withPlaceDate ? 'dated' : 'none');

/**
 * Two parties sign side by side (requester and officer) in the one signature component: the first
 * on the left, the second on the right under the place and date.
 */
function partySignatures(s: LetterSnapshot, parties: [{ titleLines: string[]; name: string }, { titleLines: string[]; name: string }]): Block {
  const [left, right] = parties;
  return signatureBlock(party(right.titleLines, { name: right.name }, signedAt(s)), party(left.titleLines, { name: left.name }));
}

const accessText = (r: RequestSnapshot) => r.accessMethod.map((m) => ACCESS_TEXT[m]).join(', ');
// The officer on the case, else the officer named at this desk, else the PPID.
const officerName = (s: LetterSnapshot) => s.request.receivingOfficer.trim() || s.office.ppid.name;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function requesterName(r: RequestSnapshot): string {
  return r.requester.proxyName ? `${r.requester.name} (melalui kuasanya, ${r.requester.proxyName})` : r.requester.name;
}

/** The tariff lines and the total, as a bordered table (Perki 1/2010 Ps 27-28). */
function costTable(lines: readonly CostLine[], total: number): Block {
  return {
    type: 'table',
    columns: [
      { header: 'Uraian', widthPct: 40 },
      { header: 'Jumlah', widthPct: 18, align: 'right' },
      { header: 'Harga satuan', widthPct: 20, align: 'right' },
      { header: 'Subtotal', widthPct: 22, align: 'right' },
    ],
    rows: [
      ...lines.map((l) => [l.label, `${l.quantity} ${l.unit}`, formatRupiah(l.priceRp), formatRupiah(l.subtotalRp)]),
      ['Jumlah', '', '', formatRupiah(total)],
    ],
  };
}

function decreeText(s: LetterSnapshot): string | null {
  const d = s.tariffDecree;
  if (!d || d.number.trim() === '') return null;
  return `Keputusan Nomor ${d.number}${d.date ? ` tanggal ${tanggal(d.date)}` : ''}`;
}

/** Tanda bukti penyerahan informasi publik: what was handed over, in what form, when, signed by both. */
export function buildPenyerahan(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const r = s.request;
  const d = s.details;
  const rows: Array<{ label: string; value: string | Array<{ text: string; bold?: boolean }> }> = [
    { label: 'Nomor pendaftaran', value: [{ text: r.number, bold: true }] },
    { label: 'Tanggal permohonan', value: tanggal(r.receivedLocal) },
    { label: 'Nama pemohon', value: requesterName(r) },
    { label: 'Informasi yang diminta', value: r.information },
    { label: 'Informasi yang diserahkan', value: orDash(d.materi || r.information) },
    { label: 'Bentuk dan format informasi', value: orDash(d.media || accessText(r)) },
    { label: 'Cara penyerahan', value: DELIVERY_TEXT[r.deliveryMethod] },
    { label: 'Tanggal penyerahan', value: r.deliveredDate ? formatHariTanggal(r.deliveredDate) : '-' },
  ];
  if (r.costRp && r.costRp > 0) rows.push({ label: 'Biaya', value: `${formatRupiah(r.costRp)}${r.paymentMethod ? `, dibayar ${paymentText(r.paymentMethod)}` : ''}` });
  const body: Block[] = [
    para('Yang bertanda tangan di bawah ini menyatakan bahwa informasi publik atas permohonan berikut telah diserahkan dan diterima:'),
    { type: 'fields', labelWidthMm: 55, rows },
    para('Tanda bukti ini dibuat rangkap dua: satu untuk pemohon dan satu untuk arsip PPID.'),
  ];
  const signatures = partySignatures(s, [
    { titleLines: ['Yang menerima,', 'Pemohon Informasi Publik'], name: r.requester.proxyName || r.requester.name },
    { titleLines: ['Yang menyerahkan,', 'Petugas Pelayanan Informasi'], name: officerName(s) },
  ]);
  return formulir(s, env, 'TANDA BUKTI PENYERAHAN INFORMASI PUBLIK', `Nomor: ${s.number}`, body, signatures);
}

/** Pemberitahuan kelengkapan / biaya: what a waiting request needs; the service clock is paused. */
export function buildPemberitahuanKelengkapan(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const r = s.request;
  const lines = r.costItems ?? [];
  const total = r.costRp ?? 0;
  const body: Block[] = [
    para(
      `Menindaklanjuti permohonan informasi publik Saudara yang kami terima pada ${tanggal(r.receivedLocal)} dengan nomor pendaftaran ${r.number}, mengenai: “${r.information}”, dengan ini kami beritahukan bahwa permohonan tersebut belum dapat kami tindak lanjuti karena:`,
    ),
  ];
  if (r.waitingReason === 'biaya') {
    body.push(para('Biaya salinan informasi belum dibayar. Informasi publik diberikan tanpa biaya; yang dibayar pemohon hanya biaya penggandaan dan media, sesuai standar biaya yang ditetapkan badan publik (Perki Nomor 1 Tahun 2010 Pasal 27 dan 28).'));
    if (lines.length > 0) body.push(costTable(lines, total));
    body.push({
      type: 'fields',
      labelWidthMm: 55,
      rows: [
        { label: 'Biaya yang harus dibayar', value: [{ text: total > 0 ? formatRupiah(total) : '-', bold: true }] },
        { label: 'Terbilang', value: total > 0 ? capitalised(terbilangRupiah(total)) : '-' },
        { label: 'Cara pembayaran', value: orDash(paymentText(r.paymentMethod)) },
        { label: 'Dasar tarif', value: orDash(decreeText(s)) },
        { label: 'Keterangan', value: orDash(r.waitingNote) },
      ],
    });
  } else {
    body.push(para('Permohonan belum lengkap. Kelengkapan yang kami perlukan:'));
    body.push(para(orDash(r.waitingNote), { indentLeftMm: 10 }));
  }
  body.push(
    para(
      `Selama ${r.waitingReason === 'biaya' ? 'biaya tersebut belum dibayar' : 'kelengkapan tersebut belum kami terima'}, jangka waktu pemberitahuan tertulis (10 hari kerja, UU KIP Pasal 22 ayat (7)) berhenti sementara dan berjalan kembali setelah ${r.waitingReason === 'biaya' ? 'pembayaran' : 'kelengkapan'} kami terima.`,
    ),
    para('Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.'),
  );
  return surat(s, env, body, ppidSign(s));
}

/** Kuitansi: the copying cost paid, in figures and words, how, and for what. */
export function buildKuitansi(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const r = s.request;
  const total = r.costRp ?? 0;
  const lines = r.costItems ?? [];
  const body: Block[] = [
    {
      type: 'fields',
      labelWidthMm: 50,
      rows: [
        { label: 'Telah terima dari', value: requesterName(r) },
        { label: 'Uang sejumlah', value: [{ text: capitalised(terbilangRupiah(total)), bold: true }] },
        { label: 'Untuk pembayaran', value: `Biaya salinan informasi publik atas permohonan nomor ${r.number} (${r.information})` },
        { label: 'Cara pembayaran', value: orDash(paymentText(r.paymentMethod)) },
        { label: 'Dasar tarif', value: orDash(decreeText(s)) },
      ],
    },
  ];
  if (lines.length > 0) body.push(costTable(lines, total));
  body.push(para([{ text: `Jumlah: ${formatRupiah(total)}`, bold: true }], { align: 'left' }));
  const signatures = partySignatures(s, [
    { titleLines: ['Yang membayar,', 'Pemohon Informasi Publik'], name: r.requester.proxyName || r.requester.name },
    { titleLines: ['Yang menerima,', 'Petugas Pelayanan Informasi'], name: officerName(s) },
  ]);
  return formulir(s, env, 'KUITANSI', `Nomor: ${s.number}`, body, signatures);
}
