import type { Migration } from './types';

// Objections without a prior request, the Atasan's release order, and the refusal's structured
// consequence test. Append-only: never edit once released. Lists in CHECK constraints are written
// out so this migration keeps its meaning.
//
// Numbered 014 by the lead's plan; `version` becomes its place in the merged list.
//
// 1. UU KIP Ps 35(1) huruf b (periodic information not published, Ps 9) needs no request: the
//    objector's identity goes to a requesters row of its own (`objections.requester_id`, the same
//    NIK rules as the request intake) and the information concerned and its purpose to the
//    objection. Exactly one of request_id / requester_id is set. Disputes, case letters and timeline
//    events of such an objection have no request either, so their request_id becomes nullable too
//    (the report figures read objection withdrawals from the events).
// 2. UU KIP Ps 36(2): a granted answer orders the PPID to release the information: the date set by
//    the Atasan (release_due) and, for an objection without a request, when the officer marked the
//    release done (with a request, the request's recorded handover closes it).
// 3. requests.consequence: the refusal's uji konsekuensi as its steps (Perki 1/2021 Ps 49(2)), JSON
//    of the same shape as the archive's; the old free text `consequence_test` stays as its note.
//
// SQLite cannot drop NOT NULL, so objections, disputes, letters and request_events are rebuilt. The children
// (letters, disputes) are copied and dropped first, so dropping objections leaves no row pointing
// at it; the tables are re-created under their own names (no RENAME: the REFERENCES of the other
// tables keep naming them), rows come back with the same ids, and the foreign keys are checked at
// commit (defer_foreign_keys lasts only for this transaction). The search-index triggers that read
// these tables are re-created to find the objector of an objection without a request.
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

const OBJECTION_COLUMNS =
  'id, number, year, seq, request_id, grounds, case_summary, proxy_name, registered_at, registered_local, atasan_due, ' +
  'calendar_version, zone, cutoff, status, decision, decision_reason, answer_date, atasan_name, atasan_position, ' +
  'requester_reply, created_at, updated_at';
const DISPUTE_COLUMNS =
  'id, objection_id, request_id, ki_register_number, filed_date, window_start, window_due, filed_late, ki_start_due, ' +
  'ki_settle_due, next_hearing_date, calendar_version, zone, status, outcome, outcome_date, recorded_at, created_at, ' +
  'updated_at, outcome_kind, court_stage';
const EVENT_COLUMNS = 'id, request_id, at, actor, action, subject_kind, subject_id, from_status, to_status, note';
const LETTER_COLUMNS =
  'id, type, case_kind, request_id, objection_id, number, year, seq, version, issued_date, issued_at, issued_by, data, ' +
  'pdf_sha256, docx_sha256, superseded_by';

/** The requesters row that names a person on an objection (its own, or its request's). */
const OBJECTOR = (o: string) => `coalesce(${o}.requester_id, (SELECT requester_id FROM requests WHERE id = ${o}.request_id))`;

export const migration014: Migration = {
  version: 14,
  name: 'objections-without-request',
  sql: `
    PRAGMA defer_foreign_keys = ON;
    DROP TRIGGER requesters_fts_name;

    CREATE TABLE objections_copy AS SELECT ${OBJECTION_COLUMNS} FROM objections;
    CREATE TABLE disputes_copy AS SELECT ${DISPUTE_COLUMNS} FROM disputes;
    CREATE TABLE letters_copy AS SELECT ${LETTER_COLUMNS} FROM letters;
    CREATE TABLE request_events_copy AS SELECT ${EVENT_COLUMNS} FROM request_events;
    DROP TABLE request_events;
    DROP TABLE letters;
    DROP TABLE disputes;
    DROP TABLE objections;

    CREATE TABLE objections (
      id               INTEGER PRIMARY KEY,
      number           TEXT NOT NULL UNIQUE,
      year             INTEGER NOT NULL CHECK (year BETWEEN 1970 AND 2199),
      seq              INTEGER NOT NULL CHECK (seq > 0),
      request_id       INTEGER REFERENCES requests (id),
      -- The objector of an objection without a request (UU KIP Ps 35(1) huruf b).
      requester_id     INTEGER REFERENCES requesters (id),
      information      TEXT NOT NULL DEFAULT '',
      purpose          TEXT NOT NULL DEFAULT '',
      -- UU KIP Ps 35(1) huruf a-g, as a JSON list of letters.
      grounds          TEXT NOT NULL CHECK (json_valid(grounds) AND json_array_length(grounds) >= 1),
      case_summary     TEXT NOT NULL,
      proxy_name       TEXT NOT NULL DEFAULT '',
      registered_at    TEXT NOT NULL,
      registered_local TEXT NOT NULL CHECK (registered_local ${DATE}),
      -- UU KIP Ps 36(2): the Atasan PPID answers within 30 working days.
      atasan_due       TEXT NOT NULL CHECK (atasan_due ${DATE}),
      calendar_version TEXT NOT NULL,
      zone             TEXT NOT NULL,
      cutoff           TEXT NOT NULL,
      status           TEXT NOT NULL CHECK (status IN ('registered', 'answered', 'withdrawn')),
      decision         TEXT CHECK (decision IN ('dikabulkan', 'dikabulkan_sebagian', 'ditolak')),
      decision_reason  TEXT,
      answer_date      TEXT CHECK (answer_date ${DATE}),
      atasan_name      TEXT,
      atasan_position  TEXT,
      requester_reply  TEXT,
      -- The Atasan's order to release the information (granted answers only).
      release_due      TEXT CHECK (release_due ${DATE}),
      release_done_at  TEXT,
      release_done_by  TEXT,
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      is_open          INTEGER GENERATED ALWAYS AS (status = 'registered') VIRTUAL,
      UNIQUE (year, seq),
      CHECK (status <> 'answered' OR (decision IS NOT NULL AND answer_date IS NOT NULL)),
      CHECK ((request_id IS NULL) <> (requester_id IS NULL)),
      CHECK (request_id IS NOT NULL OR length(information) >= 1),
      CHECK (release_due IS NULL OR decision IN ('dikabulkan', 'dikabulkan_sebagian')),
      CHECK (release_done_at IS NULL OR release_due IS NOT NULL)
    ) STRICT;
    INSERT INTO objections (${OBJECTION_COLUMNS}) SELECT ${OBJECTION_COLUMNS} FROM objections_copy;
    CREATE INDEX objections_inbox ON objections (atasan_due, registered_at, id) WHERE is_open;
    CREATE INDEX objections_request ON objections (request_id);
    CREATE INDEX objections_requester ON objections (requester_id) WHERE requester_id IS NOT NULL;
    CREATE INDEX objections_register ON objections (registered_at, id);
    CREATE INDEX objections_register_year ON objections (year, registered_at, id);
    CREATE INDEX objections_registered_local ON objections (registered_local);
    CREATE INDEX objections_answer ON objections (answer_date) WHERE answer_date IS NOT NULL;
    CREATE INDEX objections_release ON objections (release_due, registered_at, id) WHERE release_due IS NOT NULL AND release_done_at IS NULL;

    CREATE TABLE disputes (
      id                 INTEGER PRIMARY KEY,
      objection_id       INTEGER NOT NULL REFERENCES objections (id),
      request_id         INTEGER REFERENCES requests (id),
      ki_register_number TEXT NOT NULL DEFAULT '',
      filed_date         TEXT NOT NULL CHECK (filed_date ${DATE}),
      -- UU KIP Ps 37(2): filed within 14 working days of the Atasan's answer or of the lapse.
      window_start       TEXT NOT NULL CHECK (window_start ${DATE}),
      window_due         TEXT NOT NULL CHECK (window_due ${DATE}),
      filed_late         INTEGER NOT NULL CHECK (filed_late IN (0, 1)),
      -- UU KIP Ps 38(1) and (2): the KI starts within 14 and settles within 100 working days.
      ki_start_due       TEXT NOT NULL CHECK (ki_start_due ${DATE}),
      ki_settle_due      TEXT NOT NULL CHECK (ki_settle_due ${DATE}),
      next_hearing_date  TEXT CHECK (next_hearing_date ${DATE}),
      calendar_version   TEXT NOT NULL,
      zone               TEXT NOT NULL,
      status             TEXT NOT NULL CHECK (status IN ('filed', 'mediation', 'adjudication', 'decided', 'withdrawn')),
      outcome            TEXT NOT NULL DEFAULT '',
      outcome_date       TEXT CHECK (outcome_date ${DATE}),
      recorded_at        TEXT NOT NULL,
      created_at         TEXT NOT NULL,
      updated_at         TEXT NOT NULL,
      outcome_kind       TEXT
        CHECK (outcome_kind IS NULL OR outcome_kind IN ('mediation_agreed', 'adjudication_granted', 'adjudication_granted_partly',
          'adjudication_refused', 'withdrawn', 'gugur')),
      court_stage        TEXT NOT NULL DEFAULT 'none' CHECK (court_stage IN ('none', 'ptun', 'pn', 'kasasi')),
      inbox_due          TEXT GENERATED ALWAYS AS (
        CASE WHEN next_hearing_date IS NOT NULL THEN next_hearing_date
             WHEN status = 'filed' THEN ki_start_due
             ELSE ki_settle_due END) VIRTUAL,
      is_open            INTEGER GENERATED ALWAYS AS (status IN ('filed', 'mediation', 'adjudication')) VIRTUAL,
      CHECK (status <> 'decided' OR (length(outcome) > 0 AND outcome_date IS NOT NULL))
    ) STRICT;
    INSERT INTO disputes (${DISPUTE_COLUMNS}) SELECT ${DISPUTE_COLUMNS} FROM disputes_copy;
    CREATE INDEX disputes_inbox ON disputes (inbox_due, recorded_at, id) WHERE is_open;
    CREATE INDEX disputes_objection ON disputes (objection_id);
    CREATE INDEX disputes_request ON disputes (request_id);
    CREATE UNIQUE INDEX disputes_ki_number ON disputes (ki_register_number) WHERE ki_register_number <> '';
    CREATE INDEX disputes_filed ON disputes (filed_date);
    CREATE INDEX disputes_outcome ON disputes (outcome_date) WHERE outcome_date IS NOT NULL;

    CREATE TABLE letters (
      id            INTEGER PRIMARY KEY,
      type          TEXT NOT NULL CHECK (type IN ('tanda-bukti', 'pemberitahuan', 'perpanjangan', 'penolakan',
                                                  'keberatan-tanda-bukti', 'keberatan-tanggapan',
                                                  'penyerahan', 'pemberitahuan-kelengkapan', 'kuitansi')),
      case_kind     TEXT NOT NULL CHECK (case_kind IN ('request', 'objection')),
      request_id    INTEGER REFERENCES requests (id),
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
      superseded_by INTEGER REFERENCES letters (id),
      UNIQUE (type, year, seq, version),
      CHECK ((case_kind = 'objection') = (objection_id IS NOT NULL)),
      CHECK (case_kind = 'objection' OR request_id IS NOT NULL)
    ) STRICT;
    INSERT INTO letters (${LETTER_COLUMNS}) SELECT ${LETTER_COLUMNS} FROM letters_copy;
    CREATE UNIQUE INDEX letters_request_version ON letters (request_id, type, version) WHERE case_kind = 'request';
    CREATE UNIQUE INDEX letters_objection_version ON letters (objection_id, type, version) WHERE case_kind = 'objection';
    CREATE INDEX letters_request ON letters (request_id, id);

    -- The case timeline: events of an objection without a request (and of its dispute) carry no request.
    CREATE TABLE request_events (
      id           INTEGER PRIMARY KEY,
      request_id   INTEGER REFERENCES requests (id),
      at           TEXT NOT NULL,
      actor        TEXT NOT NULL,
      action       TEXT NOT NULL,
      subject_kind TEXT NOT NULL CHECK (subject_kind IN ('request', 'objection', 'dispute')),
      subject_id   INTEGER NOT NULL,
      from_status  TEXT,
      to_status    TEXT,
      note         TEXT NOT NULL DEFAULT '',
      CHECK (request_id IS NOT NULL OR subject_kind <> 'request')
    ) STRICT;
    INSERT INTO request_events (${EVENT_COLUMNS}) SELECT ${EVENT_COLUMNS} FROM request_events_copy;
    CREATE INDEX request_events_request ON request_events (request_id, id);
    CREATE INDEX request_events_withdrawn ON request_events (subject_kind, at) WHERE to_status = 'withdrawn';
    CREATE INDEX request_events_subject ON request_events (subject_kind, subject_id, id) WHERE request_id IS NULL;

    DROP TABLE request_events_copy;
    DROP TABLE objections_copy;
    DROP TABLE disputes_copy;
    DROP TABLE letters_copy;

    -- The search index: an objection without a request is found by its objector and information.
    CREATE TRIGGER objections_fts_insert AFTER INSERT ON objections BEGIN
      INSERT INTO objections_fts (rowid, number, name, body)
        SELECT new.id, new.number || coalesce(' ' || r.number, ''), q.name,
               new.case_summary || ' ' || coalesce(r.information, new.information)
        FROM requesters q LEFT JOIN requests r ON r.id = new.request_id
        WHERE q.id = ${OBJECTOR('new')};
    END;
    CREATE TRIGGER objections_fts_delete AFTER DELETE ON objections BEGIN
      DELETE FROM objections_fts WHERE rowid = old.id;
    END;
    CREATE TRIGGER disputes_fts_insert AFTER INSERT ON disputes BEGIN
      INSERT INTO disputes_fts (rowid, number, name, body)
        SELECT new.id, new.ki_register_number || ' ' || o.number || coalesce(' ' || r.number, ''), q.name,
               coalesce(r.information, o.information)
        FROM objections o JOIN requesters q ON q.id = ${OBJECTOR('o')} LEFT JOIN requests r ON r.id = o.request_id
        WHERE o.id = new.objection_id;
    END;
    CREATE TRIGGER disputes_fts_update AFTER UPDATE OF ki_register_number ON disputes BEGIN
      DELETE FROM disputes_fts WHERE rowid = old.id;
      INSERT INTO disputes_fts (rowid, number, name, body)
        SELECT new.id, new.ki_register_number || ' ' || o.number || coalesce(' ' || r.number, ''), q.name,
               coalesce(r.information, o.information)
        FROM objections o JOIN requesters q ON q.id = ${OBJECTOR('o')} LEFT JOIN requests r ON r.id = o.request_id
        WHERE o.id = new.objection_id;
    END;
    CREATE TRIGGER disputes_fts_delete AFTER DELETE ON disputes BEGIN
      DELETE FROM disputes_fts WHERE rowid = old.id;
    END;
    -- A name corrected on the requester is corrected in the search index too.
    CREATE TRIGGER requesters_fts_name AFTER UPDATE OF name ON requesters BEGIN
      UPDATE requests_fts SET name = new.name WHERE rowid IN (SELECT id FROM requests WHERE requester_id = new.id);
      UPDATE objections_fts SET name = new.name WHERE rowid IN (SELECT o.id FROM objections o WHERE ${OBJECTOR('o')} = new.id);
      UPDATE disputes_fts SET name = new.name
        WHERE rowid IN (SELECT d.id FROM disputes d JOIN objections o ON o.id = d.objection_id WHERE ${OBJECTOR('o')} = new.id);
    END;

    ALTER TABLE requests ADD COLUMN consequence TEXT CHECK (consequence IS NULL OR (json_valid(consequence) AND json_type(consequence) = 'object'));
  `,
};
