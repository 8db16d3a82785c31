import type { Migration } from './types';

// The public-information archive (Daftar Informasi Publik, UU KIP Ps 7(3) and Perki 1/2021):
// imported files (the bytes live in the blob store, named by SHA-256), their DIP classification,
// the full-text index, and which documents were provided for which request. Append-only: never
// edit once released. Lists in CHECK constraints are written out so this migration keeps its meaning.
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

export const migration004: Migration = {
  version: 4,
  name: 'archive',
  sql: `
    CREATE TABLE archive_documents (
      id                   INTEGER PRIMARY KEY,
      -- One row per distinct content: a second import of the same bytes is a duplicate.
      sha256               TEXT NOT NULL UNIQUE REFERENCES blobs (sha256),
      file_name            TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 500),
      file_type            TEXT NOT NULL CHECK (file_type IN ('docx', 'pdf', 'other')),
      mime_type            TEXT NOT NULL,
      size                 INTEGER NOT NULL CHECK (size >= 0),
      encrypted            INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
      page_count           INTEGER CHECK (page_count IS NULL OR page_count >= 0),
      meta_title           TEXT NOT NULL DEFAULT '',
      meta_author          TEXT NOT NULL DEFAULT '',
      meta_created         TEXT CHECK (meta_created IS NULL OR meta_created ${DATE}),
      text_chars           INTEGER NOT NULL DEFAULT 0,
      text_truncated       INTEGER NOT NULL DEFAULT 0 CHECK (text_truncated IN (0, 1)),
      -- Sanitised at import (sanitize-html) and again in the renderer (DOMPurify).
      preview_html         TEXT,
      import_notes         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(import_notes)),
      imported_at          TEXT NOT NULL,
      -- DIP entry (DOMAIN.md): number, title, summary, unit, person responsible, time and place
      -- produced, form, retention, category.
      dip_number           TEXT NOT NULL DEFAULT '',
      title                TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
      summary              TEXT NOT NULL DEFAULT '',
      unit                 TEXT NOT NULL DEFAULT '',
      responsible          TEXT NOT NULL DEFAULT '',
      produced_date        TEXT CHECK (produced_date IS NULL OR produced_date ${DATE}),
      produced_place       TEXT NOT NULL DEFAULT '',
      form                 TEXT NOT NULL DEFAULT 'softcopy' CHECK (form IN ('softcopy', 'hardcopy', 'keduanya')),
      retention            TEXT NOT NULL DEFAULT '',
      category             TEXT CHECK (category IS NULL OR category IN ('berkala', 'serta_merta', 'setiap_saat', 'dikecualikan')),
      -- UU KIP Ps 17 huruf a-j and what an exemption must carry (consequence test, Ps 19).
      exemption_letter     TEXT CHECK (exemption_letter IS NULL OR exemption_letter IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j')),
      exemption_law        TEXT NOT NULL DEFAULT '',
      consequence_test     TEXT NOT NULL DEFAULT '',
      exemption_years      INTEGER CHECK (exemption_years IS NULL OR exemption_years BETWEEN 1 AND 30),
      exemption_permanent  INTEGER NOT NULL DEFAULT 0 CHECK (exemption_permanent IN (0, 1)),
      decree_number        TEXT NOT NULL DEFAULT '',
      decree_date          TEXT CHECK (decree_date IS NULL OR decree_date ${DATE}),
      review_date          TEXT CHECK (review_date IS NULL OR review_date ${DATE}),
      updated_at           TEXT NOT NULL,
      -- The year a document belongs to: produced, else its own metadata, else imported.
      year                 INTEGER GENERATED ALWAYS AS (CAST(substr(coalesce(produced_date, meta_created, imported_at), 1, 4) AS INTEGER)) STORED,
      CHECK (category = 'dikecualikan' OR (exemption_letter IS NULL AND review_date IS NULL)),
      CHECK (category <> 'dikecualikan' OR (exemption_letter IS NOT NULL AND review_date IS NOT NULL)),
      -- Only Ps 17 g and h may be exempt without end.
      CHECK (exemption_permanent = 0 OR exemption_letter IN ('g', 'h'))
    ) STRICT;
    CREATE INDEX archive_documents_imported ON archive_documents (imported_at DESC, id DESC);
    CREATE INDEX archive_documents_review ON archive_documents (review_date) WHERE category = 'dikecualikan';
    CREATE INDEX archive_documents_filters ON archive_documents (category, year);

    -- Ranked word search with diacritics folded; secure-delete so removed text does not linger.
    CREATE VIRTUAL TABLE archive_fts USING fts5 (title, summary, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    INSERT INTO archive_fts (archive_fts, rank) VALUES ('secure-delete', 1);
    -- A hit in the title counts most, then the summary, then the body.
    INSERT INTO archive_fts (archive_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');

    -- What was provided for a request ("sudah tersedia" on the intake form).
    CREATE TABLE archive_request_links (
      request_id   INTEGER NOT NULL REFERENCES requests (id),
      document_id  INTEGER NOT NULL REFERENCES archive_documents (id),
      linked_at    TEXT NOT NULL,
      actor        TEXT NOT NULL,
      PRIMARY KEY (request_id, document_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX archive_request_links_document ON archive_request_links (document_id);
  `,
};
