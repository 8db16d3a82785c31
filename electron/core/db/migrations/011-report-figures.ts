import type { Migration } from './types';

// The annual service report (UU KIP Ps 12; Perki 1/2021 Ps 56): disputes get a structured outcome,
// the report's narrative sections are kept per year, and the figure queries get their indexes.
// Append-only: never edit once released. Lists in CHECK constraints are written out so this
// migration keeps its meaning.
//
// 1. Disputes: `outcome_kind` says how the dispute at the Komisi Informasi ended (mediation agreed,
//    adjudication granted / granted in part / refused, withdrawn, gugur) and `court_stage` how far it
//    went afterwards: a KI adjudication may be taken to the PTUN or PN, then to kasasi at the
//    Mahkamah Agung (UU KIP Ps 47-50). SQLite cannot change the CHECKs of migration 002, so the new
//    columns come with their own CHECKs through ADD COLUMN. The old free text `outcome` stays as the
//    note ("Catatan putusan"); existing rows get a best-effort kind read from that text, NULL when
//    it says nothing we can be sure of (the officer picks one when the dispute is next opened).
// 2. report_narratives: the four written sections of a year's report (Perki 1/2021 Ps 56: policy;
//    people, facilities and budget; obstacles; recommendations), one row per year.
// 3. Indexes: each figure reads one date range (received, notice, answer, filing ... date) of a
//    100,000-request archive, never the whole table.
export const migration011: Migration = {
  version: 11,
  name: 'report-figures',
  sql: `
    ALTER TABLE disputes ADD COLUMN outcome_kind TEXT
      CHECK (outcome_kind IS NULL OR outcome_kind IN ('mediation_agreed', 'adjudication_granted', 'adjudication_granted_partly',
        'adjudication_refused', 'withdrawn', 'gugur'));
    ALTER TABLE disputes ADD COLUMN court_stage TEXT NOT NULL DEFAULT 'none'
      CHECK (court_stage IN ('none', 'ptun', 'pn', 'kasasi'));

    UPDATE disputes SET outcome_kind = 'withdrawn' WHERE status = 'withdrawn';
    -- Order matters: "dikabulkan sebagian" is partly granted, not granted ("mengabulkan" has no
    -- "kabul" in it, so both forms are looked for); a mediation that agreed
    -- is named first because its text may mention what was refused before.
    UPDATE disputes SET outcome_kind = CASE
        WHEN lower(outcome) LIKE '%mediasi%' OR lower(outcome) LIKE '%sepakat%' THEN 'mediation_agreed'
        WHEN lower(outcome) LIKE '%tolak%' THEN 'adjudication_refused'
        WHEN lower(outcome) LIKE '%sebagian%' THEN 'adjudication_granted_partly'
        WHEN lower(outcome) LIKE '%kabul%' OR lower(outcome) LIKE '%mengabulkan%' THEN 'adjudication_granted'
        ELSE NULL END
      WHERE status = 'decided';

    CREATE TABLE report_narratives (
      year            INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2199),
      policy          TEXT NOT NULL DEFAULT '',
      service         TEXT NOT NULL DEFAULT '',
      obstacles       TEXT NOT NULL DEFAULT '',
      recommendations TEXT NOT NULL DEFAULT '',
      updated_at      TEXT NOT NULL,
      updated_by      TEXT NOT NULL
    ) STRICT;

    CREATE INDEX requests_received_local ON requests (received_local);
    CREATE INDEX requests_notice ON requests (notice_date) WHERE notice_date IS NOT NULL;
    CREATE INDEX requests_extended ON requests (extended_at) WHERE extended_at IS NOT NULL;
    -- Withdrawals of requests, objections and disputes, by time: "withdrawn in the period" and the
    -- state at the period's end are rebuilt from these events.
    CREATE INDEX request_events_withdrawn ON request_events (subject_kind, at) WHERE to_status = 'withdrawn';
    CREATE INDEX objections_registered_local ON objections (registered_local);
    CREATE INDEX objections_answer ON objections (answer_date) WHERE answer_date IS NOT NULL;
    CREATE INDEX disputes_filed ON disputes (filed_date);
    CREATE INDEX disputes_outcome ON disputes (outcome_date) WHERE outcome_date IS NOT NULL;
    -- Reviews of exempt documents done in a period are read from the audit trail.
    CREATE INDEX audit_log_action ON audit_log (action, at);
  `,
};
