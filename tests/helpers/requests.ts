// A read-only look into the archive for assertions, and the request fixtures.
import path from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import type { Core } from '../../electron/core';

export { NIK_BUDI, NIK_SITI, requestInput } from './requestInput';

const opened: Db[] = [];

/** A read-only connection to the core's archive (WAL: sees every committed change). */
export function readDb(core: Core): Db {
  const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true, fileMustExist: true });
  opened.push(db);
  return db;
}

export function auditRows(core: Core): { action: string; entity: string; entity_id: string | null; data: string }[] {
  return readDb(core).prepare('SELECT action, entity, entity_id, data FROM audit_log ORDER BY seq').all() as {
    action: string;
    entity: string;
    entity_id: string | null;
    data: string;
  }[];
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
