// `ppid-desk check`: is the archive whole? SQLite's own checks, the audit chain, and the blob files.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/connection';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { schemaVersion, tooNewMessage } from '../db/migrate';
import { verifyAuditChain } from '../audit/verify';
import { createBlobStore, type BlobState } from '../blobs/store';
import type { ArchiveKeys } from '../crypto/keys';

export interface CheckLine {
  name: string;
  ok: boolean;
  detail: string;
}

export interface CheckReport {
  ok: boolean;
  lines: CheckLine[];
  auditHead?: string;
}

export function checkDatabaseFile(dbFile: string, blobsDir?: string, keys?: ArchiveKeys): CheckReport {
  const lines: CheckLine[] = [];
  let db: Db;
  try {
    db = openDatabase(dbFile, { readonly: true, fileMustExist: true, ...(keys ? { key: keys.db } : {}) });
    db.prepare('SELECT count(*) FROM sqlite_master').get(); // forces the header to be read
  } catch (error) {
    return { ok: false, lines: [{ name: 'buka basis data', ok: false, detail: `Berkas tidak dapat dibuka sebagai basis data: ${(error as Error).message}` }] };
  }
  try {
    lines.push(...sqliteChecks(db));
    const version = schemaVersion(db);
    lines.push(
      version > LATEST_SCHEMA_VERSION
        ? { name: 'versi skema', ok: false, detail: tooNewMessage(version, LATEST_SCHEMA_VERSION) }
        : { name: 'versi skema', ok: true, detail: `skema ${version} (terbaru ${LATEST_SCHEMA_VERSION})` },
    );
    let auditHead: string | undefined;
    if (version >= 1) {
      const chain = verifyAuditChain(db);
      auditHead = chain.headHash;
      lines.push({
        name: 'rantai audit',
        ok: chain.ok,
        detail: chain.ok ? `${chain.entries} entri utuh; kepala ${chain.headHash.slice(0, 16)}…` : chain.problem!.message,
      });
      if (blobsDir) lines.push(checkBlobs(db, blobsDir, keys?.blobs));
    }
    return { ok: lines.every((l) => l.ok), lines, ...(auditHead ? { auditHead } : {}) };
  } catch (error) {
    lines.push({ name: 'pemeriksaan', ok: false, detail: `Basis data rusak: ${(error as Error).message}` });
    return { ok: false, lines };
  } finally {
    db.close();
  }
}

function sqliteChecks(db: Db): CheckLine[] {
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  const intact = integrity.length === 1 && integrity[0]!.integrity_check === 'ok';
  const fk = db.pragma('foreign_key_check') as unknown[];
  return [
    { name: 'integritas SQLite', ok: intact, detail: intact ? 'ok' : integrity.slice(0, 5).map((r) => r.integrity_check).join('; ') },
    { name: 'kunci asing', ok: fk.length === 0, detail: fk.length === 0 ? 'ok' : `${fk.length} baris merujuk data yang tidak ada` },
  ];
}

const BLOB_STATE_TEXT: Record<BlobState, string> = {
  ok: 'utuh',
  missing: 'hilang',
  size: 'ukuran berbeda',
  hash: 'isi berbeda',
  unreadable: 'tidak dapat dibaca',
};

function checkBlobs(db: Db, blobsDir: string, key?: Uint8Array): CheckLine {
  if (!fs.existsSync(blobsDir)) {
    const n = (db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n;
    return { name: 'berkas blob', ok: n === 0, detail: n === 0 ? 'tidak ada berkas' : `folder blobs/ hilang (${n} berkas tercatat)` };
  }
  const store = createBlobStore(blobsDir, { readOnly: true, ...(key ? { key } : {}) });
  const bad: string[] = [];
  let count = 0;
  // Every blob is read and hashed: a file of the right size can still hold other bytes (a disk
  // that filled up once left short files under blob names).
  for (const row of db.prepare('SELECT sha256, size FROM blobs').iterate() as IterableIterator<{ sha256: string; size: number }>) {
    count += 1;
    const state = store.verify(row.sha256, row.size);
    if (state !== 'ok') bad.push(`${row.sha256.slice(0, 12)} (${BLOB_STATE_TEXT[state]})`);
  }
  // A file without a row is what a crash between the durable write and the commit leaves: harmless, reported.
  const known = new Set((db.prepare('SELECT sha256 FROM blobs').pluck().all() as string[]));
  let orphans = 0;
  for (const sub of fs.readdirSync(blobsDir)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const name of fs.readdirSync(path.join(blobsDir, sub))) if (!known.has(name)) orphans += 1;
  }
  const extra = orphans > 0 ? `; ${orphans} berkas tanpa catatan (sisa impor yang terputus, tidak berbahaya)` : '';
  return bad.length === 0
    ? { name: 'berkas blob', ok: true, detail: `${count} berkas utuh${extra}` }
    : { name: 'berkas blob', ok: false, detail: `${bad.length} berkas hilang atau rusak: ${bad.slice(0, 5).join(', ')}` };
}
