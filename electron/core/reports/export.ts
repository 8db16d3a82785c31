// reports:export: the report for a period as PDF, DOCX, XLSX (document/, with the narrative of the
// year the period ends in) or JSON (the figures exactly as reports:figures gives them). Audited.
import { narrativeYearOf, type ReportPeriod } from '../../../shared/domain/reports/period';
import { toUtcIso } from '../../../shared/domain/requests/instant';
import type { ReportFigures } from '../../../shared/ipc/channels/reports';
import { sha256Hex } from '../blobs/store';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { renderReport } from './document';
import { computeFigures } from './figures';
import { narrativeSections } from './narrative';

export const REPORT_MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
} as const;
export type ReportFormat = keyof typeof REPORT_MIME;

/** laporan-layanan-informasi-2026.json, ...-2026-S1.pdf, ...-2026-01-15_2026-06-30.xlsx */
export function reportFilename(period: Pick<ReportPeriod, 'key'>, format: ReportFormat): string {
  return `laporan-layanan-informasi-${period.key.replace('..', '_')}.${format}`;
}

export function figuresJson(figures: ReportFigures): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(figures, null, 2)}\n`);
}

export async function exportReport(ctx: Ctx, input: { period: ReportPeriod; format: ReportFormat }) {
  const createdAt = ctx.clock.now();
  const figures = computeFigures(ctx, input.period);
  const bytes =
    input.format === 'json'
      ? figuresJson(figures)
      : await renderReport(ctx, input.format, { figures, narrative: narrativeSections(ctx.db, narrativeYearOf(input.period)), createdAt });
  const sha256 = sha256Hex(bytes);
  const filename = reportFilename(input.period, input.format);
  mutate(ctx, (tx) => {
    tx.audit({
      // The instant the document prints as its creation, not the (later) end of the rendering.
      at: toUtcIso(createdAt.getTime()),
      action: 'report.export',
      entity: 'report',
      entityId: input.period.key,
      data: { period: input.period.key, format: input.format, filename, size: bytes.length, sha256 },
    });
  });
  return { filename, mime: REPORT_MIME[input.format], base64: Buffer.from(bytes).toString('base64'), sha256 };
}
