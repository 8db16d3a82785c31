// The media log of a period: every inquiry received in it, one row each, as a DocumentSpec
// (landscape register; the PDF/DOCX renderers draw it) and as an XLSX workbook (exceljs).
import ExcelJS from 'exceljs';
import { Temporal } from 'temporal-polyfill';
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { zoneLabel } from '../../../shared/domain/clocks';
import { INQUIRY_CHANNEL_LABEL, INQUIRY_STATUS_LABEL, PRIORITY_LABEL } from '../../../shared/domain/inquiries';
import { localDateTimeOf, parseInstant } from '../../../shared/domain/requests/instant';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { officeClock } from '../calendar/clocks';
import type { Ctx } from '../context';
import type { DocumentSpec } from '../documents/model';
import { letterheadFromProfile, requireCompleteProfile } from '../documents/letterhead';
import { loadRenderers, MIME } from '../letters/render';
import { journalistById, outletById } from './repo';
import { inquiriesReceivedBetween } from '../inquiries/repo';

export interface MediaLogRow {
  number: string;
  received: string;
  journalist: string;
  outlet: string;
  channel: string;
  topic: string;
  priority: string;
  spokesperson: string;
  status: string;
  answerDue: string;
  answered: string;
  /** 'tepat waktu', 'terlambat', or '' while open. */
  onTime: string;
  request: string;
}

export const MEDIA_LOG_COLUMNS: Array<{ key: keyof MediaLogRow; header: string; widthPct: number }> = [
  { key: 'number', header: 'Nomor', widthPct: 10 }, // '001/MEDIA/2026' on one line at 8 pt
  { key: 'received', header: 'Diterima', widthPct: 9 },
  { key: 'journalist', header: 'Wartawan', widthPct: 10 },
  { key: 'outlet', header: 'Media', widthPct: 9 },
  { key: 'channel', header: 'Saluran', widthPct: 6 },
  { key: 'topic', header: 'Topik', widthPct: 12 },
  { key: 'priority', header: 'Prioritas', widthPct: 6 },
  { key: 'spokesperson', header: 'Juru bicara', widthPct: 9 },
  { key: 'status', header: 'Status', widthPct: 7 },
  { key: 'answerDue', header: 'Tenggat jawaban', widthPct: 8 },
  { key: 'answered', header: 'Dijawab', widthPct: 8 },
  { key: 'onTime', header: 'Ketepatan', widthPct: 6 },
];

/** The period's inquiries, by receipt; `from`/`to` are office-local dates, both inclusive. */
export function mediaLogRows(ctx: Ctx, period: { from: string; to: string }): MediaLogRow[] {
  const { zone } = officeClock(ctx);
  const startOf = (date: string) => Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: zone }).toInstant().toString();
  const toExclusive = Temporal.PlainDate.from(period.to).add({ days: 1 }).toString();
  const z = zoneLabel(zone);
  const at = (iso: string | null) => (iso ? `${localDateTimeOf(parseInstant(iso)!, zone)} ${z}` : '');
  // Instants are stored as '…Z' with milliseconds; compare in the same form.
  const norm = (iso: string) => new Date(iso).toISOString();
  return inquiriesReceivedBetween(ctx.db, norm(startOf(period.from)), norm(startOf(toExclusive))).map((row) => ({
    number: row.number,
    received: at(row.received_at),
    journalist: journalistById(ctx.db, row.journalist_id)?.name ?? '',
    outlet: outletById(ctx.db, row.outlet_id)?.name ?? '',
    channel: INQUIRY_CHANNEL_LABEL[row.channel],
    topic: row.topic,
    priority: PRIORITY_LABEL[row.priority],
    spokesperson: row.spokesperson,
    status: INQUIRY_STATUS_LABEL[row.status],
    answerDue: at(row.answer_due_at),
    answered: at(row.answered_at),
    onTime: row.answered_at === null ? '' : row.answered_at <= row.answer_due_at ? 'tepat waktu' : 'terlambat',
    request: row.request_id === null ? '' : String(row.request_id),
  }));
}

export function mediaLogSpec(ctx: Ctx, period: { from: string; to: string }): DocumentSpec {
  const profile = requireCompleteProfile(ctx, 'log media');
  const rows = mediaLogRows(ctx, period);
  const range = `${formatTanggal(period.from)} s.d. ${formatTanggal(period.to)}`;
  const late = rows.filter((r) => r.onTime === 'terlambat').length;
  return {
    meta: { title: `Log Media ${range}`, author: profile.instansiLines.at(-1) ?? '', subject: 'Log pertanyaan media', language: 'id-ID', createdAt: ctx.clock.now() },
    page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 15, right: 15, bottom: 15, left: 15 } },
    letterhead: letterheadFromProfile(ctx, profile),
    footer: { pageNumbers: true, text: `Log Media ${range}` },
    blocks: [
      { type: 'title', text: 'LOG PERTANYAAN MEDIA', subtitle: range },
      { type: 'paragraph', runs: [{ text: `${rows.length} pertanyaan; ${late} dijawab melewati tenggat.` }] },
      { type: 'table', columns: MEDIA_LOG_COLUMNS.map(({ header, widthPct }) => ({ header, widthPct })), rows: rows.map((r) => MEDIA_LOG_COLUMNS.map((c) => r[c.key])), fontSizePt: 8 },
    ],
  };
}

export async function exportMediaLog(ctx: Ctx, input: ParsedInput<'media:exportLog'>) {
  if (input.format !== 'xlsx') {
    const spec = mediaLogSpec(ctx, input);
    const table = spec.blocks.find((b) => b.type === 'table');
    const { renderPdf, renderDocx } = await loadRenderers();
    const file = input.format === 'pdf' ? await renderPdf(spec) : await renderDocx(spec);
    return {
      fileName: `log-media-${input.from}-${input.to}.${input.format}`,
      mimeType: MIME[input.format],
      dataBase64: Buffer.from(file.bytes).toString('base64'),
      rows: table?.type === 'table' ? table.rows.length : 0,
    };
  }
  const rows = mediaLogRows(ctx, input);
  const book = new ExcelJS.Workbook();
  book.creator = 'PPID Desk';
  book.created = ctx.clock.now();
  const sheet = book.addWorksheet('Log media', { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = [...MEDIA_LOG_COLUMNS, { key: 'request' as const, header: 'Permohonan (id)', widthPct: 6 }];
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.widthPct * 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return {
    fileName: `log-media-${input.from}-${input.to}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    dataBase64: buffer.toString('base64'),
    rows: rows.length,
  };
}
