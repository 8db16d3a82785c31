import type { Migration } from './types';

// Foundation: settings, the audit chain, and the blob index. Append-only: never edit a
// released migration; add the next number instead.
export const migration001: Migration = {
  version: 1,
  name: 'foundation',
  sql: `
    CREATE TABLE settings (
      key        TEXT PRIMARY KEY,
      value      TEXT NOT NULL CHECK (json_valid(value)),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE blobs (
      sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      size       INTEGER NOT NULL CHECK (size >= 0),
      mime_type  TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    -- Each entry's hash covers the previous entry's hash: editing or deleting a row breaks the chain.
    CREATE TABLE audit_log (
      seq        INTEGER PRIMARY KEY,
      at         TEXT NOT NULL,
      actor      TEXT NOT NULL,
      action     TEXT NOT NULL,
      entity     TEXT NOT NULL,
      entity_id  TEXT,
      data       TEXT NOT NULL CHECK (json_valid(data)),
      prev_hash  TEXT NOT NULL,
      hash       TEXT NOT NULL UNIQUE
    ) STRICT;
    CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);
  `,
};
