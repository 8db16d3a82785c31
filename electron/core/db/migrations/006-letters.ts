import type { Migration } from './types';

// Issued letters: each a record of what was sent (UU KIP Ps 22(7), 22(8), 36(2); Perki 1/2021).
// Append-only: never edit once released. The type list is written out so this migration means the
// same thing forever.
//
// One row per version. A letter keeps its number for life; editing the case and issuing again
// writes version 2 under the same number and points version 1 at it (superseded_by), without
// touching version 1's data or files. The files are content-addressed blobs, written before the
// row commits (blobs/store.ts), so reopening shows exactly the bytes that were issued.
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

export const migration006: Migration = {
  version: 6,
  name: 'letters',
  sql: `
    CREATE TABLE letters (
      id            INTEGER PRIMARY KEY,
      type          TEXT NOT NULL CHECK (type IN ('tanda-bukti', 'pemberitahuan', 'perpanjangan', 'penolakan',
                                                  'keberatan-tanda-bukti', 'keberatan-tanggapan')),
      case_kind     TEXT NOT NULL CHECK (case_kind IN ('request', 'objection')),
      request_id    INTEGER NOT NULL REFERENCES requests (id),
      objection_id  INTEGER REFERENCES objections (id),
      number        TEXT NOT NULL CHECK (length(number) >= 1),
      year          INTEGER NOT NULL CHECK (year BETWEEN 1970 AND 2199),
      seq           INTEGER NOT NULL CHECK (seq > 0),
      version       INTEGER NOT NULL CHECK (version >= 1),
      issued_date   TEXT NOT NULL CHECK (issued_date ${DATE}),
      issued_at     TEXT NOT NULL,
      issued_by     TEXT NOT NULL,
      -- The case data the letter was built from (JSON), frozen at issue.
      data          TEXT NOT NULL CHECK (json_valid(data)),
      pdf_sha256    TEXT NOT NULL REFERENCES blobs (sha256),
      docx_sha256   TEXT NOT NULL REFERENCES blobs (sha256),
      superseded_by INTEGER REFERENCES letters (id),
      -- Gap-free per type and year: versions share their letter's seq.
      UNIQUE (type, year, seq, version),
      CHECK ((case_kind = 'objection') = (objection_id IS NOT NULL))
    ) STRICT;
    -- One letter of each type per case, numbered in versions: two officers issuing the same letter at
    -- once cannot both write version 1 (or both write version 2).
    CREATE UNIQUE INDEX letters_request_version ON letters (request_id, type, version) WHERE case_kind = 'request';
    CREATE UNIQUE INDEX letters_objection_version ON letters (objection_id, type, version) WHERE case_kind = 'objection';
    CREATE INDEX letters_request ON letters (request_id, id);
  `,
};
