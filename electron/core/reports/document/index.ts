// The report as PDF, DOCX or XLSX. Placeholder in this branch: the helper "reportdoc" writes the
// real renderer with this exact signature, and the lead takes that file at merge.
import type { NarrativeSections, ReportFigures } from '../../../../shared/ipc/channels/reports';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';

export async function renderReport(ctx: Ctx, format: 'pdf' | 'docx' | 'xlsx', input: { figures: ReportFigures; narrative: NarrativeSections; createdAt: Date }): Promise<Uint8Array> {
  void ctx;
  void format;
  void input;
  throw new AppError('unsupported', 'Format ini belum tersedia.');
}
