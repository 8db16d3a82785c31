import type { Migration } from './types';

// The administrator edits the calendar beyond local days: a day added by decree may be a national
// holiday or cuti bersama (a date moved by a revised SKB), and a shipped date may be cancelled
// (the revised SKB takes it back). Append-only: never edit once released.
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

export const migration003: Migration = {
  version: 3,
  name: 'calendar-edits',
  sql: `
    ALTER TABLE calendar_local_days ADD COLUMN kind TEXT NOT NULL DEFAULT 'lokal'
      CHECK (kind IN ('libur_nasional', 'cuti_bersama', 'lokal'));

    -- A shipped day off that this office counts as a working day, with the decree that says so.
    CREATE TABLE calendar_cancelled_days (
      date     TEXT PRIMARY KEY CHECK (date ${DATE}),
      name     TEXT NOT NULL,
      basis    TEXT NOT NULL CHECK (length(basis) >= 1),
      added_at TEXT NOT NULL,
      added_by TEXT NOT NULL
    ) STRICT;
  `,
};
