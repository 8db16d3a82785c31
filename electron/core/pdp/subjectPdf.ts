// The data subject's copy as a printable document (the same DocumentSpec as letters and registers):
// who they are in the archive, their cases, the letters sent to them, and the record of processing.
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { CHANNEL_TEXT, LETTER_LABEL, type LetterType } from '../../../shared/domain/letters';
import { DISPUTE_STATUS_LABEL, ID_TYPE_LABEL, OBJECTION_STATUS_LABEL, type DisputeStatus, type IdType, type ObjectionStatus, type RequestChannel } from '../../../shared/domain/requests/fields';
import { localDateTimeOf } from '../../../shared/domain/requests/instant';
import { REQUEST_STATUS_LABEL, type RequestStatus } from '../../../shared/domain/requests/status';
import type { Block, DocumentSpec, Letterhead } from '../documents/model';
import type { SubjectRecords } from './subject';

const DECISION_TEXT: Record<string, string> = {
  diterima_seluruhnya: 'diterima seluruhnya',
  diterima_sebagian: 'diterima sebagian',
  ditolak: 'ditolak',
  dikabulkan: 'dikabulkan',
  dikabulkan_sebagian: 'dikabulkan sebagian',
};

const dash = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '-' : v);
const date = (d: string | null) => (d ? formatTanggal(d) : '-');

/** The timeline note, or for a bare status change 'Status: diproses → dijawab'. */
function eventText(e: SubjectRecords['events'][number]): string {
  if (e.note !== '') return e.note;
  const label = (status: string | null) => (status ? (REQUEST_STATUS_LABEL[status as RequestStatus] ?? status) : '-');
  return e.toStatus ? `Status: ${label(e.fromStatus)} → ${label(e.toStatus)}` : e.action;
}

function section(title: string, empty: string, table: Extract<Block, { type: 'table' }> | null): Block[] {
  return [{ type: 'heading', text: title, level: 2 }, table ?? { type: 'paragraph', runs: [{ text: empty, italic: true }] }];
}

function table(columns: [string, number][], rows: string[][]): Extract<Block, { type: 'table' }> | null {
  if (rows.length === 0) return null;
  return { type: 'table', fontSizePt: 8, columns: columns.map(([header, widthPct]) => ({ header, widthPct })), rows };
}

export function subjectSpec(
  records: SubjectRecords,
  opts: { author: string; createdAt: Date; zone: string; generatedOn: string; letterhead?: Letterhead; placeDate?: string },
): DocumentSpec {
  const at = (instant: string) => localDateTimeOf(Date.parse(instant), opts.zone);
  const first = records.requesters[0]!;
  const identity: Block[] = records.requesters.flatMap((q, i): Block[] => [
    ...(records.requesters.length > 1 ? [{ type: 'paragraph' as const, runs: [{ text: `Data pemohon ${i + 1} (dicatat ${at(q.createdAt)})`, bold: true }] }] : []),
    {
      type: 'fields',
      labelWidthMm: 45,
      rows: [
        { label: 'Nama', value: q.name },
        { label: 'Jenis identitas', value: ID_TYPE_LABEL[q.idType as IdType] ?? q.idType },
        { label: 'Nomor identitas', value: q.idNumber },
        { label: 'Alamat', value: q.address },
        { label: 'Telepon', value: q.phone },
        { label: 'E-mail', value: dash(q.email) },
        { label: 'Pekerjaan', value: dash(q.occupation) },
        { label: 'Kuasa', value: dash(q.proxyName) },
      ],
    },
  ]);
  const blocks: Block[] = [
    { type: 'title', text: 'DATA PRIBADI PEMOHON INFORMASI PUBLIK', subtitle: `Salinan untuk subjek data, ${formatTanggal(opts.generatedOn)}` },
    {
      type: 'paragraph',
      align: 'justify',
      runs: [
        {
          text:
            'Dokumen ini memuat seluruh data yang disimpan PPID tentang pemohon di bawah ini, beserta rekam jejak pemrosesannya, ' +
            'sebagai pemenuhan hak akses subjek data pribadi (UU Nomor 27 Tahun 2022 Pasal 7 dan Pasal 32).',
        },
      ],
    },
    { type: 'heading', text: 'Identitas', level: 2 },
    ...identity,
    ...section(
      'Permohonan informasi',
      'Tidak ada permohonan.',
      table(
        [['Nomor', 19], ['Diterima', 12], ['Saluran', 10], ['Informasi yang diminta', 25], ['Tujuan', 12], ['Status', 10], ['Keputusan', 12]],
        records.requests.map((r) => [r.number, date(r.receivedLocal), CHANNEL_TEXT[r.channel as RequestChannel] ?? r.channel, r.information, r.purpose, REQUEST_STATUS_LABEL[r.status as RequestStatus] ?? r.status, dash(r.decision && DECISION_TEXT[r.decision])]),
      ),
    ),
    ...section(
      'Keberatan',
      'Tidak ada keberatan.',
      table(
        [['Nomor', 21], ['Permohonan', 19], ['Dicatat', 12], ['Alasan (Ps 35 ayat 1)', 9], ['Kasus posisi', 17], ['Status', 11], ['Tanggapan', 11]],
        records.objections.map((o) => [o.number, o.requestNumber || 'tanpa permohonan', date(o.registeredLocal), o.grounds.join(', '), o.caseSummary, OBJECTION_STATUS_LABEL[o.status as ObjectionStatus] ?? o.status, dash(o.decision && DECISION_TEXT[o.decision])]),
      ),
    ),
    ...section(
      'Sengketa di Komisi Informasi',
      'Tidak ada sengketa.',
      table(
        [['Nomor register KI', 20], ['Keberatan', 21], ['Diajukan', 12], ['Status', 14], ['Putusan', 21], ['Tanggal putusan', 12]],
        records.disputes.map((d) => [dash(d.kiRegisterNumber), d.objectionNumber, date(d.filedDate), DISPUTE_STATUS_LABEL[d.status as DisputeStatus] ?? d.status, dash(d.outcome), date(d.outcomeDate)]),
      ),
    ),
    ...section(
      'Surat yang diterbitkan',
      'Belum ada surat.',
      table(
        [['Jenis surat', 30], ['Nomor', 27], ['Versi', 7], ['Tanggal', 15], ['Permohonan', 21]],
        records.letters.map((l) => [LETTER_LABEL[l.type as LetterType] ?? l.type, l.number, String(l.version), date(l.issuedDate), l.requestNumber || l.objectionNumber || '']),
      ),
    ),
    ...section(
      'Riwayat perkara',
      'Tidak ada riwayat.',
      table(
        [['Waktu', 14], ['Permohonan', 19], ['Petugas', 12], ['Catatan', 55]],
        records.events.map((e) => [at(e.at), e.requestNumber || e.objectionNumber || '', e.actor, eventText(e)]),
      ),
    ),
    ...section(
      'Log audit (rekam jejak pemrosesan)',
      'Tidak ada catatan audit.',
      table(
        [['No.', 6], ['Waktu', 14], ['Petugas', 12], ['Tindakan', 20], ['Rincian', 48]],
        records.audit.map((a) => [String(a.seq), at(a.at), a.actor, a.action, JSON.stringify(a.data)]),
      ),
    ),
  ];
  if (opts.placeDate) blocks.push({ type: 'spacer', heightMm: 6 }, { type: 'paragraph', align: 'right', runs: [{ text: opts.placeDate }] });
  const spec: DocumentSpec = {
    meta: { title: `Data pribadi pemohon — ${first.name}`, author: opts.author, language: 'id-ID', createdAt: opts.createdAt, keywords: ['PPID', 'data pribadi', 'UU 27/2022'] },
    page: { size: 'A4', orientation: 'portrait' },
    footer: { pageNumbers: true, text: 'Data pribadi pemohon — salinan untuk subjek data' },
    blocks,
  };
  if (opts.letterhead) spec.letterhead = opts.letterhead;
  return spec;
}
