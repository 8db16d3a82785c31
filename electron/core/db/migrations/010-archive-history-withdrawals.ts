import type { Migration } from './types';

// 1. The archive's import history: every import run (a batch of files from the page, the desktop app
// or the CLI) and one verdict per file, so the report survives leaving the page and can be looked
// up and filtered later ("which files of last week's folder were refused, and why?").
// A verdict names its document by id without a foreign key: a document withdrawn later leaves its
// import line as it was. The reason is kept as its code and parameters (the page says it in the UI
// language) and as the Indonesian sentence shown at the time; `detail` holds the failing library's
// own words, for support only.
// 2. Withdrawn documents: what was taken out of the archive, when, by whom and why. The row, its
//    search entry and (when nothing else names it) its file are deleted; this record stays, and its
//    id is never given to a new document, so an old import line or audit entry never names another.
// Lists in CHECK constraints are written out so this migration keeps its meaning.
export const migration010: Migration = {
  version: 10,
  name: 'archive-history-withdrawals',
  sql: `
    CREATE TABLE archive_import_runs (
      id           INTEGER PRIMARY KEY,
      batch_id     TEXT NOT NULL UNIQUE CHECK (length(batch_id) BETWEEN 1 AND 100),
      -- 'upload': files sent by the page one per call; 'paths': files and folders read from this computer.
      source       TEXT NOT NULL CHECK (source IN ('upload', 'paths')),
      actor        TEXT NOT NULL,
      started_at   TEXT NOT NULL,
      finished_at  TEXT,
      cancelled    INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1))
    ) STRICT;
    CREATE INDEX archive_import_runs_started ON archive_import_runs (started_at DESC, id DESC);

    CREATE TABLE archive_import_items (
      id             INTEGER PRIMARY KEY,
      run_id         INTEGER NOT NULL REFERENCES archive_import_runs (id),
      at             TEXT NOT NULL,
      name           TEXT NOT NULL,
      relative_path  TEXT NOT NULL,
      verdict        TEXT NOT NULL CHECK (verdict IN ('imported', 'duplicate', 'rejected', 'encrypted', 'skipped')),
      reason_code    TEXT CHECK (reason_code IS NULL OR length(reason_code) BETWEEN 1 AND 60),
      reason_params  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(reason_params)),
      reason         TEXT,
      detail         TEXT,
      document_id    INTEGER,
      title          TEXT,
      file_type      TEXT CHECK (file_type IS NULL OR file_type IN ('docx', 'pdf', 'other')),
      notes          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(notes))
    ) STRICT;
    CREATE INDEX archive_import_items_run ON archive_import_items (run_id, verdict, id);
    CREATE INDEX archive_import_items_verdict ON archive_import_items (verdict, id);

    CREATE TABLE archive_withdrawals (
      document_id   INTEGER PRIMARY KEY,
      sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
      file_name     TEXT NOT NULL,
      title         TEXT NOT NULL,
      category      TEXT,
      reason        TEXT NOT NULL CHECK (length(reason) >= 10),
      actor         TEXT NOT NULL,
      withdrawn_at  TEXT NOT NULL,
      -- Whether the stored file was deleted (no other record named the same bytes).
      blob_removed  INTEGER NOT NULL CHECK (blob_removed IN (0, 1))
    ) STRICT;
  `,
};
