import type { Migration } from './types';

// Klarifikasi hoaks and paket narasi (issue 15). Append-only: never edit once released.
//
// A clarification is numbered per year like a request (UNIQUE (year, seq)); crisis mode is the
// pair crisis_opened_at / holding_due_at (the holding-statement clock, hours from Pengaturan) until
// crisis_closed_at. The checklist keeps who did each step and when (one row per step).
// Paket narasi are the office's own (origin 'lokal', signed on export) or imported from another
// PPID Desk after their Ed25519 signature was checked against a trusted key (origin 'impor').
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

export const migration018: Migration = {
  version: 18,
  name: 'clarifications-narasi',
  sql: `
    CREATE TABLE clarifications (
      id                 INTEGER PRIMARY KEY,
      number             TEXT NOT NULL UNIQUE,
      year               INTEGER NOT NULL CHECK (year BETWEEN 1970 AND 2199),
      seq                INTEGER NOT NULL CHECK (seq > 0),
      label              TEXT NOT NULL CHECK (label IN ('HOAKS', 'DISINFORMASI', 'MISINFORMASI')),
      title              TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      claim              TEXT NOT NULL CHECK (length(claim) >= 1),
      facts              TEXT NOT NULL CHECK (length(facts) >= 1),
      source             TEXT NOT NULL DEFAULT '',
      links              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(links) AND json_type(links) = 'array'),
      opd                TEXT NOT NULL DEFAULT '',
      alt_text           TEXT NOT NULL DEFAULT '',
      status             TEXT NOT NULL CHECK (status IN ('draf', 'disetujui', 'terbit')),
      crisis_opened_at   TEXT,
      holding_due_at     TEXT,
      holding_statement  TEXT NOT NULL DEFAULT '',
      holding_issued_at  TEXT,
      crisis_closed_at   TEXT,
      approved_by        TEXT,
      approved_at        TEXT,
      published_at       TEXT,
      created_at         TEXT NOT NULL,
      updated_at         TEXT NOT NULL,
      UNIQUE (year, seq),
      CHECK ((crisis_opened_at IS NULL) = (holding_due_at IS NULL)),
      CHECK (status = 'draf' OR (approved_by IS NOT NULL AND approved_at IS NOT NULL)),
      CHECK (status <> 'terbit' OR published_at IS NOT NULL)
    ) STRICT;
    CREATE INDEX clarifications_open_crisis ON clarifications (holding_due_at, id)
      WHERE crisis_opened_at IS NOT NULL AND crisis_closed_at IS NULL;

    CREATE TABLE clarification_steps (
      clarification_id  INTEGER NOT NULL REFERENCES clarifications (id),
      step              TEXT NOT NULL CHECK (step IN ('verifikasi', 'draf', 'persetujuan', 'publikasi', 'distribusi', 'pemantauan')),
      done_by           TEXT NOT NULL CHECK (length(done_by) >= 1),
      done_at           TEXT NOT NULL,
      note              TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (clarification_id, step)
    ) STRICT;

    CREATE VIRTUAL TABLE clarifications_fts USING fts5 (number, label, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE TRIGGER clarifications_fts_insert AFTER INSERT ON clarifications BEGIN
      INSERT INTO clarifications_fts (rowid, number, label, body)
        VALUES (new.id, new.number, new.label, new.title || ' ' || new.claim || ' ' || new.facts || ' ' || new.source || ' ' || new.opd);
    END;
    CREATE TRIGGER clarifications_fts_update AFTER UPDATE OF title, claim, facts, source, opd, label ON clarifications BEGIN
      DELETE FROM clarifications_fts WHERE rowid = old.id;
      INSERT INTO clarifications_fts (rowid, number, label, body)
        VALUES (new.id, new.number, new.label, new.title || ' ' || new.claim || ' ' || new.facts || ' ' || new.source || ' ' || new.opd);
    END;

    CREATE TABLE narasi (
      id                  INTEGER PRIMARY KEY,
      title               TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      topic               TEXT NOT NULL DEFAULT '',
      version             INTEGER NOT NULL CHECK (version >= 1),
      key_messages        TEXT NOT NULL CHECK (json_valid(key_messages) AND json_type(key_messages) = 'array'),
      qa                  TEXT NOT NULL CHECK (json_valid(qa) AND json_type(qa) = 'array'),
      expires_on          TEXT NOT NULL CHECK (expires_on ${DATE}),
      approved_by         TEXT,
      approved_on         TEXT CHECK (approved_on IS NULL OR approved_on ${DATE}),
      origin              TEXT NOT NULL CHECK (origin IN ('lokal', 'impor')),
      -- imported: the issuing office, the fingerprint of the key that signed it and the bundle's hash
      origin_office       TEXT NOT NULL DEFAULT '',
      signer_fingerprint  TEXT CHECK (signer_fingerprint IS NULL OR length(signer_fingerprint) = 64),
      bundle_sha256       TEXT UNIQUE,
      created_at          TEXT NOT NULL,
      updated_at          TEXT NOT NULL,
      CHECK (origin = 'lokal' OR (approved_by IS NOT NULL AND signer_fingerprint IS NOT NULL AND bundle_sha256 IS NOT NULL))
    ) STRICT;

    CREATE VIRTUAL TABLE narasi_fts USING fts5 (title, body, topic, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE TRIGGER narasi_fts_insert AFTER INSERT ON narasi BEGIN
      INSERT INTO narasi_fts (rowid, title, body, topic) VALUES (new.id, new.title, new.key_messages || ' ' || new.qa, new.topic);
    END;
    CREATE TRIGGER narasi_fts_update AFTER UPDATE OF title, key_messages, qa, topic ON narasi BEGIN
      DELETE FROM narasi_fts WHERE rowid = old.id;
      INSERT INTO narasi_fts (rowid, title, body, topic) VALUES (new.id, new.title, new.key_messages || ' ' || new.qa, new.topic);
    END;

    -- Public keys whose bundles this office accepts, by SHA-256 fingerprint of the raw key.
    CREATE TABLE trusted_keys (
      fingerprint  TEXT PRIMARY KEY CHECK (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*'),
      label        TEXT NOT NULL DEFAULT '',
      added_by     TEXT NOT NULL,
      added_at     TEXT NOT NULL
    ) STRICT;
  `,
};
