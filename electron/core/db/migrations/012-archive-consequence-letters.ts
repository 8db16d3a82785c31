import type { Migration } from './types';

// 1. The consequence test (uji konsekuensi) of an exempt archive document as its steps (Perki 1/2021
//    Ps 49(2); PP 61/2010 Ps 5-6): the information withheld, its legal basis (one or more Ps 17
//    letters and/or another law), the harm if it were opened, why closing it protects a larger
//    interest than opening it, and the period. The basis may now name several Ps 17 letters; the
//    single `exemption_letter` stays the first of them (the CHECKs of migration 004 and the review
//    reminders read it). The old free text `consequence_test` is kept as it was and becomes the
//    test's note: nothing an officer wrote is lost.
// 2. Letters issued from an archive document (penetapan klasifikasi, lembar uji konsekuensi),
//    numbered like the case letters: gap-free per type and year, versions share the number. The
//    document is named without a foreign key: a withdrawn document leaves its decree as a record.
// Lists in CHECK constraints are written out so this migration keeps its meaning.
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

export const migration012: Migration = {
  version: 12,
  name: 'archive-consequence-letters',
  sql: `
    ALTER TABLE archive_documents ADD COLUMN exemption_letters TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(exemption_letters) AND json_type(exemption_letters) = 'array');
    ALTER TABLE archive_documents ADD COLUMN ct_information TEXT NOT NULL DEFAULT '';
    ALTER TABLE archive_documents ADD COLUMN ct_harm TEXT NOT NULL DEFAULT '';
    ALTER TABLE archive_documents ADD COLUMN ct_public_interest TEXT NOT NULL DEFAULT '';
    UPDATE archive_documents SET exemption_letters = json_array(exemption_letter) WHERE exemption_letter IS NOT NULL;

    CREATE TABLE document_letters (
      id            INTEGER PRIMARY KEY,
      type          TEXT NOT NULL CHECK (type IN ('penetapan-klasifikasi', 'uji-konsekuensi')),
      document_id   INTEGER NOT NULL,
      number        TEXT NOT NULL CHECK (length(number) >= 1),
      year          INTEGER NOT NULL CHECK (year BETWEEN 1970 AND 2199),
      seq           INTEGER NOT NULL CHECK (seq > 0),
      version       INTEGER NOT NULL CHECK (version >= 1),
      issued_date   TEXT NOT NULL CHECK (issued_date ${DATE}),
      issued_at     TEXT NOT NULL,
      issued_by     TEXT NOT NULL,
      -- The classification the letter was built from (JSON), frozen at issue.
      data          TEXT NOT NULL CHECK (json_valid(data)),
      pdf_sha256    TEXT NOT NULL REFERENCES blobs (sha256),
      docx_sha256   TEXT NOT NULL REFERENCES blobs (sha256),
      superseded_by INTEGER REFERENCES document_letters (id),
      UNIQUE (type, year, seq, version),
      UNIQUE (document_id, type, version)
    ) STRICT;
    CREATE INDEX document_letters_document ON document_letters (document_id, type) WHERE superseded_by IS NULL;
  `,
};
