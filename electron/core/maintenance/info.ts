import fs from 'node:fs';
import type { ArchiveKeys } from '../crypto/keys';
import { openDatabase } from '../db/connection';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { schemaVersion } from '../db/migrate';
import { dataPaths } from '../paths';
import { APP_VERSION } from '../app/version';
import { describeHolder, liveHolder } from '../storage/lock';

export interface ArchiveInfo {
  appVersion: string;
  dataDir: string;
  database: string;
  blobs: string;
  backups: string;
  exists: boolean;
  bytes: number;
  schemaVersion: number | null;
  latestSchemaVersion: number;
  counts: Record<string, number>;
  /** Who holds archive.lock now (a stale lock is not reported). */
  lock: { pid: number; host: string; kind: string; startedAt: string; holder: string } | null;
}

export function archiveInfo(dataDir: string, keys?: ArchiveKeys): ArchiveInfo {
  const paths = dataPaths(dataDir);
  const holder = liveHolder(dataDir);
  const lock = holder ? { pid: holder.pid, host: holder.host, kind: holder.kind, startedAt: holder.startedAt, holder: describeHolder(holder) } : null;
  const base = { lock, appVersion: APP_VERSION, dataDir, database: paths.db, blobs: paths.blobs, backups: paths.backups, latestSchemaVersion: LATEST_SCHEMA_VERSION };
  if (!fs.existsSync(paths.db)) return { ...base, exists: false, bytes: 0, schemaVersion: null, counts: {} };
  const db = openDatabase(paths.db, { readonly: true, fileMustExist: true, ...(keys ? { key: keys.db } : {}) });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
      .pluck()
      .all() as string[];
    const counts = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number)]));
    return { ...base, exists: true, bytes: fs.statSync(paths.db).size, schemaVersion: schemaVersion(db), counts };
  } finally {
    db.close();
  }
}
