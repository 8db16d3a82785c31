// The audit log: append-only, hash-chained. Callers write inside their own transaction
// (services own transactions) so the entry and the change commit or roll back together.
import type { Db } from '../db/connection';
import { canonicalJson, entryHash, GENESIS_HASH } from './hash';

export interface AuditInput {
  at: string; // UTC instant, ISO 8601
  actor: string;
  action: string; // e.g. 'settings.profile.save'
  entity: string; // e.g. 'settings'
  entityId?: string | null;
  data?: unknown; // what changed; never a full NIK
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  data: unknown;
  prevHash: string;
  hash: string;
}

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

export function appendAudit(db: Db, input: AuditInput): AuditEntry {
  if (!db.inTransaction) throw new Error('appendAudit must run inside the transaction of the change it records');
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const data = canonicalJson(input.data ?? {});
  const entityId = input.entityId ?? null;
  const fields = { seq, at: input.at, actor: input.actor, action: input.action, entity: input.entity, entityId, data };
  const hash = entryHash(prevHash, fields);
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, data, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, input.at, input.actor, input.action, input.entity, entityId, data, prevHash, hash);
  return { ...fields, data: input.data ?? {}, prevHash, hash };
}

export function listAudit(db: Db, opts: { entity?: string; entityId?: string; limit?: number } = {}): AuditEntry[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (opts.entity) {
    where.push('entity = ?');
    args.push(opts.entity);
  }
  if (opts.entityId) {
    where.push('entity_id = ?');
    args.push(opts.entityId);
  }
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...args, opts.limit ?? 100) as Row[];
  return rows.map(fromRow);
}

export function* iterateAudit(db: Db): Generator<Row> {
  yield* db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<Row>;
}

function fromRow(r: Row): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    data: JSON.parse(r.data) as unknown,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
