// The desktop import end to end, in Node: a real core behind the relay (serveCore / connectCore,
// as in coreRelay.test.ts) whose import asks main for its parser children, wired as
// electron/main/coreProcess.ts wires it. Electron is played by the stand-ins of
// tests/helpers/utilityProcess.ts (never run in Electron here: no binary on this machine).
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { forkParser, useParserSpawner } from '../../../electron/core/archive/parse/spawn';
import { serveCore } from '../../../electron/core/remote/serve';
import { connectCore } from '../../../electron/main/coreRelay';
import { makeDocx } from '../../helpers/archiveFixtures';
import { tempDir } from '../../helpers/tempDir';
import { desktop } from '../../helpers/utilityProcess';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('archive import in the desktop app (core in a utility process)', () => {
  it('imports a DOCX read by a parser child that main forked, and finds it', async () => {
    const wiring = desktop(cleanups);
    useParserSpawner(wiring.spawn);
    cleanups.push(() => useParserSpawner(forkParser));
    serveCore(wiring.core, (options) => createCore({ ...options, actor: 'tester', lock: 'shared' }));
    const core = await connectCore(wiring.main, { dataDir: tempDir(), host: 'test' });

    const bytes = await makeDocx({ paragraphs: ['Rencana kerja PPID dibaca proses utilitas'] });
    const imported = await core.handle('archive:importFile', { name: 'rencana.docx', dataBase64: Buffer.from(bytes).toString('base64') });
    expect(imported).toMatchObject({ ok: true, value: { verdict: 'imported' } });
    const hits = await core.handle('archive:search', { query: 'utilitas' });
    expect(hits.ok && (hits.value as { hits: unknown[] }).hits).toHaveLength(1);
    // Read by a child main forked, not by one the core forked itself.
    expect(wiring.forked).toHaveLength(1);
    expect(wiring.forked[0]!.options.serviceName).toBe('PPID Desk parser');
    await core.shutdown();
  }, 60_000);
});
