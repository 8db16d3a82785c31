// Backups in the fake backend: a folder with entries, the stale flag as the core computes it from
// the newest entry (7 days), progress events while "backing up", and restore. The default state
// has a backup from today, so other pages' tests see no Kotak Masuk warning.
import type { BackupEntry, BackupFolder, BackupStatus } from '../../../shared/ipc/channels/backup';
import type { FakeState } from './fakeTransport';

export const FAKE_NOW = '2026-11-23T02:00:00.000Z';
const DAY = 24 * 60 * 60 * 1000;

export interface BackupState {
  folder: BackupFolder;
  backups: BackupEntry[];
  /** Days between the newest backup and "now" (the fake does not read the clock). */
  ageDays: number | null;
  lastAuto: BackupStatus['lastAuto'];
  restored: string[];
}

export function fakeBackupEntry(createdAt: string, overrides: Partial<BackupEntry> = {}): BackupEntry {
  const stamp = createdAt.replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const name = `ppid-desk-${stamp}.db`;
  return { file: `/data/backups/${name}`, name, createdAt, bytes: 2_400_000, blobs: 12, checkOk: true, trigger: 'start', ...overrides };
}

export function backupState(state: FakeState): BackupState {
  const cases = state.cases as FakeState['cases'] & { backupState?: BackupState };
  return (cases.backupState ??= {
    folder: { folder: '/data/backups', defaultFolder: '/data/backups', isDefault: true, available: true, freeBytes: 52_000_000_000 },
    backups: [fakeBackupEntry(FAKE_NOW)],
    ageDays: 0,
    lastAuto: null,
    restored: [],
  });
}

/** No backups at all, or only ones `days` old. */
export function setBackupAge(state: FakeState, days: number | null): void {
  const store = backupState(state);
  store.ageDays = days;
  store.backups = days === null ? [] : [fakeBackupEntry(new Date(Date.parse(FAKE_NOW) - days * DAY).toISOString())];
}

export function backupHandlers(state: FakeState, emit: (event: string, payload: unknown) => void) {
  const store = backupState(state);
  const status = (): BackupStatus => {
    const newest = store.backups[0] ?? null;
    return { newestAt: newest?.createdAt ?? null, ageDays: newest ? store.ageDays : null, stale: !newest || (store.ageDays ?? 0) > 7, folder: store.folder.folder, lastAuto: store.lastAuto };
  };
  return {
    'backup:list': () => ({ ...store.folder, backups: store.backups }),
    'backup:status': status,
    'backup:create': async () => {
      emit('backup:progress', { phase: 'database', done: 1, total: 1 });
      await new Promise((resolve) => setTimeout(resolve, 30));
      emit('backup:progress', { phase: 'files', done: 6, total: 12 });
      // Long enough for findByText's polling to see it on a loaded CI machine.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const entry = fakeBackupEntry('2026-11-23T03:15:00.000Z', { trigger: 'manual', file: `${store.folder.folder}/ppid-desk-20261123-031500.db` });
      store.backups = [entry, ...store.backups];
      store.ageDays = 0;
      return entry;
    },
    'backup:setFolder': (input: { folder: string | null }) => {
      const folder = input.folder ?? store.folder.defaultFolder;
      store.folder = { ...store.folder, folder, isDefault: input.folder === null, available: true };
      emit('backup:changed', { reason: 'folder' });
      return store.folder;
    },
    'backup:restore': (input: { file: string }) => {
      store.restored.push(input.file);
      return { backup: input.file, preRestoreDir: '/data/pre-restore-20261123-031600', blobs: 12, checkOk: true, lines: [{ name: 'integritas SQLite', ok: true, detail: 'ok' }] };
    },
  };
}
