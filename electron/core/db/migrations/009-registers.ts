import type { Migration } from './types';

// The registers (Permohonan, Keberatan, Media) list every case of every status, newest first, and
// by year. The inbox's partial indexes hold open cases only; these cover closed ones too, so the
// first page of a 100,000-case register reads one page of rows, not the table.
export const migration009: Migration = {
  version: 9,
  name: 'registers',
  sql: `
    CREATE INDEX requests_register ON requests (received_at, id);
    CREATE INDEX requests_register_year ON requests (year, received_at, id);
    CREATE INDEX objections_register ON objections (registered_at, id);
    CREATE INDEX objections_register_year ON objections (year, registered_at, id);
    CREATE INDEX inquiries_register ON inquiries (received_at, id);
    CREATE INDEX inquiries_register_year ON inquiries (year, received_at, id);
  `,
};
