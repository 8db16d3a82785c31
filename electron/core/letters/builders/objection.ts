// The letters of an objection (keberatan): the receipt (UU KIP Ps 35-36; Perki 1/2021) and the
// Atasan PPID's written answer (UU KIP Ps 36(2)), which also tells the requester of the Komisi
// Informasi route and its 14 working days (Ps 37(2)).
import { formatHariTanggal } from '../../../../shared/domain/calendar/format';
import { OBJECTION_GROUND_LABEL } from '../../../../shared/domain/requests/fields';
import type { Block, DocumentSpec } from '../../documents/model';
import type { LetterSnapshot, ObjectionSnapshot } from '../snapshot';
import { atasanSignatureBlock } from '../signature';
import { formulir, orDash, para, surat, tanggal, type BuildEnv } from './common';
import { receiptSignatures, requesterRows, sifatLampiran } from './request';

function objectionOf(s: LetterSnapshot): ObjectionSnapshot {
  if (!s.objection) throw new Error(`letter ${s.type} needs an objection in its snapshot`);
  return s.objection;
}

/** UU KIP Ps 35(1) huruf b needs no request: the letter says so where the request number would be. */
const WITHOUT_REQUEST = '- (keberatan diajukan tanpa permohonan informasi, UU KIP Pasal 35 ayat (1) huruf b)';

const grounds = (o: ObjectionSnapshot) => o.grounds.map((g) => `Pasal 35 ayat (1) huruf ${g}: ${OBJECTION_GROUND_LABEL[g]}`);

export function buildKeberatanTandaBukti(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const o = objectionOf(s);
  const r = s.request;
  const proxyName = o.proxyName || r.requester.proxyName;
  const body: Block[] = [
    ...sifatLampiran(s),
    para(
      o.withoutRequest
        ? 'Telah diterima keberatan atas informasi publik dengan keterangan sebagai berikut:'
        : 'Telah diterima keberatan atas permohonan informasi publik dengan keterangan sebagai berikut:',
    ),
    {
      type: 'fields',
      labelWidthMm: 55,
      rows: [
        { label: 'Nomor registrasi keberatan', value: [{ text: o.number, bold: true }] },
        { label: 'Nomor pendaftaran permohonan', value: o.withoutRequest ? WITHOUT_REQUEST : r.number },
        { label: 'Tanggal keberatan diterima', value: `${formatHariTanggal(o.registeredLocal)}, pukul ${o.registeredTime}` },
        ...requesterRows(r).filter((row) => row.label !== 'Kuasa pemohon'),
        // Perki 1/2010 formulir keberatan: the kuasa's identity when a proxy files it.
        ...(proxyName ? [{ label: 'Kuasa pemohon', value: `${proxyName} (bertindak untuk dan atas nama ${r.requester.name})` }] : [{ label: 'Kuasa pemohon', value: '-' }]),
        { label: o.withoutRequest ? 'Informasi yang dimaksud' : 'Informasi yang diminta', value: r.information },
        { label: 'Tujuan penggunaan informasi', value: orDash(r.purpose) },
        { label: 'Petugas penerima keberatan', value: r.receivingOfficer || '-' },
      ],
    },
    para('Alasan keberatan (UU KIP Pasal 35 ayat (1)):'),
    { type: 'list', style: 'bullet', items: grounds(o) },
    para(`Kasus posisi: ${o.caseSummary}`),
    para(
      `Atasan PPID wajib memberikan tanggapan tertulis paling lambat ${tanggal(o.atasanDue)}, yaitu 30 (tiga puluh) hari kerja sejak keberatan dicatat (UU KIP Pasal 36 ayat (2)).`,
    ),
  ];
  const sign = receiptSignatures(s, ['Petugas Penerima Keberatan,'], 'Pengaju Keberatan', proxyName);
  return formulir(s, env, 'TANDA BUKTI PENERIMAAN KEBERATAN', `Nomor: ${s.number}`, body, sign);
}

/**
 * A granted objection overturns the PPID's decision (UU KIP Ps 36(2)): the answer orders the PPID
 * to give the information, by the date the Atasan set when the case holds one.
 */
function releaseOrder(o: ObjectionSnapshot): Block[] {
  if (o.decision !== 'dikabulkan' && o.decision !== 'dikabulkan_sebagian') return [];
  const part = o.decision === 'dikabulkan_sebagian' ? ' sesuai dengan bagian keberatan yang dikabulkan' : '';
  const by = o.releaseBy ? ` paling lambat ${tanggal(o.releaseBy)}` : '';
  const what = o.withoutRequest ? 'menyediakan dan memberikan informasi berkala yang dimaksud' : 'memberikan informasi yang diminta';
  const how = o.withoutRequest ? '' : ', dengan cara dan dalam format sebagaimana yang Saudara minta';
  return [
    para([
      { text: 'Sehubungan dengan itu, Atasan PPID memerintahkan ' },
      { text: 'Pejabat Pengelola Informasi dan Dokumentasi (PPID)', bold: true },
      { text: ` untuk ${what}${part} kepada Saudara${by}${how}.` },
    ]),
    ...(o.releaseBy
      ? [{ type: 'fields' as const, labelWidthMm: 52, rows: [{ label: 'Batas waktu pelaksanaan', value: [{ text: tanggal(o.releaseBy), bold: true }] }] }]
      : []),
  ];
}

const DECISION_TEXT = {
  dikabulkan: 'Keberatan Saudara dikabulkan.',
  dikabulkan_sebagian: 'Keberatan Saudara dikabulkan sebagian.',
  ditolak: 'Keberatan Saudara ditolak.',
} as const;

export function buildKeberatanTanggapan(s: LetterSnapshot, env: BuildEnv): DocumentSpec {
  const o = objectionOf(s);
  const r = s.request;
  const body: Block[] = [
    para(
      `Menanggapi keberatan Saudara yang kami terima pada ${tanggal(o.registeredLocal)} dengan nomor registrasi ${o.number} ` +
        (o.withoutRequest
          ? `atas tidak disediakannya informasi berkala (${r.information}), `
          : `atas permohonan informasi publik nomor ${r.number}, `) +
        'dengan ini Atasan PPID menyampaikan tanggapan tertulis sebagaimana dimaksud dalam Pasal 36 ayat (2) Undang-Undang Nomor 14 Tahun 2008:',
    ),
    {
      type: 'fields',
      labelWidthMm: 45,
      rows: [
        { label: 'Alasan keberatan', value: o.grounds.map((g) => `huruf ${g}`).join(', ') },
        { label: 'Tanggapan', value: [{ text: o.decision ? DECISION_TEXT[o.decision] : '-', bold: true }] },
        { label: 'Pertimbangan', value: orDash(o.decisionReason) },
        { label: 'Tanggal tanggapan', value: tanggal(o.answerDate) },
      ],
    },
    ...releaseOrder(o),
    para(
      `Apabila Saudara tidak puas dengan tanggapan ini, Saudara dapat mengajukan permohonan penyelesaian sengketa informasi publik kepada Komisi Informasi paling lambat ${tanggal(o.disputeWindowDue)}, yaitu 14 (empat belas) hari kerja sejak tanggapan ini diterima (UU KIP Pasal 37 ayat (2)).`,
    ),
    para('Demikian tanggapan ini kami sampaikan.'),
  ];
  // The Atasan recorded with the decision signs; the NIP comes from the profile when it is the same person.
  const atasan = {
    name: o.atasanName || s.office.atasan.name,
    title: o.atasanPosition || s.office.atasan.title,
    nip: (o.atasanName || s.office.atasan.name) === s.office.atasan.name ? s.office.atasan.nip : '',
  };
  return surat(s, env, body, atasanSignatureBlock(atasan));
}
