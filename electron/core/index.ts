// createCore: the whole backend, runnable in plain Node (tests, browser host, CLI) and in Electron's main.
import fs from 'node:fs';
import os from 'node:os';
import type { EventName } from '../../shared/ipc/events';
import { createBlobStore } from './blobs/store';
import type { Ctx } from './context';
import { trackCommits } from './db/commits';
import { openDatabase, type Db } from './db/connection';
import { migrate } from './db/migrate';
import { dispatchTracked } from './dispatch';
import { createEventHub } from './events';
import { dataPaths } from './paths';
import { systemClock, type Core, type CoreOptions } from './types';

export type { Core, CoreOptions } from './types';

export function defaultActor(): string {
  try {
    return os.userInfo().username || 'operator';
  } catch {
    return 'operator';
  }
}

/** Opens (creating if needed) the data folder and migrates it. Throws AppError('db_too_new') for a newer database. */
export function createCore(options: CoreOptions): Core {
  const paths = dataPaths(options.dataDir);
  fs.mkdirSync(paths.dataDir, { recursive: true });
  const db: Db = openDatabase(paths.db, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  // Every write of this core reports its commit to the call that made it (see db/commits.ts).
  trackCommits(db);
  const hub = createEventHub();
  const blobs = createBlobStore(paths.blobs);
  let closed = false;

  const baseCtx = {
    db,
    blobs,
    clock: options.clock ?? systemClock,
    actor: options.actor ?? defaultActor(),
    host: options.host ?? 'test',
    dataDir: paths.dataDir,
  };
  const log = (message: string, error: unknown) => console.error(`[ppid-desk] ${message}`, error);

  return {
    dataDir: paths.dataDir,
    events: hub,
    async handle(channel, input) {
      if (closed) return { ok: false, error: { code: 'internal', message: 'Aplikasi sedang ditutup.' } };
      // Events are held until the handler has returned, i.e. after its transaction committed, and
      // sent whenever something was committed, even if a later step failed: the change is real.
      const pending: [EventName, unknown][] = [];
      const ctx: Ctx = { ...baseCtx, emit: (name, payload) => void pending.push([name, payload]), emitNow: (name, payload) => hub.emit(name, payload) };
      const { result, committed } = await dispatchTracked(ctx, channel, input, log);
      if (result.ok || committed) for (const [name, payload] of pending) hub.emit(name, payload);
      return result;
    },
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
