// Log audit for the Admin (issue 14): the entries filtered by officer, kind and office-local
// dates, newest first, and the same selection as an XLSX workbook (exceljs, like the registers).
import { Temporal } from 'temporal-polyfill';
import type { Ctx } from '../context';
import type { AuditRow } from '../../../shared/ipc/channels/audit';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { localDateTimeOf, parseInstant } from '../../../shared/domain/requests/instant';
import { zoneLabel } from '../../../shared/domain/clocks';
import { officeClock } from '../calendar/clocks';
import { getOfficerById } from '../auth/officersRepo';

type Filter = ParsedInput<'audit:list'>['filter'];

interface Row {
  seq: number;
  at: string;
  actor: string;
  officer_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  data: string;
}

function where(ctx: Ctx, filter: Filter): { sql: string; args: unknown[] } {
  const clauses: string[] = [];
  const args: unknown[] = [];
  if (filter.officerId === null) clauses.push('officer_id IS NULL');
  else if (filter.officerId !== undefined) {
    clauses.push('officer_id = ?');
    args.push(filter.officerId);
  }
  if (filter.kind !== '') {
    // A prefix ("objections." or "officer"): LIKE with the wildcards of the text escaped.
    clauses.push("action LIKE ? ESCAPE '\\'");
    args.push(`${filter.kind.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const { zone } = officeClock(ctx);
  const startOf = (date: string) => new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: zone }).toInstant().epochMilliseconds).toISOString();
  if (filter.from) {
    clauses.push('at >= ?');
    args.push(startOf(filter.from));
  }
  if (filter.to) {
    clauses.push('at < ?');
    args.push(startOf(Temporal.PlainDate.from(filter.to).add({ days: 1 }).toString()));
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', args };
}

const toRow = (r: Row): AuditRow => ({ seq: r.seq, at: r.at, actor: r.actor, officerId: r.officer_id, action: r.action, entity: r.entity, entityId: r.entity_id, data: r.data });

export function auditList(ctx: Ctx, input: ParsedInput<'audit:list'>): { rows: AuditRow[]; total: number; kinds: string[] } {
  const w = where(ctx, input.filter);
  const page = input.beforeSeq ? `${w.sql ? `${w.sql} AND` : 'WHERE'} seq < ?` : w.sql;
  const pageArgs = input.beforeSeq ? [...w.args, input.beforeSeq] : w.args;
  const rows = ctx.db.prepare(`SELECT seq, at, actor, officer_id, action, entity, entity_id, data FROM audit_log ${page} ORDER BY seq DESC LIMIT ?`).all(...pageArgs, input.limit) as Row[];
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM audit_log ${w.sql}`).get(...w.args) as { n: number }).n;
  // The kinds for the filter's picker: the part of each action before its first dot.
  const kinds = (ctx.db.prepare("SELECT DISTINCT CASE WHEN instr(action, '.') > 0 THEN substr(action, 1, instr(action, '.') - 1) ELSE action END AS k FROM audit_log ORDER BY k").all() as { k: string }[]).map((r) => r.k);
  return { rows: rows.map(toRow), total, kinds };
}

export async function auditExport(ctx: Ctx, input: ParsedInput<'audit:export'>): Promise<{ filename: string; mime: string; base64: string; rows: number }> {
  const w = where(ctx, input.filter);
  const rows = ctx.db.prepare(`SELECT seq, at, actor, officer_id, action, entity, entity_id, data FROM audit_log ${w.sql} ORDER BY seq`).all(...w.args) as Row[];
  const { zone } = officeClock(ctx);
  const usernames = new Map<number, string>();
  const usernameOf = (id: number | null): string => {
    if (id === null) return '';
    if (!usernames.has(id)) usernames.set(id, getOfficerById(ctx.db, id)?.username ?? `#${id}`);
    return usernames.get(id)!;
  };
  // exceljs is large: loaded on the first XLSX export, not with the core.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const now = ctx.clock.now();
  wb.creator = ctx.actor;
  wb.created = now;
  wb.modified = now;
  wb.title = 'Log audit PPID Desk';
  const ws = wb.addWorksheet('Log audit', { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [
    { header: 'No.', width: 8 },
    { header: `Waktu (${zoneLabel(zone)})`, width: 20 },
    { header: 'Petugas', width: 28 },
    { header: 'Nama pengguna', width: 16 },
    { header: 'Tindakan', width: 30 },
    { header: 'Data', width: 14 },
    { header: 'Id data', width: 10 },
    { header: 'Rincian', width: 60 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const at = parseInstant(r.at);
    ws.addRow([r.seq, at === null ? r.at : localDateTimeOf(at, zone), r.actor, usernameOf(r.officer_id), r.action, r.entity, r.entity_id ?? '', r.data]);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 8 } };
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const stamp = localDateTimeOf(now.getTime(), zone).slice(0, 10);
  return { filename: `log-audit-${stamp}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: Buffer.from(bytes).toString('base64'), rows: rows.length };
}
