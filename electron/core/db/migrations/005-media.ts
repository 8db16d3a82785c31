import type { Migration } from './types';

// The media desk: outlets, journalists, their inquiries with hour clocks, coverage, hak jawab /
// hak koreksi, and the statement library. Append-only: never edit once released.
//
// Times: *_at are UTC instants ('2026-03-17T02:00:00.000Z'); due_local is the office-local date of
// due_at. The inbox orders every kind by (local due date, tie key, id): KIP items are due at the
// END of their due date, so an inquiry due at any hour of that date comes first; its tie key is
// '!' || due_at, and '!' sorts before the digits every KIP received_at starts with.
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

export const migration005: Migration = {
  version: 5,
  name: 'media',
  sql: `
    CREATE TABLE outlets (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 160),
      -- normalised name (no case, punctuation or extra spaces): one row per outlet
      name_key    TEXT NOT NULL UNIQUE CHECK (length(name_key) >= 1),
      type        TEXT NOT NULL CHECK (type IN ('cetak', 'online', 'tv', 'radio')),
      region      TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE journalists (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      name_key    TEXT NOT NULL CHECK (length(name_key) >= 1),
      outlet_id   INTEGER NOT NULL REFERENCES outlets (id),
      phone       TEXT NOT NULL DEFAULT '',
      -- digits in the national form ('0812…'), '' when unknown
      phone_key   TEXT NOT NULL DEFAULT '',
      email       TEXT NOT NULL DEFAULT '',
      notes       TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      UNIQUE (name_key, outlet_id)
    ) STRICT;
    CREATE UNIQUE INDEX journalists_phone ON journalists (phone_key) WHERE phone_key <> '';
    CREATE INDEX journalists_outlet ON journalists (outlet_id);

    CREATE TABLE statements (
      id           INTEGER PRIMARY KEY,
      title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      body         TEXT NOT NULL CHECK (length(body) >= 1),
      topic        TEXT NOT NULL DEFAULT '',
      approved_by  TEXT NOT NULL CHECK (length(approved_by) >= 1),
      approved_on  TEXT NOT NULL CHECK (approved_on ${DATE}),
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL
    ) STRICT;

    CREATE TABLE inquiries (
      id                  INTEGER PRIMARY KEY,
      number              TEXT NOT NULL UNIQUE,
      year                INTEGER NOT NULL CHECK (year BETWEEN 1970 AND 2199),
      seq                 INTEGER NOT NULL CHECK (seq > 0),
      journalist_id       INTEGER NOT NULL REFERENCES journalists (id),
      outlet_id           INTEGER NOT NULL REFERENCES outlets (id),
      channel             TEXT NOT NULL CHECK (channel IN ('whatsapp', 'telepon', 'email', 'langsung')),
      received_at         TEXT NOT NULL,
      topic               TEXT NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
      question            TEXT NOT NULL CHECK (length(question) >= 1),
      outlet_deadline_at  TEXT,
      priority            TEXT NOT NULL CHECK (priority IN ('biasa', 'mendesak', 'krisis')),
      answer_format       TEXT NOT NULL CHECK (answer_format IN ('tertulis', 'wawancara')),
      record_mode         TEXT NOT NULL CHECK (record_mode IN ('on_record', 'off_record')),
      spokesperson        TEXT NOT NULL DEFAULT '',
      unit                TEXT NOT NULL DEFAULT '',
      status              TEXT NOT NULL CHECK (status IN ('baru', 'ditugaskan', 'menunggu_persetujuan', 'dijawab', 'selesai')),
      -- the hour clocks, capped by the outlet's deadline, and the hours they were computed with
      ack_due_at          TEXT NOT NULL,
      answer_due_at       TEXT NOT NULL,
      clock_hours         TEXT NOT NULL CHECK (json_valid(clock_hours)),
      zone                TEXT NOT NULL,
      -- the clock that counts now (acknowledge while new, then answer) and its office-local date
      due_at              TEXT NOT NULL,
      due_local           TEXT NOT NULL CHECK (due_local ${DATE}),
      answer              TEXT NOT NULL DEFAULT '',
      answer_statement_id INTEGER REFERENCES statements (id),
      approved_by         TEXT,
      answered_at         TEXT,
      attachments         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachments)),
      -- the KIP request this inquiry became (UU KIP Ps 22): one at most, each way
      request_id          INTEGER UNIQUE REFERENCES requests (id),
      created_at          TEXT NOT NULL,
      updated_at          TEXT NOT NULL,
      inbox_order         TEXT GENERATED ALWAYS AS ('!' || due_at) VIRTUAL,
      is_open             INTEGER GENERATED ALWAYS AS (status IN ('baru', 'ditugaskan', 'menunggu_persetujuan')) VIRTUAL,
      UNIQUE (year, seq),
      CHECK (status NOT IN ('dijawab', 'selesai') OR (length(answer) >= 1 AND approved_by IS NOT NULL AND answered_at IS NOT NULL))
    ) STRICT;
    CREATE INDEX inquiries_inbox ON inquiries (due_local, inbox_order, id) WHERE is_open;
    CREATE INDEX inquiries_received ON inquiries (received_at, id);
    CREATE INDEX inquiries_journalist ON inquiries (journalist_id);

    CREATE TABLE inquiry_events (
      id           INTEGER PRIMARY KEY,
      inquiry_id   INTEGER NOT NULL REFERENCES inquiries (id),
      at           TEXT NOT NULL,
      actor        TEXT NOT NULL,
      action       TEXT NOT NULL,
      from_status  TEXT,
      to_status    TEXT,
      note         TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX inquiry_events_inquiry ON inquiry_events (inquiry_id, id);

    CREATE TABLE coverage (
      id            INTEGER PRIMARY KEY,
      inquiry_id    INTEGER NOT NULL REFERENCES inquiries (id),
      link          TEXT NOT NULL DEFAULT '',
      published_on  TEXT NOT NULL CHECK (published_on ${DATE}),
      outlet_id     INTEGER NOT NULL REFERENCES outlets (id),
      tone          TEXT NOT NULL CHECK (tone IN ('positif', 'netral', 'negatif')),
      note          TEXT NOT NULL DEFAULT '',
      created_at    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX coverage_inquiry ON coverage (inquiry_id);

    -- UU 40/1999 Ps 5(2)-(3): hak jawab / hak koreksi sent to an outlet.
    CREATE TABLE press_rights (
      id          INTEGER PRIMARY KEY,
      inquiry_id  INTEGER REFERENCES inquiries (id),
      kind        TEXT NOT NULL CHECK (kind IN ('hak_jawab', 'hak_koreksi')),
      sent_on     TEXT NOT NULL CHECK (sent_on ${DATE}),
      outlet_id   INTEGER NOT NULL REFERENCES outlets (id),
      text        TEXT NOT NULL CHECK (length(text) >= 1),
      created_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX press_rights_inquiry ON press_rights (inquiry_id);

    CREATE VIRTUAL TABLE inquiries_fts USING fts5 (number, name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE TRIGGER inquiries_fts_insert AFTER INSERT ON inquiries BEGIN
      INSERT INTO inquiries_fts (rowid, number, name, body)
        SELECT new.id, new.number, j.name || ' ' || o.name, new.topic || ' ' || new.question
        FROM journalists j JOIN outlets o ON o.id = new.outlet_id WHERE j.id = new.journalist_id;
    END;
    CREATE TRIGGER inquiries_fts_update AFTER UPDATE OF topic, question, journalist_id ON inquiries BEGIN
      DELETE FROM inquiries_fts WHERE rowid = old.id;
      INSERT INTO inquiries_fts (rowid, number, name, body)
        SELECT new.id, new.number, j.name || ' ' || o.name, new.topic || ' ' || new.question
        FROM journalists j JOIN outlets o ON o.id = new.outlet_id WHERE j.id = new.journalist_id;
    END;

    CREATE VIRTUAL TABLE directory_fts USING fts5 (name, outlet, extra, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE TRIGGER journalists_fts_insert AFTER INSERT ON journalists BEGIN
      INSERT INTO directory_fts (rowid, name, outlet, extra)
        SELECT new.id, new.name, o.name || ' ' || o.region, new.phone || ' ' || new.email FROM outlets o WHERE o.id = new.outlet_id;
    END;
    CREATE TRIGGER journalists_fts_update AFTER UPDATE ON journalists BEGIN
      DELETE FROM directory_fts WHERE rowid = old.id;
      INSERT INTO directory_fts (rowid, name, outlet, extra)
        SELECT new.id, new.name, o.name || ' ' || o.region, new.phone || ' ' || new.email FROM outlets o WHERE o.id = new.outlet_id;
    END;

    CREATE VIRTUAL TABLE statements_fts USING fts5 (title, body, topic, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
      INSERT INTO statements_fts (rowid, title, body, topic) VALUES (new.id, new.title, new.body, new.topic);
    END;
    CREATE TRIGGER statements_fts_update AFTER UPDATE ON statements BEGIN
      DELETE FROM statements_fts WHERE rowid = old.id;
      INSERT INTO statements_fts (rowid, title, body, topic) VALUES (new.id, new.title, new.body, new.topic);
    END;
  `,
};
