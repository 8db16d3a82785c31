import type { Migration } from './types';

// Retention of personal data (UU 27/2022 PDP; DOMAIN.md "Personal data"): when a case's retention
// ends, the anonymisation job (electron/core/pdp) replaces the identity on the row with '[dihapus]'
// and stamps it here, so the registers keep counting the case while the person is gone.
// Append-only: never edit once released.
//
// requesters.id_number keeps migration 002's CHECK (a NIK is 16 digits); an erased NIK is
// '0000000000000000' (shared/domain/requests/nik.ts, ERASED_NIK), which no intake accepts.
const INSTANT = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T*Z'";

export const migration007: Migration = {
  version: 7,
  name: 'pdp',
  sql: `
    -- An anonymised requester keeps only what the registers count: the kind of identity (nik or
    -- badan_hukum) and the occupation; name, number, address, contacts and proxy are erased.
    ALTER TABLE requesters ADD COLUMN anonymised_at TEXT
      CHECK (anonymised_at IS NULL OR (anonymised_at ${INSTANT} AND name = '[dihapus]' AND address = '[dihapus]'
             AND id_number IN ('0000000000000000', '[dihapus]')));
    -- The case whose retention ended (the request, its objections and disputes).
    ALTER TABLE requests ADD COLUMN anonymised_at TEXT CHECK (anonymised_at IS NULL OR anonymised_at ${INSTANT});
    -- A journalist whose every inquiry closed before the retention cutoff.
    ALTER TABLE journalists ADD COLUMN anonymised_at TEXT
      CHECK (anonymised_at IS NULL OR (anonymised_at ${INSTANT} AND name = '[dihapus]'));

    -- The job looks for closed cases not yet anonymised.
    CREATE INDEX requests_retention ON requests (closed_at) WHERE closed_at IS NOT NULL AND anonymised_at IS NULL;
  `,
};
