// Whether a call has already saved something. dispatch must tell "nothing changed, try again" from
// "the change was saved, then a later step failed": a retry of the second registers twice. Every
// write of the core goes through the one connection, so the connection itself records commits:
// an outermost transaction that returns (COMMIT succeeded) after changing rows, or a write run
// outside any transaction (autocommit). The record goes to the scope of the call that made it,
// kept across its awaits by AsyncLocalStorage, so that concurrent calls (an import running while
// an officer saves a form) are told apart.
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';

export interface CommitScope {
  /** True once a change of this call is durably in the database. */
  committed: boolean;
}

const scopes = new AsyncLocalStorage<CommitScope>();
const tracked = new WeakSet<Db>();

function markCommitted(): void {
  const scope = scopes.getStore();
  if (scope) scope.committed = true;
}

/** The scope of the running call, if any. */
export function currentCommitScope(): CommitScope | undefined {
  return scopes.getStore();
}

/** Runs `work` with its own commit scope; the scope says afterwards whether anything was committed. */
export async function withCommitScope<T>(work: () => Promise<T>): Promise<{ scope: CommitScope; outcome: { ok: true; value: T } | { ok: false; error: unknown } }> {
  const scope: CommitScope = { committed: false };
  try {
    const value = await scopes.run(scope, work);
    return { scope, outcome: { ok: true, value } };
  } catch (error) {
    return { scope, outcome: { ok: false, error } };
  }
}

type TxVariant = (...args: unknown[]) => unknown;

/**
 * Makes `db` report its commits to the running call's scope. Patches this connection's
 * `transaction` and `prepare` (own properties: the prototype and other connections are untouched);
 * idempotent.
 */
export function trackCommits(db: Db): Db {
  if (tracked.has(db)) return db;
  tracked.add(db);
  const originalTransaction = db.transaction.bind(db);
  const originalPrepare = db.prepare.bind(db);
  // total_changes() counts rows changed by this connection, triggers included: a transaction that
  // only read (e.g. one that found its plan stale and returned) commits nothing worth reporting.
  const totalChanges = originalPrepare('SELECT total_changes()').pluck();

  const wrap = (variant: TxVariant): TxVariant =>
    function (this: unknown, ...args: unknown[]) {
      const outermost = !db.inTransaction;
      const before = outermost ? (totalChanges.get() as number) : 0;
      const result = variant.apply(this, args);
      // Returning from the outermost level means COMMIT ran without error.
      if (outermost && (totalChanges.get() as number) > before) markCommitted();
      return result;
    };

  const transaction = ((fn: (...args: unknown[]) => unknown) => {
    const tx = originalTransaction(fn);
    const variants = {
      default: wrap(tx.default as TxVariant),
      deferred: wrap(tx.deferred as TxVariant),
      immediate: wrap(tx.immediate as TxVariant),
      exclusive: wrap(tx.exclusive as TxVariant),
    };
    for (const v of Object.values(variants)) Object.assign(v, variants, { database: db });
    return variants.default;
  }) as Db['transaction'];

  const prepare = ((source: string) => {
    const statement = originalPrepare(source);
    if (statement.reader) return statement;
    const run = statement.run.bind(statement);
    // bind(), pluck() and the like return the statement itself, so this own `run` stays in force.
    statement.run = ((...params: unknown[]) => {
      const info = run(...(params as Parameters<typeof run>));
      if (!db.inTransaction && info.changes > 0) markCommitted();
      return info;
    }) as Database.Statement['run'];
    return statement;
  }) as Db['prepare'];

  Object.assign(db, { transaction, prepare });
  return db;
}

/**
 * Runs `work` outside the call's commit scope: for a write that must stay even though the call
 * then fails as a refusal, not as "saved, then failed" (a wrong password's failure count).
 */
export function outsideCommitScope<T>(work: () => T): T {
  return scopes.exit(work);
}
