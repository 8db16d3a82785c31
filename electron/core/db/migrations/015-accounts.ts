import type { Migration } from './types';

// Officer accounts, sessions and sign-in throttling (issue 14). Append-only: never edit once
// released.
//
// Numbered 015 on purpose: 014 belongs to another branch of the same session; the lead orders
// them at merge (db/migrate.ts accepts a gap: versions ascend, user_version = the last one).
//
// 1. officers: one account per person; never deleted (history and audit name it), disabled instead.
//    The password is an Argon2id PHC string (auth/password.ts); roles a JSON array of role ids.
// 2. sessions: the token is never stored, only its SHA-256 (a stolen database gives no session);
//    sliding expiry (expires_at moves on each use), revoked_at on logout, disable, reset.
// 3. login_attempts: failed sign-ins per username, for throttling (auth/throttle.ts).
// 4. audit_log.officer_id: which officer made an entry (NULL: the CLI, shells' internals, and
//    every entry made before accounts existed). Not a foreign key: the chain must stay readable
//    whatever happens to the officers table.
export const migration015: Migration = {
  version: 15,
  name: 'accounts',
  sql: `
    CREATE TABLE officers (
      id             INTEGER PRIMARY KEY,
      username       TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 2 AND 40 AND username = lower(username)),
      name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      nip            TEXT NOT NULL DEFAULT '',
      jabatan        TEXT NOT NULL DEFAULT '',
      roles          TEXT NOT NULL CHECK (json_valid(roles) AND json_type(roles) = 'array'),
      password_hash  TEXT NOT NULL,
      active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      password_changed_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sessions (
      id            INTEGER PRIMARY KEY,
      token_hash    TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
      officer_id    INTEGER NOT NULL REFERENCES officers (id),
      via           TEXT NOT NULL DEFAULT 'system' CHECK (via IN ('desktop', 'loopback', 'lan', 'system')),
      address       TEXT NOT NULL DEFAULT '',
      created_at    TEXT NOT NULL,
      last_seen_at  TEXT NOT NULL,
      expires_at    TEXT NOT NULL,
      revoked_at    TEXT
    ) STRICT;
    CREATE INDEX sessions_officer ON sessions (officer_id, revoked_at);

    CREATE TABLE login_attempts (
      username      TEXT PRIMARY KEY,
      failures      INTEGER NOT NULL CHECK (failures >= 0),
      last_failure  TEXT NOT NULL,
      locked_until  TEXT
    ) STRICT;

    ALTER TABLE audit_log ADD COLUMN officer_id INTEGER;
    CREATE INDEX audit_log_officer ON audit_log (officer_id, seq);
  `,
};
