// Ringkasan isu harian: one page for the leadership on what the office watched that day — every
// issue seen by then and still open, or closed that day — needing a response first, then by reach.
import { formatHariTanggal } from '../../../../shared/domain/calendar/format';
import { ISSUE_PLATFORM_LABEL, ISSUE_STATUS_LABEL, ISSUE_STATUSES, type IssueStatus } from '../../../../shared/domain/newsroom/issues';
import { localDateOf } from '../../../../shared/domain/requests/instant';
import { officeClock } from '../../calendar/clocks';
import type { Ctx } from '../../context';
import type { Block, DocumentSpec } from '../../documents/model';
import { letterheadFromProfile, requireCompleteProfile } from '../../documents/letterhead';
import { loadRenderers, MIME } from '../../letters/render';
import { issuesSeenBy, linkedInquiries, linkedReleases, type IssueRow } from './repo';

/** Rows that still fit one A4 page under the letterhead at 8.5 pt; the rest are counted. */
const MAX_ROWS = 14;
const ORDER: Record<IssueStatus, number> = { perlu_respons: 0, ditangani: 1, dipantau: 2, selesai: 3 };

export function briefIssues(ctx: Ctx, date: string): IssueRow[] {
  const { zone } = officeClock(ctx);
  const local = (iso: string) => localDateOf(Date.parse(iso), zone);
  // first_seen_at is UTC; a day's end in any Indonesian zone is before the next UTC day ends.
  return issuesSeenBy(ctx.db, `${date}T23:59:59.999Z`)
    .filter((r) => local(r.first_seen_at) <= date && (r.status !== 'selesai' || local(r.updated_at) === date))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.estimated_reach - a.estimated_reach || a.id - b.id);
}

const reach = (n: number) => n.toLocaleString('id-ID');

export function briefSpec(ctx: Ctx, date: string): { spec: DocumentSpec; count: number } {
  const profile = requireCompleteProfile(ctx, 'ringkasan isu harian');
  const rows = briefIssues(ctx, date);
  const byStatus = ISSUE_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
  const negative = rows.filter((r) => r.sentiment === 'negatif').length;
  const summary =
    rows.length === 0
      ? 'Tidak ada isu yang dipantau pada tanggal ini.'
      : `${rows.length} isu: ${byStatus.map(([s, n]) => `${n} ${ISSUE_STATUS_LABEL[s].toLowerCase()}`).join(', ')}; ${negative} bersentimen negatif.`;
  const shown = rows.slice(0, MAX_ROWS);
  const urgent = rows.filter((r) => r.status === 'perlu_respons');
  const blocks: Block[] = [
    { type: 'title', text: 'RINGKASAN ISU HARIAN', subtitle: formatHariTanggal(date) },
    { type: 'paragraph', runs: [{ text: summary }], spaceAfterPt: 6 },
  ];
  if (shown.length > 0) {
    blocks.push({
      type: 'table',
      fontSizePt: 8.5,
      keepTogether: true,
      columns: [
        { header: 'No', widthPct: 5, align: 'center' },
        { header: 'Isu', widthPct: 33 },
        { header: 'Platform', widthPct: 12 },
        { header: 'Jangkauan', widthPct: 11, align: 'right' },
        { header: 'Sentimen', widthPct: 10 },
        { header: 'OPD', widthPct: 14 },
        { header: 'Status / PJ', widthPct: 15 },
      ],
      rows: shown.map((r, i) => [
        String(i + 1),
        r.title,
        ISSUE_PLATFORM_LABEL[r.platform],
        reach(r.estimated_reach),
        r.sentiment,
        r.opd || '-',
        `${ISSUE_STATUS_LABEL[r.status]}${r.owner ? ` / ${r.owner}` : ''}`,
      ]),
    });
    if (rows.length > shown.length) blocks.push({ type: 'paragraph', runs: [{ text: `Dan ${rows.length - shown.length} isu lainnya (lihat PPID Desk › Humas › Isu).`, italic: true }] });
  }
  if (urgent.length > 0) {
    blocks.push({ type: 'heading', text: 'Perlu respons pimpinan', level: 2 });
    blocks.push({
      type: 'list',
      style: 'bullet',
      items: urgent.slice(0, 5).map((r) => {
        const links = [...linkedReleases(ctx.db, r.id).map((x) => `siaran pers ${x.number}`), ...linkedInquiries(ctx.db, r.id).map((x) => `pertanyaan ${x.number}`)];
        return `${r.title}${r.summary ? ` — ${r.summary.split('\n')[0]}` : ''}${links.length ? ` (terkait ${links.join(', ')})` : ''}`;
      }),
    });
  }
  return {
    count: rows.length,
    spec: {
      meta: {
        title: `Ringkasan Isu Harian ${date}`,
        author: profile.instansiLines.at(-1) ?? '',
        subject: 'Ringkasan isu harian',
        keywords: ['isu', 'humas', 'pemantauan'],
        language: 'id-ID',
        createdAt: new Date(`${date}T00:00:00Z`),
      },
      page: { size: 'A4', orientation: 'portrait', marginsMm: { top: 15, right: 18, bottom: 15, left: 18 } },
      letterhead: letterheadFromProfile(ctx, profile),
      footer: { pageNumbers: true, text: `Ringkasan isu harian ${date}` },
      blocks,
    },
  };
}

export async function exportBrief(ctx: Ctx, input: { date: string; format: 'pdf' | 'docx' }) {
  const { spec, count } = briefSpec(ctx, input.date);
  const { renderPdf, renderDocx } = await loadRenderers();
  const file = input.format === 'pdf' ? await renderPdf(spec) : await renderDocx(spec);
  return { fileName: `ringkasan-isu-${input.date}.${input.format}`, mimeType: MIME[input.format], dataBase64: Buffer.from(file.bytes).toString('base64'), count };
}
