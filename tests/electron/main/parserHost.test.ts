// Parser children in the desktop app (issue 16): the core (in a utility process) asks main for
// each child, main forks the worker and joins it to the core with a port. Electron itself never
// runs here (no Electron binary on this machine): main's part (parserHost.ts) is given a
// forkUtility made of child_process.fork plus a preload that stands in for process.parentPort
// (tests/helpers/utilityProcessShim.ts), and worker_threads ports stand in for MessageChannelMain
// (tests/helpers/utilityProcess.ts).
// The worker runs its utilityProcess path for real; the core's side is the app's own
// (core/remote/parserClient.ts), behind the pool every limit of the import still holds.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ParserPool } from '../../../electron/core/archive/parse/parserPool';
import { ParserProcess } from '../../../electron/core/archive/parse/pool';
import { workerEntry } from '../../../electron/core/archive/parse/spawn';
import type { ParseOutcome } from '../../../electron/core/archive/parse/types';
import { remoteParserSpawner } from '../../../electron/core/remote/parserClient';
import { FORCE_KILL_AFTER_MS, MAX_PARSER_CHILDREN, PARSER_SERVICE_NAME, serveParsers } from '../../../electron/main/parserHost';
import { makeDocx, makePdf } from '../../helpers/archiveFixtures';
import { makePdfBomb } from '../../helpers/pdfBomb';
import { desktop } from '../../helpers/utilityProcess';

const MB = 1024 * 1024;
const textOf = (o: ParseOutcome) => (o.status === 'ok' ? o.text : o.status === 'rejected' ? `(rejected) ${o.reason}` : `(${o.status})`);

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('parser children forked by main for the core (utilityProcess path, in Node)', () => {
  it('reads DOCX files in two children at once; main forks the worker with the heap cap and its service name', async () => {
    const { spawn, forked } = desktop(cleanups);
    const pool = new ParserPool({ size: 2, spawn });
    cleanups.push(() => pool.close());
    const files = await Promise.all(Array.from({ length: 6 }, (_, i) => makeDocx({ paragraphs: [`Surat keputusan nomor ${i}`] })));
    const outcomes = await Promise.all(files.map((bytes, i) => pool.parse(`sk${i}.docx`, bytes)));
    expect(outcomes.map(textOf)).toEqual(files.map((_, i) => `Surat keputusan nomor ${i}`));
    expect(outcomes[0]).toMatchObject({ status: 'ok', fileType: 'docx' });
    expect(pool.starts).toBe(2);
    expect(forked).toHaveLength(2);
    expect(forked[0]).toMatchObject({
      modulePath: workerEntry().file,
      args: [],
      options: { execArgv: ['--max-old-space-size=256'], serviceName: PARSER_SERVICE_NAME, stdio: ['ignore', 'ignore', 'ignore'] },
    });
  }, 60_000);

  it('kills a child that runs past the timeout ("waktu habis"); the next file is read in a fresh child', async () => {
    const { spawn, forked } = desktop(cleanups);
    const parser = new ParserProcess({ spawn, timeoutMs: 400, maxRssMb: 2000 });
    cleanups.push(() => parser.close());
    const out = await parser.parse('lambat.pdf', await makePdfBomb(190));
    expect(textOf(out)).toMatch(/^\(rejected\) Waktu habis/);
    parser.setTimeoutMs(20_000);
    expect(textOf(await parser.parse('cepat.docx', await makeDocx({ paragraphs: ['Daftar informasi publik'] })))).toBe('Daftar informasi publik');
    expect(parser.starts).toBe(2);
    // The first child is really gone, not just forgotten.
    expect(() => process.kill(forked[0]!.pid!, 0)).toThrow();
  }, 120_000);

  it('a child that crashes mid-file fails only that file; the others are read', async () => {
    const { spawn } = desktop(cleanups);
    const parser = new ParserProcess({ spawn, maxRssMb: 2000 });
    cleanups.push(() => parser.close());
    const big = parser.parse('besar.pdf', await makePdfBomb(190));
    const next = parser.parse('biasa.docx', await makeDocx({ paragraphs: ['Laporan layanan'] }));
    // The pid main reported is the child's own: kill -9 it from outside, as a crash would.
    const internals = parser as unknown as { child: { pid?: number } | null; current: unknown };
    await expect.poll(() => internals.current && internals.child?.pid, { timeout: 30_000 }).toBeTruthy();
    process.kill(internals.child!.pid!, 'SIGKILL');
    expect(textOf(await big)).toMatch(/^\(rejected\) Pembacaan berkas berhenti mendadak \(SIGKILL\)/);
    expect(textOf(await next)).toBe('Laporan layanan');
    expect(parser.starts).toBe(2);
  }, 120_000);

  it('relays the child\'s own RSS reports (no /proc) and kills it above the cap', async () => {
    const { spawn, forked } = desktop(cleanups);
    const parser = new ParserProcess({ spawn, rssFrom: 'child', maxRssMb: 120 });
    cleanups.push(() => parser.close());
    expect((await parser.parse('kecil.pdf', await makePdf({ pages: [['Satu']] }))).status).toBe('ok');
    expect(parser.lastPeakRss).toBeGreaterThan(20 * MB);
    expect(forked[0]).toMatchObject({ args: ['--report-rss'], options: { stdio: ['ignore', 'ignore', 'pipe'] } });
    const bomb = await parser.parse('besar.pdf', await makePdfBomb(190));
    expect(textOf(bomb)).toMatch(/^\(rejected\) Berkas memakan memori lebih dari 120 MB/);
  }, 120_000);

  it('fails the files of a child main cannot start; kills every child once the core is gone, outright if kill() was not enough', async () => {
    const { port1: mainEnd, port2: coreEnd } = new MessageChannel();
    cleanups.push(() => {
      mainEnd.close();
      coreEnd.close();
    });
    const killed: number[] = [];
    const forced: number[] = [];
    let forks = 0;
    const host = serveParsers<MessagePort>(
      { postMessage: (message, transfer = []) => mainEnd.postMessage({ message, ports: transfer }, transfer), on: (_e, l) => mainEnd.on('message', (env: { message: unknown }) => l(env.message)) },
      {
        forkUtility: () => {
          forks += 1;
          if (forks === 1) throw new Error('tidak ada biner');
          const id = forks;
          // A child that never exits, whatever it is told.
          return { pid: 1000 + id, stderr: null, postMessage: () => undefined, kill: () => (killed.push(id), true), once: () => undefined };
        },
        createChannel: () => {
          const { port1, port2 } = new MessageChannel();
          return { core: port1, child: port2 };
        },
        entry: 'archive-worker.js',
        log: () => undefined,
        forceKill: (pid) => forced.push(pid),
      },
    );
    const fromMain: unknown[] = [];
    coreEnd.on('message', (env: { message: unknown }) => fromMain.push(env.message));
    const spawn = remoteParserSpawner({
      postMessage: (message) => coreEnd.postMessage({ message, ports: [] }),
      on: (_e, l) => coreEnd.on('message', (env: { message: unknown; ports: MessagePort[] }) => l(env.message, env.ports)),
    });
    const exits: Array<[number | null, string | null]> = [];
    spawn({ maxOldSpaceMb: 256, reportRss: false }).onExit((code, signal) => exits.push([code, signal]));
    await expect.poll(() => exits).toEqual([[null, null]]);
    // A kill for a child main does not know still gets an exit, so the core never waits on it.
    coreEnd.postMessage({ message: { kind: 'parser:kill', id: 999 }, ports: [] });
    await expect.poll(() => fromMain).toContainEqual({ kind: 'parser:exit', id: 999, code: null, signal: null });
    for (let i = 0; i < MAX_PARSER_CHILDREN + 2; i += 1) spawn({ maxOldSpaceMb: 256, reportRss: false });
    await expect.poll(() => forks).toBe(MAX_PARSER_CHILDREN + 1);
    host.stop();
    expect(killed).toHaveLength(MAX_PARSER_CHILDREN);
    await expect.poll(() => forced.length, { timeout: FORCE_KILL_AFTER_MS + 3000 }).toBe(MAX_PARSER_CHILDREN);
  }, 20_000);
});
