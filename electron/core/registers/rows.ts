// The registers (DOMAIN.md, "Records and their fields"): register permohonan and register
// keberatan for a period, as typed rows that every format (PDF, DOCX, XLSX, CSV) writes the same
// way. Identity numbers are masked to their last 4 digits (UU 27/2022 PDP): a register is shared
// and printed; the full NIK stays behind the audited reveal.
import { parseConsequence } from '../requests/consequence';
import { exemptionTerm } from '../../../shared/domain/archive/exemptionText';
import type { RegisterKind } from '../../../shared/domain/letters';
import { ACCESS_TEXT, CHANNEL_TEXT } from '../../../shared/domain/letters';
import { maskIdNumber } from '../../../shared/domain/requests/nik';
import { OBJECTION_STATUS_LABEL, type AccessMethod, type ObjectionStatus, type RequestChannel } from '../../../shared/domain/requests/fields';
import { REQUEST_STATUS_LABEL, type RequestStatus } from '../../../shared/domain/requests/status';
import type { Db } from '../db/connection';
import { paymentText } from '../../../shared/domain/costs';
import { accessibilityText, type AccessibilityNeed } from '../../../shared/domain/requests/accessibility';
import { loadCalendar } from '../calendar/effective';
import { fulfilmentOf } from '../reports/figures/fulfilment';

export type CellKind = 'text' | 'date' | 'number';
export interface RegisterColumn {
  header: string;
  kind: CellKind;
  /** Share of the page width in PDF/DOCX (all columns add up to 100). */
  widthPct: number;
  /** Excel column width in characters. */
  xlsxWidth: number;
}
/** Dates are office-local 'YYYY-MM-DD', numbers integers; null prints as '-' (or an empty cell). */
export type Cell = string | number | null;

export interface RegisterTable {
  kind: RegisterKind;
  title: string;
  columns: RegisterColumn[];
  rows: Cell[][];
}

const col = (header: string, kind: CellKind, widthPct: number, xlsxWidth: number): RegisterColumn => ({ header, kind, widthPct, xlsxWidth });

const DECISION_TEXT: Record<string, string> = {
  diterima_seluruhnya: 'Diterima seluruhnya',
  diterima_sebagian: 'Diterima sebagian',
  ditolak: 'Ditolak',
};
const HELD_TEXT: Record<string, string> = {
  dikuasai: 'Dikuasai',
  dikuasai_badan_lain: 'Dikuasai badan publik lain',
  belum_didokumentasikan: 'Belum didokumentasikan',
};
const OBJECTION_DECISION_TEXT: Record<string, string> = {
  dikabulkan: 'Dikabulkan',
  dikabulkan_sebagian: 'Dikabulkan sebagian',
  ditolak: 'Ditolak',
};

// Widths: at 7 pt a character is ~1.25 mm; a register number (17 characters), a masked NIK (16) and a
// date (10) must fit on one line; headers wrap between words only, so no header word is longer
// than its column.
export const REQUEST_COLUMNS: RegisterColumn[] = [
  col('No.', 'number', 2, 6),
  col('Nomor pendaftaran', 'text', 7, 22),
  col('Tanggal diterima', 'date', 5, 12),
  col('Saluran', 'text', 3.5, 14),
  col('Nama pemohon', 'text', 4.5, 28),
  col('Nomor identitas', 'text', 7.5, 20),
  col('Alamat', 'text', 3.5, 36),
  col('Nomor kontak', 'text', 6, 24),
  col('Pekerjaan', 'text', 3.5, 18),
  col('Informasi yang diminta', 'text', 5, 50),
  col('Tujuan', 'text', 3, 28),
  col('Cara akses', 'text', 3.5, 20),
  col('Bentuk informasi', 'text', 3.5, 14),
  // Perki 1/2021 Ps 24: the requester's accessibility needs.
  col('Kebutuhan khusus', 'text', 3.5, 24),
  col('Dikuasai', 'text', 3.5, 18),
  col('Badan publik lain', 'text', 3.5, 24),
  col('Keputusan', 'text', 4, 18),
  col('Dasar penolakan', 'text', 3.5, 22),
  col('Tgl. jawaban', 'date', 5, 12),
  // UU KIP Ps 12 huruf b: working days from receipt to the written notice.
  col('Lama pemenuhan (hari kerja)', 'number', 4.5, 12),
  col('Tgl. diserahkan', 'date', 5, 12),
  col('Biaya (Rp)', 'number', 3, 12),
  col('Cara bayar', 'text', 3.5, 14),
  col('Status', 'text', 3.5, 14),
];

export const OBJECTION_COLUMNS: RegisterColumn[] = [
  col('No.', 'number', 2.5, 6),
  col('Nomor registrasi keberatan', 'text', 8.5, 26),
  col('Tanggal diterima', 'date', 5, 12),
  col('Nomor permohonan', 'text', 8, 22),
  col('Nama pemohon', 'text', 6, 28),
  col('Nomor identitas', 'text', 7, 20),
  col('Kuasa', 'text', 5, 22),
  // Register keberatan huruf e and f: the request the objection is about.
  col('Informasi yang diminta', 'text', 8, 50),
  col('Tujuan', 'text', 5.5, 28),
  col('Alasan (Ps 35 ayat 1)', 'text', 4.5, 12),
  col('Kasus posisi', 'text', 8, 50),
  col('Tenggat tanggapan', 'date', 5.5, 12),
  col('Tanggapan atasan', 'text', 5.5, 18),
  col('Tgl. tanggapan', 'date', 5.5, 12),
  col('Atasan PPID', 'text', 5, 30),
  // Register keberatan huruf k: the requester's reply to the Atasan's answer.
  col('Tanggapan pemohon', 'text', 6, 30),
  col('Status', 'text', 4.5, 18),
];

interface RequestRegisterRow {
  id: number;
  received_at: string;
  zone: string;
  cutoff: string;
  phone: string;
  email: string;
  occupation: string;
  held_by: string | null;
  payment_method: string | null;
  accessibility_needs: string;
  accessibility_note: string;
  accessible_format: 0 | 1;
  number: string;
  received_local: string;
  channel: RequestChannel;
  name: string;
  id_number: string;
  address: string;
  information: string;
  purpose: string;
  access_methods: string;
  held_status: string | null;
  decision: string | null;
  refusal_ps17: string;
  refusal_other_law: string | null;
  consequence: string | null;
  notice_date: string | null;
  delivered_date: string | null;
  cost_rp: number | null;
  status: RequestStatus;
}

interface ObjectionRegisterRow {
  information: string;
  purpose: string;
  requester_reply: string | null;
  number: string;
  registered_local: string;
  request_number: string | null;
  name: string;
  id_number: string;
  proxy_name: string;
  grounds: string;
  case_summary: string;
  atasan_due: string;
  decision: string | null;
  answer_date: string | null;
  atasan_name: string | null;
  atasan_position: string | null;
  status: ObjectionStatus;
}

/** Bentuk informasi: a copy on paper, a digital copy, both, or none (seen or read at the desk). */
function formOf(access: AccessMethod[]): string | null {
  const forms = [access.includes('salinan_softcopy') ? 'softcopy' : '', access.includes('salinan_hardcopy') ? 'hardcopy' : ''].filter(Boolean);
  return forms.length > 0 ? forms.join(', ') : null;
}

function periodText(from: string, to: string, tanggal: (d: string) => string): string {
  return `Periode ${tanggal(from)} s.d. ${tanggal(to)}`;
}

export function registerTable(db: Db, kind: RegisterKind, from: string, to: string, tanggal: (d: string) => string): RegisterTable & { period: string } {
  const period = periodText(from, to, tanggal);
  if (kind === 'permohonan') {
    const rows = db
      .prepare(
        `SELECT r.id, r.received_at, r.zone, r.cutoff, q.phone, q.email, q.occupation, r.held_by, r.payment_method,
                r.accessibility_needs, r.accessibility_note, r.accessible_format, r.number, r.received_local, r.channel, q.name, q.id_number, q.address, r.information, r.purpose,
                r.access_methods, r.held_status, r.decision, r.refusal_ps17, r.refusal_other_law, r.consequence, r.notice_date,
                r.delivered_date, r.cost_rp, r.status
         FROM requests r JOIN requesters q ON q.id = r.requester_id
         WHERE r.received_local BETWEEN ? AND ? ORDER BY r.year, r.seq`,
      )
      .all(from, to) as RequestRegisterRow[];
    // UU KIP Ps 12 huruf b: counted by the annual report's own rule, on the office calendar.
    const fulfilment = fulfilmentOf(
      rows.filter((r) => r.notice_date !== null).map((r) => ({ id: r.id, receivedAt: r.received_at, receivedLocal: r.received_local, zone: r.zone, cutoff: r.cutoff, noticeDate: r.notice_date! })),
      loadCalendar(db),
    ).days;
    return {
      kind,
      title: 'REGISTER PERMOHONAN INFORMASI PUBLIK',
      period,
      columns: REQUEST_COLUMNS,
      rows: rows.map((r, i) => {
        const access = JSON.parse(r.access_methods) as AccessMethod[];
        const ps17 = (JSON.parse(r.refusal_ps17) as string[]).map((l) => `Ps 17 huruf ${l}`);
        if (r.refusal_other_law) ps17.push(r.refusal_other_law);
        // UU KIP Ps 20: the exemption's period, from the refusal's consequence test (migration 014).
        const steps = parseConsequence(r.consequence);
        if (steps && (steps.exemptionYears !== null || steps.exemptionPermanent)) ps17.push(`dikecualikan ${exemptionTerm(steps.exemptionYears, steps.exemptionPermanent)}`);
        return [
          i + 1,
          r.number,
          r.received_local,
          CHANNEL_TEXT[r.channel],
          r.name,
          maskIdNumber(r.id_number),
          r.address,
          [r.phone, r.email].filter((c) => c.trim() !== '').join(', ') || null,
          r.occupation || null,
          r.information,
          r.purpose,
          access.map((m) => ACCESS_TEXT[m]).join(', '),
          formOf(access),
          accessibilityText(JSON.parse(r.accessibility_needs) as AccessibilityNeed[], r.accessibility_note, r.accessible_format === 1) || null,
          r.held_status ? (HELD_TEXT[r.held_status] ?? r.held_status) : null,
          r.held_status === 'dikuasai_badan_lain' ? r.held_by : null,
          r.decision ? (DECISION_TEXT[r.decision] ?? r.decision) : null,
          ps17.length > 0 ? ps17.join('; ') : null,
          r.notice_date,
          fulfilment.get(r.id) ?? null,
          r.delivered_date,
          r.cost_rp,
          paymentText(r.payment_method) || null,
          REQUEST_STATUS_LABEL[r.status],
        ];
      }),
    };
  }
  const rows = db
    .prepare(
      `SELECT coalesce(r.information, o.information) AS information, coalesce(r.purpose, o.purpose) AS purpose, o.requester_reply, o.number, o.registered_local, r.number AS request_number, q.name, q.id_number, o.proxy_name, o.grounds,
              o.case_summary, o.atasan_due, o.decision, o.answer_date, o.atasan_name, o.atasan_position, o.status
       FROM objections o LEFT JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = coalesce(o.requester_id, r.requester_id)
       WHERE o.registered_local BETWEEN ? AND ? ORDER BY o.year, o.seq`,
    )
    .all(from, to) as ObjectionRegisterRow[];
  return {
    kind,
    title: 'REGISTER KEBERATAN ATAS PERMOHONAN INFORMASI PUBLIK',
    period,
    columns: OBJECTION_COLUMNS,
    rows: rows.map((o, i) => [
      i + 1,
      o.number,
      o.registered_local,
      o.request_number ?? 'tanpa permohonan (Pasal 35 ayat (1) huruf b)',
      o.name,
      maskIdNumber(o.id_number),
      o.proxy_name || null,
      o.information,
      o.purpose,
      (JSON.parse(o.grounds) as string[]).join(', '),
      o.case_summary,
      o.atasan_due,
      o.decision ? (OBJECTION_DECISION_TEXT[o.decision] ?? o.decision) : null,
      o.answer_date,
      o.atasan_name ? `${o.atasan_name}${o.atasan_position ? `, ${o.atasan_position}` : ''}` : null,
      o.requester_reply || null,
      OBJECTION_STATUS_LABEL[o.status],
    ]),
  };
}

/** '2026-03-17' → '17/03/2026', the way an Indonesian reader (and Excel in id-ID) reads a date. */
export function ddmmyyyy(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** The cell as text (PDF, DOCX, CSV). */
export function cellText(cell: Cell, kind: CellKind): string {
  if (cell === null || cell === '') return '-';
  if (kind === 'date' && typeof cell === 'string') return ddmmyyyy(cell);
  if (kind === 'number' && typeof cell === 'number') return String(cell);
  return String(cell);
}
