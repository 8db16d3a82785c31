import type { Db } from '../db/connection';

export const SETTING_KEYS = {
  officeProfile: 'office_profile',
  officeLogo: 'office_logo',
  ui: 'ui',
} as const;

export function getSetting(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export function getSettingRow(db: Db, key: string): { value: unknown; updatedAt: string; version: number } | undefined {
  const row = db.prepare('SELECT value, updated_at, row_version FROM settings WHERE key = ?').get(key) as
    | { value: string; updated_at: string; row_version: number }
    | undefined;
  return row ? { value: JSON.parse(row.value) as unknown, updatedAt: row.updated_at, version: row.row_version } : undefined;
}

/** `by`: who wrote it (a new row's updated_by; an existing row's is set by db/versions.ts claimVersion). */
export function putSetting(db: Db, key: string, value: unknown, at: string, by = ''): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), at, by);
}

export function deleteSetting(db: Db, key: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}
