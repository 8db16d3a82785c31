// The inbox page: rows come ordered by the stored due date from SQL; the working days left and
// the state are computed only for the rows of the page, from today's date in the office zone.
import { dueStanding, dueWithinBound, type DueStanding } from '../../../shared/domain/requests/inboxState';
import { parseInstant } from '../../../shared/domain/requests/instant';
import { minutesLeft } from '../../../shared/domain/inquiries/clocks';
import { isOverdueCounting, type RequestStatus } from '../../../shared/domain/requests/status';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { INBOX_KINDS, type InboxItem, type InboxPage } from '../../../shared/ipc/channels/inbox';
import { officeClock, todayLocal } from '../calendar/clocks';
import { loadCalendar } from '../calendar/effective';
import type { Ctx } from '../context';
import { invalidField } from '../errors';
import { toMatchExpression } from '../db/fts';
import { inboxRows, KIND_BY_RANK, TITLE_MAX, type InboxCursor, type InboxRow } from './repo';

export function listInbox(ctx: Ctx, input: ParsedInput<'inbox:list'>): InboxPage {
  const nowMs = input.now ? parseInstant(input.now)! : ctx.clock.now().getTime();
  const today = todayLocal(nowMs, officeClock(ctx).zone);
  const cal = loadCalendar(ctx.db);
  const f = input.filters;
  const base = { items: [], nextCursor: null, today, calendarVersion: cal.version };

  let match: string | null = null;
  if (f.search) {
    match = toMatchExpression(f.search);
    if (match === null) return base; // only punctuation: nothing can match
  }
  const rows = inboxRows(ctx.db, {
    kinds: f.kind ? [f.kind] : INBOX_KINDS,
    status: f.status,
    unit: f.unit || undefined,
    officer: f.officer || undefined,
    dueUntil: f.dueWithinDays === undefined ? null : dueWithinBound(today, f.dueWithinDays, cal),
    match,
    after: input.cursor ? decodeCursor(input.cursor) : null,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const standings = new Map<string, DueStanding>();
  const items = page.map((row): InboxItem => {
    const kind = KIND_BY_RANK[row.kind_rank]!;
    const counting = kind === 'request' ? isOverdueCounting(row.status as RequestStatus) : true;
    const key = `${row.due}|${counting}`;
    let standing = standings.get(key);
    if (!standing) standings.set(key, (standing = dueStanding(today, row.due, counting, cal)));
    const left = row.due_at === null ? null : minutesLeft(nowMs, parseInstant(row.due_at)!);
    return {
      kind,
      id: row.id,
      number: row.number,
      title: row.title.length > TITLE_MAX ? `${row.title.slice(0, TITLE_MAX - 1)}…` : row.title,
      requesterName: row.requester_name,
      status: row.status,
      due: row.due,
      workingDaysLeft: standing.workingDaysLeft,
      state: left === null ? standing.state : hourState(left, row.due, today),
      receivedAt: row.real_received,
      unit: row.unit,
      officer: row.officer,
      dueAt: row.due_at,
      minutesLeft: left,
    };
  });
  const last = page[page.length - 1];
  return { ...base, items, nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null };
}

/** An hour clock's standing: late, due today, within a day, or later. */
function hourState(minutes: number, due: string, today: string): InboxItem['state'] {
  if (minutes < 0) return 'overdue';
  if (due === today) return 'due_today';
  return minutes <= 24 * 60 ? 'due_soon' : 'on_track';
}

export function encodeCursor(row: InboxRow): string {
  return Buffer.from(JSON.stringify([row.due, row.received_at, row.id, row.kind_rank])).toString('base64url');
}

export function decodeCursor(text: string): InboxCursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 4) {
      const [due, receivedAt, id, rank] = value as unknown[];
      if (typeof due === 'string' && typeof receivedAt === 'string' && Number.isInteger(id) && (rank === 0 || rank === 1 || rank === 2 || rank === 3)) {
        return { due, receivedAt, id: id as number, rank };
      }
    }
  } catch {
    // fall through
  }
  throw invalidField('cursor', 'Penanda halaman (cursor) tidak sah; muat ulang kotak masuk dari halaman pertama.');
}
