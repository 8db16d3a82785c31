// The audit log: append-only, hash-chained. Callers write inside their own transaction
// (services own transactions) so the entry and the change commit or roll back together.
import type { Db } from '../db/connection';
import { canonicalJson, entryHash, GENESIS_HASH } from './hash';
import { actingOfficer } from '../auth/acting';

export interface AuditInput {
  at: string; // UTC instant, ISO 8601
  actor: string;
  action: string; // e.g. 'settings.profile.save'
  entity: string; // e.g. 'settings'
  entityId?: string | null;
  data?: unknown; // what changed; never a full NIK
  /**
   * The officer who acted. Omitted: the signed-in officer of the running call (auth/acting.ts),
   * null for system calls. Given: e.g. a sign-in, recorded before the call has an officer.
   */
  officerId?: number | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  data: unknown;
  officerId: number | null;
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
  /** Absent before migration 015. */
  officer_id?: number | null;
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
  const officerId = input.officerId !== undefined ? input.officerId : (actingOfficer()?.id ?? null);
  const fields = { seq, at: input.at, actor: input.actor, action: input.action, entity: input.entity, entityId, data, officerId };
  const hash = entryHash(prevHash, fields);
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, data, prev_hash, hash, officer_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, input.at, input.actor, input.action, input.entity, entityId, data, prevHash, hash, officerId);
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

export function countAudit(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
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
    officerId: r.officer_id ?? null,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
