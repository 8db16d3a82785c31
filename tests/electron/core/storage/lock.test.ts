// archive.lock: one program at a time opens the archive for writing; a crash's lock is taken over.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core';
import { AppError } from '../../../../electron/core/errors';
import { acquireLock, ArchiveLockedError, LOCK_FILE, readLock } from '../../../../electron/core/storage/lock';
import { tempDir } from '../../../helpers/tempDir';

const root = path.resolve(__dirname, '../../../..');

/** The pid of a process that has ended: a lock naming it is stale. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function writeLock(dir: string, content: object): void {
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(content));
}

describe('archive.lock', () => {
  it('is taken by createCore with pid, host and start time, and removed by close()', () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir, host: 'electron' });
    const lock = readLock(dir);
    expect(lock).toMatchObject({ pid: process.pid, host: os.hostname(), kind: 'electron' });
    expect(Date.parse(lock!.startedAt)).not.toBeNaN();
    core.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second core on the same folder while the first lives, naming its PID in Indonesian', () => {
    const dir = tempDir();
    const first = createCore({ dataDir: dir, host: 'electron' });
    try {
      let error: unknown;
      try {
        createCore({ dataDir: dir, host: 'browser' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ArchiveLockedError);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('conflict');
      expect((error as Error).message).toMatch(new RegExp(`^Arsip sedang dibuka oleh aplikasi lain \\(PID ${process.pid}: aplikasi desktop PPID Desk`));
      // The refused core did not disturb the holder's lock.
      expect(readLock(dir)?.kind).toBe('electron');
    } finally {
      first.close();
    }
    createCore({ dataDir: dir, host: 'browser' }).close();
  });

  it('takes over a stale lock whose process is gone (kill -9, power cut)', () => {
    const dir = tempDir();
    const pid = deadPid();
    writeLock(dir, { pid, host: os.hostname(), kind: 'electron', startedAt: '2026-11-20T01:00:00Z', token: 'old' });
    const core = createCore({ dataDir: dir, host: 'cli' });
    expect(readLock(dir)).toMatchObject({ pid: process.pid, kind: 'cli' });
    core.close();
  });

  it('takes over an unreadable lock file that is not being written', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, LOCK_FILE), old, old);
    const lock = acquireLock(dir, 'cli');
    expect(readLock(dir)?.token).toBe(lock.info.token);
    lock.release();
  });

  it('stands when held on another computer (a shared folder), saying how to clear it', () => {
    const dir = tempDir();
    writeLock(dir, { pid: deadPid(), host: 'laptop-humas', kind: 'electron', startedAt: '2026-11-20T01:00:00Z', token: 'x' });
    expect(() => createCore({ dataDir: dir, host: 'cli' })).toThrow(/di komputer laptop-humas .*hapus berkas .*archive\.lock/);
  });

  it("lets 'shared' opens (read-only tools) in while the app holds it, but not during a restore", async () => {
    const dir = tempDir();
    const app = createCore({ dataDir: dir, host: 'electron' });
    const reader = createCore({ dataDir: dir, host: 'cli', lock: 'shared' });
    expect((await reader.handle('app:info', {})).ok).toBe(true);
    reader.close();
    expect(readLock(dir)?.kind).toBe('electron'); // a shared close leaves the holder's lock alone
    app.close();

    const restore = acquireLock(dir, 'restore');
    try {
      expect(() => createCore({ dataDir: dir, host: 'cli', lock: 'shared' })).toThrow(/sedang dipulihkan dari cadangan/);
    } finally {
      restore.release();
    }
  });

  it('is released when the process exits without close(), and taken over after kill -9', () => {
    const dir = tempDir();
    const script = `import { createCore } from './electron/core/index.ts'; createCore({ dataDir: ${JSON.stringify(dir)}, host: 'cli' }); process.stdout.write('open');`;
    const exited = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(exited.stdout).toBe('open');
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);

    const killed = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `${script} process.kill(process.pid, 'SIGKILL');`], { cwd: root, encoding: 'utf8' });
    expect(killed.signal).toBe('SIGKILL');
    expect(readLock(dir)?.pid).toBe(killed.pid);
    createCore({ dataDir: dir, host: 'cli' }).close();
  });
});
