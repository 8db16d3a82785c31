// Which letter a case's state allows. Each rule names the step that is missing, in Indonesian,
// because the officer reads it as the reason a button is disabled and the CLI prints it.
import type { LetterType } from './types';

/** What the rules read of a request (permohonan). */
export interface RequestFacts {
  number: string;
  status: string;
  decision: 'diterima_seluruhnya' | 'diterima_sebagian' | 'ditolak' | null;
  heldStatus: 'dikuasai' | 'dikuasai_badan_lain' | 'belum_didokumentasikan' | null;
  extendedDueDate: string | null;
  /** Date the information was handed over (the close form records it). */
  deliveredDate?: string | null;
  costRp?: number | null;
  paymentMethod?: string | null;
}

/** What the rules read of an objection (keberatan). */
export interface ObjectionFacts {
  number: string;
  status: 'registered' | 'answered' | 'withdrawn';
}

export type CaseFacts = { kind: 'request'; request: RequestFacts } | { kind: 'objection'; objection: ObjectionFacts };

/** Null when the letter can be made for the case; otherwise why not and which step comes first. */
export function letterProblem(type: LetterType, facts: CaseFacts): string | null {
  if (type === 'keberatan-tanda-bukti' || type === 'keberatan-tanggapan') {
    if (facts.kind !== 'objection') return 'Surat ini dibuat dari keberatan: buka keberatannya, bukan permohonannya.';
    const o = facts.objection;
    if (type === 'keberatan-tanggapan' && o.status !== 'answered') {
      // UU KIP Ps 36(2): the Atasan PPID answers in writing; the letter carries that answer.
      return `Surat tanggapan atas keberatan hanya dapat dibuat setelah tanggapan atasan PPID dicatat: keberatan ${o.number} ${o.status === 'withdrawn' ? 'sudah ditarik' : 'belum ditanggapi'} (catat dulu "Tanggapan atasan").`;
    }
    return null;
  }
  if (facts.kind !== 'request') return 'Surat ini dibuat dari permohonan: buka permohonannya, bukan keberatannya.';
  const r = facts.request;
  switch (type) {
    case 'tanda-bukti':
      // Perki 1/2021: every registered request gets its receipt, whatever happened since.
      return null;
    case 'pemberitahuan':
      // UU KIP Ps 22(7): the written notice states the decision, so the decision comes first.
      return r.decision === null
        ? `Surat pemberitahuan tertulis hanya dapat dibuat setelah keputusan atas permohonan ${r.number} dicatat (ubah status menjadi "dijawab": diterima seluruhnya, sebagian, atau ditolak).`
        : null;
    case 'perpanjangan':
      // UU KIP Ps 22(8): one extension, with written reasons.
      return r.extendedDueDate === null
        ? `Surat perpanjangan hanya dapat dibuat setelah jangka waktu permohonan ${r.number} diperpanjang (catat dulu "Perpanjang" beserta alasannya).`
        : null;
    case 'penolakan': {
      // UU KIP Ps 17 and Ps 22(7) huruf c: a refusal decree rests on an exemption of information
      // the body holds; information not held is answered by the written notice alone.
      const withholds = r.decision === 'ditolak' || r.decision === 'diterima_sebagian';
      if (!withholds) {
        return `Surat penolakan hanya dapat dibuat setelah permohonan ${r.number} ditolak (seluruhnya atau sebagian) dengan dasar Pasal 17 UU KIP: catat dulu keputusan "ditolak" beserta uji konsekuensinya.`;
      }
      if (r.heldStatus !== 'dikuasai') {
        return `Surat penolakan hanya untuk informasi yang dikuasai dan dikecualikan (Pasal 17 UU KIP); informasi permohonan ${r.number} tidak dikuasai, cukup dengan surat pemberitahuan tertulis.`;
      }
      return null;
    }
    case 'penyerahan':
      // The handover receipt records a handover that happened: its date comes first.
      return r.deliveredDate
        ? null
        : `Tanda bukti penyerahan informasi hanya dapat dibuat setelah tanggal penyerahan informasi permohonan ${r.number} dicatat (ubah status menjadi "selesai" dan isi tanggal informasi diserahkan).`;
    case 'pemberitahuan-kelengkapan':
      // The request waits for the requester (missing details or the copying fee); the clock is paused.
      return r.status === 'waiting_requester'
        ? null
        : `Pemberitahuan kelengkapan dan biaya hanya dapat dibuat saat permohonan ${r.number} menunggu pemohon (ubah status menjadi "menunggu pemohon" beserta yang ditunggu).`;
    case 'kuitansi':
      // Perki 1/2010 Ps 27-28: the requester pays the copying cost; the receipt shows what was paid.
      if (!r.costRp || r.costRp <= 0) {
        return `Kuitansi hanya dapat dibuat bila permohonan ${r.number} dikenai biaya: catat dulu biayanya (pada jawaban atau saat menutup permohonan).`;
      }
      return r.paymentMethod
        ? null
        : `Kuitansi hanya dapat dibuat setelah cara pembayaran biaya permohonan ${r.number} dicatat (tunai, transfer bank, QRIS, atau lainnya).`;
    default:
      return 'Jenis surat tidak dikenal.';
  }
}
