// A service context over a core's archive, for the spec builders that the lead wires to channels
// at merge (pressStatementSpec, mediaLogSpec). Read-only connection: builders only read.
import path from 'node:path';
import type { Core } from '../../electron/core';
import type { Ctx } from '../../electron/core/context';
import { createBlobStore } from '../../electron/core/blobs/store';
import { readDb } from './requests';

export function createCtx(core: Core, now = '2026-11-23T06:00:00Z'): Ctx {
  return {
    db: readDb(core),
    blobs: createBlobStore(path.join(core.dataDir, 'blobs')),
    clock: { now: () => new Date(now) },
    actor: 'tester',
    host: 'test',
    dataDir: core.dataDir,
    emit: () => undefined,
    emitNow: () => undefined,
  };
}
