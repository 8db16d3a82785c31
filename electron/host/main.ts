// `npm run start:browser -- --data-dir DIR --port N`: serve the app to a local browser;
// `… --lan [--bind ADDRESS] --port N`: serve it over HTTPS to the other workstations of the office.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { createCore } from '../core';
import { readEncryptionInfo, resolveKeys } from '../core/crypto/keys';
import { askPassphrase, canPrompt, processTerminal } from '../cli/passphrase';
import { AppError } from '../core/errors';
import { runningClockFrom } from '../core/types';
import { defaultDataDir } from '../core/paths';
import { startHost } from './server';
import { lanStartLines, lanUrls, prepareLan } from './lan';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('port harus bilangan 0–65535.');
  return n;
}

function parseInstant(value: string): Date {
  // An instant needs its offset: "2026-03-17T11:00" alone would be read in the machine's zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('--now harus waktu ISO dengan zona, mis. 2026-03-17T11:00:00+08:00.');
  }
  return new Date(value);
}

export async function main(argv = process.argv): Promise<void> {
  const program = new Command('ppid-desk-host')
    .description('Menyajikan PPID Desk ke peramban di komputer ini (127.0.0.1), atau dengan --lan ke komputer lain di kantor lewat HTTPS.')
    .option('--data-dir <dir>', 'folder data (archive.db, blobs/, backups/)', defaultDataDir())
    .option('--port <n>', 'port (0 = pilih otomatis)', parsePort, 0)
    .option('--static-dir <dir>', 'folder renderer yang sudah dibangun', path.join(repoRoot, 'out', 'renderer'))
    .option('--key-file <file>', 'berkas kunci arsip terenkripsi (atau variabel PPID_KEY_FILE)')
    .option('--lan', 'sajikan ke komputer lain di jaringan kantor lewat HTTPS (sertifikat kantor, login petugas)')
    .option('--bind <address>', 'alamat yang didengarkan dalam mode --lan (bawaan 0.0.0.0 = semua alamat komputer ini)')
    .option('--now <instant>', 'jam aplikasi mulai dari waktu ini lalu berjalan (pelatihan/pengujian), mis. 2026-03-17T11:00:00+08:00', parseInstant)
    .parse(argv);
  const opts = program.opts<{ dataDir: string; port: number; staticDir: string; now?: Date; keyFile?: string; lan?: boolean; bind?: string }>();
  if (opts.bind && !opts.lan) program.error('--bind hanya berlaku bersama --lan.');

  let core;
  // app:lanInfo shows where this host serves, once it listens.
  let serving: { urls: string[] } | null = null;
  try {
    const dataDir = path.resolve(opts.dataDir);
    const keyFile = opts.keyFile ? path.resolve(opts.keyFile) : undefined;
    // An encrypted archive started by hand without a key file: the passphrase is typed, not echoed.
    const terminal = processTerminal();
    const typed = !keyFile && !process.env.PPID_KEY_FILE && canPrompt(terminal) && readEncryptionInfo(dataDir) ? await askPassphrase(terminal, { confirm: false }) : undefined;
    const keys = resolveKeys(dataDir, { ...(keyFile ? { keyFile } : {}), ...(typed ? { secret: typed } : {}) });
    core = createCore({ dataDir: path.resolve(opts.dataDir), host: 'browser', ...(keys ? { keys } : {}), ...(opts.now ? { clock: runningClockFrom(opts.now) } : {}), lan: () => serving });
  } catch (error) {
    if (error instanceof AppError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const lan = opts.lan ? await prepareLan(core.dataDir, opts.bind ?? '0.0.0.0') : undefined;
  const host = await startHost({ core, staticDir: path.resolve(opts.staticDir), port: opts.port, ...(lan ? { lan: lan.options } : {}) });
  console.log(`PPID Desk siap di ${host.url}`);
  if (lan) {
    serving = { urls: lanUrls(lan.options, host.port) };
    for (const line of lanStartLines(lan, host.port)) console.log(line);
  }
  console.log(`Folder data: ${core.dataDir}`);
  if (opts.now) console.log(`Jam aplikasi dimulai dari ${opts.now.toISOString()} (--now).`);
  console.log('Tekan Ctrl+C untuk berhenti.');
  // Fonts and the PDF engine warmed while the officer looks at the inbox: the first letter is not slower.
  setTimeout(() => void core.warmUp(), 1000).unref();
  // The first start of the day makes a backup (in the background; the page is served meanwhile).
  const started = core.autoBackup('start').then((outcome) => {
    if (outcome.status !== 'skipped') console.log(outcome.message);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await started;
    const outcome = await core.autoBackup('quit');
    if (outcome.status !== 'skipped') console.log(outcome.message);
    core.close();
    console.log(`PPID Desk berhenti (${signal}).`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
