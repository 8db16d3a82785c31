// The statement library: approved statements, searched with quoted FTS5 prefix tokens like the
// inbox (never raw user input as an FTS expression), reused as an inquiry's answer.
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { StatementView } from '../../../shared/ipc/channels/media';
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { invalidField, notFound } from '../errors';
import { recordClientKey } from '../idempotency/keys';
import { toMatchExpression } from '../db/fts';
import { insertStatement, searchStatements, statementById, updateStatement, type StatementRow } from './repo';

export const toStatementView = (row: StatementRow): StatementView => ({
  id: row.id,
  title: row.title,
  body: row.body,
  topic: row.topic,
  approvedBy: row.approved_by,
  approvedOn: row.approved_on,
  updatedAt: row.updated_at,
});

export function requireStatement(ctx: Pick<Ctx, 'db'>, id: number): StatementRow {
  const row = statementById(ctx.db, id);
  if (!row) throw notFound(`Pernyataan dengan id ${id} tidak ditemukan di pustaka.`);
  return row;
}

export function statements(ctx: Ctx, input: ParsedInput<'media:statements'>): StatementView[] {
  const match = input.search === '' ? null : toMatchExpression(input.search);
  if (input.search !== '' && match === null) return [];
  return searchStatements(ctx.db, match).map(toStatementView);
}

export function saveStatement(ctx: Ctx, input: ParsedInput<'media:saveStatement'>): StatementView {
  const today = todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
  const approvedOn = input.approvedOn ?? today;
  if (approvedOn > today) throw invalidField('approvedOn', 'Tanggal persetujuan tidak boleh di masa depan.');
  const id = mutate(ctx, (tx) => {
    const { at } = tx;
    const fields = { title: input.title, body: input.body, topic: input.topic, approved_by: input.approvedBy || ctx.actor, approved_on: approvedOn, updated_at: at };
    if (input.id !== undefined) {
      requireStatement(ctx, input.id);
      updateStatement(ctx.db, input.id, fields);
    }
    const statementId = input.id ?? insertStatement(ctx.db, { ...fields, created_at: at });
    recordClientKey(ctx, statementId);
    tx.audit({
      action: input.id === undefined ? 'media.statement.create' : 'media.statement.update',
      entity: 'statement',
      entityId: String(statementId),
      data: { title: input.title, approvedBy: fields.approved_by, approvedOn },
    });
    return statementId;
  });
  return toStatementView(requireStatement(ctx, id));
}
