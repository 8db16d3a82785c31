import type { Migration } from './types';

// Humas (issue 15): siaran pers with their approval flow and published links, the issues the
// office monitors, social post drafts and the content calendar. Append-only.
//
// Times: *_at are UTC instants; *_on are office-local dates ('2026-12-03').
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

export const migration017: Migration = {
  version: 17,
  name: 'press-releases',
  sql: `
    CREATE TABLE press_releases (
      id             INTEGER PRIMARY KEY,
      number         TEXT NOT NULL UNIQUE,
      year           INTEGER NOT NULL CHECK (year BETWEEN 1970 AND 2199),
      seq            INTEGER NOT NULL CHECK (seq > 0),
      title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      -- the dateline's date ("Samarinda, 3 Desember 2026 –"); the city comes from the office profile
      release_on     TEXT NOT NULL CHECK (release_on ${DATE}),
      lead           TEXT NOT NULL CHECK (length(lead) >= 1),
      -- JSON arrays: body paragraphs (strings); quotes {text, speaker, jabatan}
      body           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(body) AND json_type(body) = 'array'),
      quotes         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(quotes) AND json_type(quotes) = 'array'),
      -- the Humas contact printed under the text: {name, phone, email}
      contact        TEXT NOT NULL CHECK (json_valid(contact) AND json_type(contact) = 'object'),
      status         TEXT NOT NULL CHECK (status IN ('draft', 'review', 'approved', 'published')),
      approved_by    TEXT,
      approved_at    TEXT,
      published_at   TEXT,
      created_by     TEXT NOT NULL,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      UNIQUE (year, seq),
      CHECK (status IN ('draft', 'review') OR (approved_by IS NOT NULL AND approved_at IS NOT NULL)),
      CHECK (status <> 'published' OR published_at IS NOT NULL)
    ) STRICT;
    CREATE INDEX press_releases_list ON press_releases (release_on, id);

    CREATE TABLE press_release_events (
      id           INTEGER PRIMARY KEY,
      release_id   INTEGER NOT NULL REFERENCES press_releases (id),
      at           TEXT NOT NULL,
      actor        TEXT NOT NULL,
      action       TEXT NOT NULL,
      from_status  TEXT,
      to_status    TEXT,
      note         TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX press_release_events_release ON press_release_events (release_id, id);

    -- Where the release was published: the outlet's article or the office's own channel.
    CREATE TABLE press_release_links (
      id            INTEGER PRIMARY KEY,
      release_id    INTEGER NOT NULL REFERENCES press_releases (id),
      url           TEXT NOT NULL CHECK (url GLOB 'http*://*'),
      outlet        TEXT NOT NULL CHECK (length(outlet) >= 1),
      outlet_id     INTEGER REFERENCES outlets (id),
      published_on  TEXT NOT NULL CHECK (published_on ${DATE}),
      created_at    TEXT NOT NULL,
      UNIQUE (release_id, url)
    ) STRICT;

    CREATE VIRTUAL TABLE press_releases_fts USING fts5 (number, title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE TRIGGER press_releases_fts_insert AFTER INSERT ON press_releases BEGIN
      INSERT INTO press_releases_fts (rowid, number, title, body) VALUES (new.id, new.number, new.title, new.lead || ' ' || new.body || ' ' || new.quotes);
    END;
    CREATE TRIGGER press_releases_fts_update AFTER UPDATE OF title, lead, body, quotes ON press_releases BEGIN
      DELETE FROM press_releases_fts WHERE rowid = old.id;
      INSERT INTO press_releases_fts (rowid, number, title, body) VALUES (new.id, new.number, new.title, new.lead || ' ' || new.body || ' ' || new.quotes);
    END;

    -- Isu: what is spreading, watched until it is handled.
    CREATE TABLE issues (
      id                INTEGER PRIMARY KEY,
      title             TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      summary           TEXT NOT NULL DEFAULT '',
      source_urls       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(source_urls) AND json_type(source_urls) = 'array'),
      platform          TEXT NOT NULL CHECK (platform IN ('x', 'instagram', 'facebook', 'tiktok', 'youtube', 'whatsapp', 'berita_online', 'lainnya')),
      first_seen_at     TEXT NOT NULL,
      estimated_reach   INTEGER NOT NULL DEFAULT 0 CHECK (estimated_reach >= 0),
      sentiment         TEXT NOT NULL CHECK (sentiment IN ('positif', 'netral', 'negatif')),
      category          TEXT NOT NULL DEFAULT '',
      opd               TEXT NOT NULL DEFAULT '',
      owner             TEXT NOT NULL DEFAULT '',
      status            TEXT NOT NULL CHECK (status IN ('dipantau', 'perlu_respons', 'ditangani', 'selesai')),
      -- the hoax clarification answering it; its table comes with the clarifications (no FK here)
      clarification_id  INTEGER,
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL
    ) STRICT;
    CREATE INDEX issues_status ON issues (status, first_seen_at);

    CREATE TABLE issue_events (
      id           INTEGER PRIMARY KEY,
      issue_id     INTEGER NOT NULL REFERENCES issues (id),
      at           TEXT NOT NULL,
      actor        TEXT NOT NULL,
      action       TEXT NOT NULL,
      from_status  TEXT,
      to_status    TEXT,
      note         TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX issue_events_issue ON issue_events (issue_id, id);

    -- An issue's inquiries and releases: exactly one target per row.
    CREATE TABLE issue_links (
      id          INTEGER PRIMARY KEY,
      issue_id    INTEGER NOT NULL REFERENCES issues (id),
      inquiry_id  INTEGER REFERENCES inquiries (id),
      release_id  INTEGER REFERENCES press_releases (id),
      created_at  TEXT NOT NULL,
      CHECK ((inquiry_id IS NULL) <> (release_id IS NULL))
    ) STRICT;
    CREATE UNIQUE INDEX issue_links_inquiry ON issue_links (issue_id, inquiry_id) WHERE inquiry_id IS NOT NULL;
    CREATE UNIQUE INDEX issue_links_release ON issue_links (issue_id, release_id) WHERE release_id IS NOT NULL;

    -- Social post drafts, one platform each (limits are checked by the shared schema).
    CREATE TABLE social_posts (
      id          INTEGER PRIMARY KEY,
      platform    TEXT NOT NULL CHECK (platform IN ('x', 'instagram', 'facebook', 'whatsapp')),
      text        TEXT NOT NULL CHECK (length(text) >= 1),
      hashtags    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hashtags) AND json_type(hashtags) = 'array'),
      alt_text    TEXT NOT NULL DEFAULT '',
      release_id  INTEGER REFERENCES press_releases (id),
      issue_id    INTEGER REFERENCES issues (id),
      status      TEXT NOT NULL CHECK (status IN ('draf', 'siap', 'terbit')),
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;

    -- Kalender konten: planned publications.
    CREATE TABLE content_calendar (
      id          INTEGER PRIMARY KEY,
      planned_on  TEXT NOT NULL CHECK (planned_on ${DATE}),
      channel     TEXT NOT NULL CHECK (channel IN ('x', 'instagram', 'facebook', 'whatsapp', 'situs', 'media')),
      item        TEXT NOT NULL CHECK (length(item) BETWEEN 1 AND 300),
      status      TEXT NOT NULL CHECK (status IN ('rencana', 'siap', 'terbit', 'batal')),
      release_id  INTEGER REFERENCES press_releases (id),
      post_id     INTEGER REFERENCES social_posts (id),
      note        TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX content_calendar_date ON content_calendar (planned_on, id);
  `,
};
