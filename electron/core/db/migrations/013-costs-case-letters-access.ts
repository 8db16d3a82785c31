import type { Migration } from './types';

// Costs, the new case letters and the requester's accessibility needs. Append-only: never edit
// once released. Lists in CHECK constraints are written out so this migration keeps its meaning.
//
// Numbered 013 on purpose: migration 012 is the archive's (helper "dip"); `version` is this
// migration's place in the list of this branch and becomes 13 when both are merged.
//
// 1. The tariff (Perki 1/2010 Ps 27-28: the cost of copies is a standard set by decree of the
//    body): one row per item (per page, per medium such as CD or flashdisk, other), and the decree
//    that set it in a one-row table.
// 2. requests.cost_items: the lines the cost was computed from (tariff item, price, quantity,
//    subtotal), frozen on the request so a later tariff change never rewrites a charged cost;
//    requests.cost_rp stays the total.
// 3. Accessibility (Perki 1/2021 Ps 24): the requester's needs (braille, audio, large print,
//    assistance, other with its text) and whether the information is to be delivered in an
//    accessible format.
// 4. letters: three new case letters (tanda bukti penyerahan, pemberitahuan kelengkapan/biaya,
//    kuitansi). SQLite cannot change a CHECK, so the table is rebuilt with the same columns, rows,
//    ids and indexes.
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

export const migration013: Migration = {
  version: 13,
  name: 'costs-case-letters-access',
  sql: `
    CREATE TABLE tariff_items (
      id        INTEGER PRIMARY KEY,
      kind      TEXT NOT NULL CHECK (kind IN ('halaman', 'media', 'lainnya')),
      label     TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
      unit      TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 40),
      price_rp  INTEGER NOT NULL CHECK (price_rp >= 0),
      position  INTEGER NOT NULL CHECK (position >= 0)
    ) STRICT;
    CREATE TABLE tariff_decree (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      number      TEXT NOT NULL DEFAULT '',
      date        TEXT CHECK (date IS NULL OR date ${DATE}),
      updated_at  TEXT NOT NULL,
      updated_by  TEXT NOT NULL
    ) STRICT;

    ALTER TABLE requests ADD COLUMN cost_items TEXT NOT NULL DEFAULT '[]'
      CHECK (json_valid(cost_items) AND json_type(cost_items) = 'array');
    ALTER TABLE requests ADD COLUMN accessibility_needs TEXT NOT NULL DEFAULT '[]'
      CHECK (json_valid(accessibility_needs) AND json_type(accessibility_needs) = 'array');
    ALTER TABLE requests ADD COLUMN accessibility_note TEXT NOT NULL DEFAULT '';
    ALTER TABLE requests ADD COLUMN accessible_format INTEGER NOT NULL DEFAULT 0 CHECK (accessible_format IN (0, 1));

    CREATE TABLE letters_new (
      id            INTEGER PRIMARY KEY,
      type          TEXT NOT NULL CHECK (type IN ('tanda-bukti', 'pemberitahuan', 'perpanjangan', 'penolakan',
                                                  'keberatan-tanda-bukti', 'keberatan-tanggapan',
                                                  'penyerahan', 'pemberitahuan-kelengkapan', 'kuitansi')),
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
      data          TEXT NOT NULL CHECK (json_valid(data)),
      pdf_sha256    TEXT NOT NULL REFERENCES blobs (sha256),
      docx_sha256   TEXT NOT NULL REFERENCES blobs (sha256),
      superseded_by INTEGER REFERENCES letters_new (id),
      UNIQUE (type, year, seq, version),
      CHECK ((case_kind = 'objection') = (objection_id IS NOT NULL))
    ) STRICT;
    INSERT INTO letters_new (id, type, case_kind, request_id, objection_id, number, year, seq, version, issued_date,
        issued_at, issued_by, data, pdf_sha256, docx_sha256, superseded_by)
      SELECT id, type, case_kind, request_id, objection_id, number, year, seq, version, issued_date,
        issued_at, issued_by, data, pdf_sha256, docx_sha256, superseded_by FROM letters;
    DROP TABLE letters;
    ALTER TABLE letters_new RENAME TO letters;
    CREATE UNIQUE INDEX letters_request_version ON letters (request_id, type, version) WHERE case_kind = 'request';
    CREATE UNIQUE INDEX letters_objection_version ON letters (objection_id, type, version) WHERE case_kind = 'objection';
    CREATE INDEX letters_request ON letters (request_id, id);
  `,
};
