// Applies pending migrations in ONE transaction: a power cut mid-upgrade leaves the old schema.
import type { Db } from './connection';
import type { Migration } from './migrations/types';
import { migrations as allMigrations } from './migrations';
import { AppError } from '../errors';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function tooNewMessage(found: number, known: number): string {
  return (
    `Basis data ini dibuat oleh versi PPID Desk yang lebih baru (skema ${found}; versi ini mengenal sampai skema ${known}). ` +
    'Perbarui aplikasi PPID Desk; data tidak diubah.'
  );
}

export function migrate(db: Db, migrations: readonly Migration[] = allMigrations): { from: number; to: number } {
  assertOrdered(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) throw new AppError('db_too_new', tooNewMessage(from, latest));
  if (from === latest) return { from, to: latest };
  db.transaction(() => {
    for (const m of migrations.filter((x) => x.version > from)) db.exec(m.sql);
    // user_version is part of the database header and is written inside the same transaction.
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from, to: latest };
}

// Versions rise strictly. A gap is tolerated while parallel branches hold numbers the lead
// assigns at merge (e.g. 017 on a branch without 014-016); user_version is the last one applied.
function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = i === 0 ? 0 : migrations[i - 1]!.version;
    if (m.version <= previous) throw new Error(`Migration ${m.name} has version ${m.version}, expected more than ${previous}`);
  });
}
