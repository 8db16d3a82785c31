// One way for the core to change the archive (issue 16): an IMMEDIATE transaction (the write lock is
// taken at BEGIN, so two officers' saves queue instead of failing half-way with SQLITE_BUSY), one
// timestamp for everything the change writes, the audit entry inside the same transaction (it
// commits or rolls back with the change), and events held until COMMIT: a change that rolled back
// never tells the other windows to refetch.
import type { Ctx } from '../context';
import type { Db } from './connection';
import type { EventName, EventPayload } from '../../../shared/ipc/events';
import { appendAudit, type AuditEntry, type AuditInput } from '../audit/repo';

type QueuedEvent = [EventName, unknown];

/** What a change may do inside its transaction. */
export interface Tx {
  readonly db: Db;
  /** The instant of the change (UTC, ISO 8601), the same for every row and audit entry it writes. */
  readonly at: string;
  /** Who acts, as the history and the audit log print it (ctx.actor). */
  readonly actor: string;
  /** Appends the audit entry of this change; `at` and `actor` default to the change's. */
  audit(entry: Omit<AuditInput, 'at' | 'actor'> & Partial<Pick<AuditInput, 'at' | 'actor'>>): AuditEntry;
  /** Queues an event; it is handed to the core only once the outermost transaction committed. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

// The event queue of the outermost mutate running on a connection: a mutate inside another one
// (a service calling another service) becomes a savepoint, and its events wait for the outer COMMIT.
const openQueues = new WeakMap<Db, QueuedEvent[]>();

export function mutate<T>(ctx: Pick<Ctx, 'db' | 'clock' | 'actor' | 'emit'>, change: (tx: Tx) => T): T {
  const { db } = ctx;
  const outer = openQueues.get(db);
  const queue: QueuedEvent[] = outer ?? [];
  const tx: Tx = {
    db,
    at: ctx.clock.now().toISOString(),
    actor: ctx.actor,
    audit: (entry) => appendAudit(db, { at: tx.at, actor: tx.actor, ...entry }),
    emit: (name, payload) => void queue.push([name, payload]),
  };
  if (outer) return db.transaction(() => change(tx))();
  openQueues.set(db, queue);
  let result: T;
  try {
    // A change begun outside a transaction takes the write lock at once; one begun inside a plain
    // db.transaction (old code, tests) cannot, and nests as a savepoint.
    result = db.inTransaction ? db.transaction(() => change(tx))() : db.transaction(() => change(tx)).immediate();
  } finally {
    openQueues.delete(db);
  }
  for (const [name, payload] of queue) ctx.emit(name as EventName, payload as never);
  return result;
}
