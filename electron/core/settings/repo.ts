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

export function getSettingRow(db: Db, key: string): { value: unknown; updatedAt: string } | undefined {
  const row = db.prepare('SELECT value, updated_at FROM settings WHERE key = ?').get(key) as
    | { value: string; updated_at: string }
    | undefined;
  return row ? { value: JSON.parse(row.value) as unknown, updatedAt: row.updated_at } : undefined;
}

export function putSetting(db: Db, key: string, value: unknown, at: string): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), at);
}

export function deleteSetting(db: Db, key: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}
