import type { Migration } from './types';

// 1. FTS5 secure-delete on every search index holding personal data (UU 27/2022 PDP): requesters'
//    names in requests/objections/disputes (migration 002), journalists' names, phones and e-mails
//    and the statements' text (migration 005). archive_fts has it since 004. Without it a deleted
//    or corrected row leaves its old terms in the index until a merge happens to drop them, so a
//    corrected name stays findable in the file. 'optimize' merges each index once now, which drops
//    the terms of rows corrected before this migration.
// 2. client_keys: the idempotency keys of create channels (clientKey), so that a retried request
//    (a double click, a lost answer) returns the first result instead of registering twice. The key
//    is written in the same transaction as the record it created; the input is kept only as a hash.
const PERSONAL_FTS = ['requests_fts', 'objections_fts', 'disputes_fts', 'inquiries_fts', 'directory_fts', 'statements_fts'];

export const migration008: Migration = {
  version: 8,
  name: 'secure-fts-client-keys',
  sql: `
    ${PERSONAL_FTS.map((t) => `INSERT INTO ${t} (${t}, rank) VALUES ('secure-delete', 1);`).join('\n    ')}
    ${PERSONAL_FTS.map((t) => `INSERT INTO ${t} (${t}) VALUES ('optimize');`).join('\n    ')}

    CREATE TABLE client_keys (
      channel       TEXT NOT NULL CHECK (length(channel) BETWEEN 3 AND 60),
      client_key    TEXT NOT NULL CHECK (length(client_key) BETWEEN 8 AND 100),
      result_id     INTEGER NOT NULL,
      input_sha256  TEXT NOT NULL CHECK (length(input_sha256) = 64),
      created_at    TEXT NOT NULL,
      PRIMARY KEY (channel, client_key)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX client_keys_created ON client_keys (created_at);
  `,
};
