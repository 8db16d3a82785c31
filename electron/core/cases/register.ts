// cases:register — the Permohonan, Keberatan and Media registers. Rows come newest first from SQL;
// the total and the years come from the same filters, so the page can say "1.204 kasus".
import type { ParsedInput } from '../../../shared/ipc/contract';
import { REGISTER_SPEC, type RegisterItem, type RegisterPage } from '../../../shared/ipc/channels/cases';
import { localDateOf, parseInstant } from '../../../shared/domain/requests/instant';
import { officeClock } from '../calendar/clocks';
import type { Ctx } from '../context';
import { invalidField } from '../errors';
import { toMatchExpression } from '../db/fts';
import { REGISTER_TITLE_MAX, registerCount, registerRows, registerYears, type RegisterCursor, type RegisterQuery, type RegisterRow } from './registerRepo';

export function listRegister(ctx: Ctx, input: ParsedInput<'cases:register'>): RegisterPage {
  const f = input.filters;
  const years = registerYears(ctx.db, input.kind);
  const query: RegisterQuery = {
    year: f.year,
    status: f.status,
    channel: f.channel || undefined,
    unit: f.unit || undefined,
    officer: f.officer || undefined,
    decision: f.decision || undefined,
  };
  if (f.search) {
    query.match = toMatchExpression(f.search);
    query.nikTail = /^\d{4}$/.test(f.search) ? f.search : null;
    if (query.match === null && !query.nikTail) return { items: [], nextCursor: null, total: 0, years };
  }
  const zone = officeClock(ctx).zone;
  const rows = registerRows(ctx.db, input.kind, query, input.cursor ? decodeRegisterCursor(input.cursor) : null, input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toItem(input.kind, row, zone)),
    nextCursor: rows.length > input.limit && last ? encodeRegisterCursor(last) : null,
    total: registerCount(ctx.db, input.kind, query),
    years,
  };
}

function toItem(kind: RegisterItem['kind'], row: RegisterRow, zone: string): RegisterItem {
  const open = (REGISTER_SPEC[kind].open as readonly string[]).includes(row.status);
  return {
    kind,
    id: row.id,
    number: row.number,
    year: row.year,
    title: row.title.length > REGISTER_TITLE_MAX ? `${row.title.slice(0, REGISTER_TITLE_MAX - 1)}…` : row.title,
    requesterName: row.requester_name,
    status: row.status,
    open,
    receivedAt: row.received_at,
    receivedDate: localDateOf(parseInstant(row.received_at) ?? 0, zone),
    channel: row.channel,
    unit: row.unit,
    officer: row.officer,
    decision: row.decision,
    due: row.due,
    closedOn: open ? null : row.closed_on,
    requestNumber: row.request_number,
  };
}

export function encodeRegisterCursor(row: RegisterRow): string {
  return Buffer.from(JSON.stringify([row.received_at, row.id])).toString('base64url');
}

export function decodeRegisterCursor(text: string): RegisterCursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Number.isInteger(value[1])) {
      return { receivedAt: value[0], id: value[1] as number };
    }
  } catch {
    // fall through
  }
  throw invalidField('cursor', 'Penanda halaman (cursor) tidak sah; muat ulang register dari halaman pertama.');
}
