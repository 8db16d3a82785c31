// One cache of prepared statements per open database, for queries built at run time (the inbox's
// and the archive search's filters): preparing costs more than running them on a small page.
// A WeakMap, so a closed and reopened database (restore) gets fresh statements.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';

const statements = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
