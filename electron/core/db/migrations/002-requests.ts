import type { Migration } from './types';

// Requests for information, objections, disputes, their timeline, local calendar days, and the
// search index of the inbox. Append-only: never edit once released; add the next number instead.
// The lists in CHECK constraints are written out (not generated from shared/domain) so that this
// migration means the same thing forever.
//
// Times: *_at are UTC instants ('2026-03-17T02:00:00.000Z', text-sortable); *_date and *_local are
// office-local dates 'YYYY-MM-DD'. Every due date stores the calendar version it was computed with.
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

export const migration002: Migration = {
  version: 2,
  name: 'requests',
  sql: `
    -- The requester as written on the request form: identity data (NIK, address) is personal data
    -- (UU 27/2022 PDP), kept apart from the register so that retention can erase it.
    CREATE TABLE requesters (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      id_type     TEXT NOT NULL CHECK (id_type IN ('nik', 'badan_hukum')),
      id_number   TEXT NOT NULL CHECK (length(id_number) BETWEEN 1 AND 100),
      address     TEXT NOT NULL,
      phone       TEXT NOT NULL,
      email       TEXT NOT NULL DEFAULT '',
      occupation  TEXT NOT NULL DEFAULT '',
      proxy_name  TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL,
      CHECK (id_type <> 'nik' OR (length(id_number) = 16 AND id_number NOT GLOB '*[^0-9]*'))
    ) STRICT;
    CREATE INDEX requesters_identity ON requesters (id_type, id_number);

    CREATE TABLE requests (
      id                INTEGER PRIMARY KEY,
      number            TEXT NOT NULL UNIQUE,
      year              INTEGER NOT NULL CHECK (year BETWEEN 1970 AND 2199),
      seq               INTEGER NOT NULL CHECK (seq > 0),
      requester_id      INTEGER NOT NULL REFERENCES requesters (id),
      received_at       TEXT NOT NULL,
      received_local    TEXT NOT NULL CHECK (received_local ${DATE}),
      complete_at       TEXT,
      channel           TEXT NOT NULL CHECK (channel IN ('langsung', 'surat', 'email', 'website', 'telepon', 'media_sosial', 'whatsapp')),
      information       TEXT NOT NULL CHECK (length(information) >= 1),
      purpose           TEXT NOT NULL,
      access_methods    TEXT NOT NULL CHECK (json_valid(access_methods) AND json_array_length(access_methods) >= 1),
      delivery_method   TEXT NOT NULL CHECK (delivery_method IN ('ambil_langsung', 'kurir', 'pos', 'faksimili', 'email')),
      unit              TEXT NOT NULL DEFAULT '',
      officer           TEXT NOT NULL DEFAULT '',
      status            TEXT NOT NULL CHECK (status IN ('registered', 'in_process', 'extended', 'waiting_requester', 'answered', 'done', 'withdrawn')),
      waiting_reason    TEXT CHECK (waiting_reason IN ('kelengkapan', 'biaya')),
      waiting_from      TEXT,
      -- UU KIP Ps 22(7): 10 working days; the zone and cutoff used are kept with it.
      due_date          TEXT NOT NULL CHECK (due_date ${DATE}),
      calendar_version  TEXT NOT NULL,
      zone              TEXT NOT NULL,
      cutoff            TEXT NOT NULL,
      -- UU KIP Ps 22(8): one extension of 7 working days, with written reasons.
      extended_due_date TEXT CHECK (extended_due_date ${DATE}),
      extension_reason  TEXT,
      extended_at       TEXT,
      decision          TEXT CHECK (decision IN ('diterima_seluruhnya', 'diterima_sebagian', 'ditolak')),
      held_status       TEXT CHECK (held_status IN ('dikuasai', 'dikuasai_badan_lain', 'belum_didokumentasikan')),
      held_by           TEXT,
      refusal_ps17      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(refusal_ps17)),
      refusal_other_law TEXT,
      consequence_test  TEXT,
      notice_date       TEXT CHECK (notice_date ${DATE}),
      delivered_date    TEXT CHECK (delivered_date ${DATE}),
      cost_rp           INTEGER CHECK (cost_rp >= 0),
      payment_method    TEXT,
      closed_at         TEXT,
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL,
      inbox_due         TEXT GENERATED ALWAYS AS (coalesce(extended_due_date, due_date)) VIRTUAL,
      is_open           INTEGER GENERATED ALWAYS AS (status IN ('registered', 'in_process', 'extended', 'waiting_requester', 'answered')) VIRTUAL,
      UNIQUE (year, seq),
      CHECK (extended_due_date IS NULL OR (extension_reason IS NOT NULL AND length(extension_reason) > 0)),
      CHECK (status <> 'extended' OR extended_due_date IS NOT NULL),
      CHECK (status <> 'waiting_requester' OR (waiting_reason IS NOT NULL AND waiting_from IS NOT NULL)),
      CHECK (status NOT IN ('answered', 'done') OR decision IS NOT NULL)
    ) STRICT;
    -- The inbox: open requests by the due date that counts, then time of receipt.
    CREATE INDEX requests_inbox ON requests (inbox_due, received_at, id) WHERE is_open;
    CREATE INDEX requests_requester ON requests (requester_id);

    -- The case timeline: every change of a request, and of its objections and disputes.
    CREATE TABLE request_events (
      id           INTEGER PRIMARY KEY,
      request_id   INTEGER NOT NULL REFERENCES requests (id),
      at           TEXT NOT NULL,
      actor        TEXT NOT NULL,
      action       TEXT NOT NULL,
      subject_kind TEXT NOT NULL CHECK (subject_kind IN ('request', 'objection', 'dispute')),
      subject_id   INTEGER NOT NULL,
      from_status  TEXT,
      to_status    TEXT,
      note         TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX request_events_request ON request_events (request_id, id);

    CREATE TABLE objections (
      id               INTEGER PRIMARY KEY,
      number           TEXT NOT NULL UNIQUE,
      year             INTEGER NOT NULL CHECK (year BETWEEN 1970 AND 2199),
      seq              INTEGER NOT NULL CHECK (seq > 0),
      request_id       INTEGER NOT NULL REFERENCES requests (id),
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
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      is_open          INTEGER GENERATED ALWAYS AS (status = 'registered') VIRTUAL,
      UNIQUE (year, seq),
      CHECK (status <> 'answered' OR (decision IS NOT NULL AND answer_date IS NOT NULL))
    ) STRICT;
    CREATE INDEX objections_inbox ON objections (atasan_due, registered_at, id) WHERE is_open;
    CREATE INDEX objections_request ON objections (request_id);

    CREATE TABLE disputes (
      id                 INTEGER PRIMARY KEY,
      objection_id       INTEGER NOT NULL REFERENCES objections (id),
      request_id         INTEGER NOT NULL REFERENCES requests (id),
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
      inbox_due          TEXT GENERATED ALWAYS AS (
        CASE WHEN next_hearing_date IS NOT NULL THEN next_hearing_date
             WHEN status = 'filed' THEN ki_start_due
             ELSE ki_settle_due END) VIRTUAL,
      is_open            INTEGER GENERATED ALWAYS AS (status IN ('filed', 'mediation', 'adjudication')) VIRTUAL,
      CHECK (status <> 'decided' OR (length(outcome) > 0 AND outcome_date IS NOT NULL))
    ) STRICT;
    CREATE INDEX disputes_inbox ON disputes (inbox_due, recorded_at, id) WHERE is_open;
    CREATE INDEX disputes_objection ON disputes (objection_id);
    CREATE INDEX disputes_request ON disputes (request_id);
    CREATE UNIQUE INDEX disputes_ki_number ON disputes (ki_register_number) WHERE ki_register_number <> '';

    -- Days off an administrator adds for this office (e.g. a regional election day), merged with the
    -- shipped calendar; each change bumps the calendar version recorded with new deadlines.
    CREATE TABLE calendar_local_days (
      date     TEXT PRIMARY KEY CHECK (date ${DATE}),
      name     TEXT NOT NULL CHECK (length(name) >= 1),
      basis    TEXT NOT NULL CHECK (length(basis) >= 1),
      added_at TEXT NOT NULL,
      added_by TEXT NOT NULL
    ) STRICT;

    -- Inbox search: words of the number, the requester's name and the text; never the NIK.
    -- rowid = the row's id in its own table. Kept by triggers so that no write path can forget it.
    CREATE VIRTUAL TABLE requests_fts USING fts5 (number, name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE VIRTUAL TABLE objections_fts USING fts5 (number, name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE VIRTUAL TABLE disputes_fts USING fts5 (number, name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

    CREATE TRIGGER requests_fts_insert AFTER INSERT ON requests BEGIN
      INSERT INTO requests_fts (rowid, number, name, body)
        SELECT new.id, new.number, q.name, new.information FROM requesters q WHERE q.id = new.requester_id;
    END;
    CREATE TRIGGER requests_fts_update AFTER UPDATE OF number, information, requester_id ON requests BEGIN
      DELETE FROM requests_fts WHERE rowid = old.id;
      INSERT INTO requests_fts (rowid, number, name, body)
        SELECT new.id, new.number, q.name, new.information FROM requesters q WHERE q.id = new.requester_id;
    END;
    CREATE TRIGGER requests_fts_delete AFTER DELETE ON requests BEGIN
      DELETE FROM requests_fts WHERE rowid = old.id;
    END;

    CREATE TRIGGER objections_fts_insert AFTER INSERT ON objections BEGIN
      INSERT INTO objections_fts (rowid, number, name, body)
        SELECT new.id, new.number || ' ' || r.number, q.name, new.case_summary || ' ' || r.information
        FROM requests r JOIN requesters q ON q.id = r.requester_id WHERE r.id = new.request_id;
    END;
    CREATE TRIGGER objections_fts_delete AFTER DELETE ON objections BEGIN
      DELETE FROM objections_fts WHERE rowid = old.id;
    END;

    CREATE TRIGGER disputes_fts_insert AFTER INSERT ON disputes BEGIN
      INSERT INTO disputes_fts (rowid, number, name, body)
        SELECT new.id, new.ki_register_number || ' ' || o.number || ' ' || r.number, q.name, r.information
        FROM objections o JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = r.requester_id
        WHERE o.id = new.objection_id;
    END;
    CREATE TRIGGER disputes_fts_update AFTER UPDATE OF ki_register_number ON disputes BEGIN
      DELETE FROM disputes_fts WHERE rowid = old.id;
      INSERT INTO disputes_fts (rowid, number, name, body)
        SELECT new.id, new.ki_register_number || ' ' || o.number || ' ' || r.number, q.name, r.information
        FROM objections o JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = r.requester_id
        WHERE o.id = new.objection_id;
    END;
    CREATE TRIGGER disputes_fts_delete AFTER DELETE ON disputes BEGIN
      DELETE FROM disputes_fts WHERE rowid = old.id;
    END;

    -- A name corrected on the requester is corrected in the search index too.
    CREATE TRIGGER requesters_fts_name AFTER UPDATE OF name ON requesters BEGIN
      UPDATE requests_fts SET name = new.name WHERE rowid IN (SELECT id FROM requests WHERE requester_id = new.id);
      UPDATE objections_fts SET name = new.name
        WHERE rowid IN (SELECT o.id FROM objections o JOIN requests r ON r.id = o.request_id WHERE r.requester_id = new.id);
      UPDATE disputes_fts SET name = new.name WHERE rowid IN (SELECT id FROM disputes d WHERE d.request_id IN
        (SELECT id FROM requests WHERE requester_id = new.id));
    END;
  `,
};
