#!/usr/bin/env node
// better-sqlite3 for two runtimes side by side:
//   node build/scripts/native.mjs node       rebuild node_modules/better-sqlite3 for Node (tests, CLI, browser host)
//   node build/scripts/native.mjs electron   build a copy for the installed Electron into
//                                            .cache/native/electron-<version>/better_sqlite3.node (PPID_NATIVE_BINDING)
// The Electron build happens in a temporary copy, so node_modules keeps its Node build: tests and
// the app coexist. Add --force to rebuild an existing Electron binding.
//
// Trap (STACK.md): this machine's npm config has nodedir=/usr, which npm exports to scripts as
// npm_config_nodedir and node-gyp obeys. The build would then use Node 20's headers while
// labelling the result for Electron, and it would not load in the app. We drop that variable and
// give node-gyp its own header folder; we also check the result's ABI before keeping it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
const HEADERS_TIMEOUT_MS = Number(process.env.PPID_HEADERS_TIMEOUT_MS) || 90_000;
const COMPILE_TIMEOUT_MS = 20 * 60_000;

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The Electron we build for: node_modules/electron, or PPID_ELECTRON_PACKAGE_DIR as in start.mjs. */
export function electronInfo(root = ROOT, env = process.env) {
  const dir = env.PPID_ELECTRON_PACKAGE_DIR ? path.resolve(env.PPID_ELECTRON_PACKAGE_DIR) : path.join(root, 'node_modules', 'electron');
  return {
    version: String(readJson(path.join(dir, 'package.json')).version),
    abi: fs.readFileSync(path.join(dir, 'abi_version'), 'utf8').trim(),
  };
}

/** Where the Electron-ABI binding lives; start.mjs passes this path as PPID_NATIVE_BINDING. */
export function electronBindingPath(version, root = ROOT) {
  return path.join(root, '.cache', 'native', `electron-${version}`, 'better_sqlite3.node');
}

/** The environment minus every spelling of the nodedir setting node-gyp reads (see the trap above). */
export function envWithoutNodedir(env = process.env) {
  const out = { ...env };
  for (const key of Object.keys(out)) {
    if (/^npm_config_nodedir$/i.test(key) || /^npm_package_config_node_gyp_nodedir$/i.test(key)) delete out[key];
  }
  return out;
}

/** npm's bundled node-gyp first (what `npm rebuild` would use), then the project's copy. */
export function findNodeGyp(env = process.env, root = ROOT) {
  const candidates = [
    env.npm_config_node_gyp,
    env.npm_execpath && path.join(path.dirname(env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((file) => file && fs.existsSync(file)) ?? null;
}

/** Runs a command with inherited output and a hard timeout. Resolves `{ code, timedOut }`. */
function run(command, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit', shell: process.platform === 'win32' && !command.endsWith('.exe') });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', () => {});
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut });
    });
  });
}

/**
 * Loads the binding in THIS Node. An Electron build must refuse with its own NODE_MODULE_VERSION;
 * one that loads was compiled against Node's headers. Returns 'electron' | 'node' | 'unknown'.
 */
export function probeAbi(file, electronAbi) {
  const script = `try { process.dlopen({ exports: {} }, ${JSON.stringify(file)}); console.log('LOADED') } catch (e) { console.log(String(e && e.message)) }`;
  const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
  const text = `${out.stdout}\n${out.stderr}`;
  if (/^LOADED/m.test(text)) return 'node';
  if (new RegExp(`NODE_MODULE_VERSION ${electronAbi}\\b`).test(text)) return 'electron';
  return 'unknown';
}

function fail(id, en) {
  console.error(`${id}\n${en}`);
  process.exit(1);
}

async function buildForElectron({ force }) {
  const { version, abi } = electronInfo();
  const target = electronBindingPath(version);
  const sqliteVersion = String(readJson(path.join(ROOT, 'node_modules', 'better-sqlite3-multiple-ciphers', 'package.json')).version);
  const infoFile = path.join(path.dirname(target), 'build-info.json');
  const info = fs.existsSync(infoFile) ? readJson(infoFile) : null;
  if (!force && fs.existsSync(target) && info?.betterSqlite3 === sqliteVersion) {
    console.log(`better-sqlite3 untuk Electron ${version} sudah ada: ${path.relative(ROOT, target)}`);
    return;
  }
  const nodeGyp = findNodeGyp();
  if (!nodeGyp) fail('node-gyp tidak ditemukan (bawaan npm maupun di node_modules).', 'node-gyp was not found (neither npm\'s bundled copy nor in node_modules).');

  const env = envWithoutNodedir();
  const common = [`--target=${version}`, `--dist-url=${ELECTRON_HEADERS_URL}`, '--runtime=electron', `--arch=${process.arch}`, `--devdir=${path.join(ROOT, '.cache', 'node-gyp')}`];

  console.log(`Mengambil header Electron ${version} (Fetching Electron ${version} headers)...`);
  const headers = await run(process.execPath, [nodeGyp, 'install', ...common], { cwd: ROOT, env, timeoutMs: HEADERS_TIMEOUT_MS });
  if (headers.code !== 0) {
    fail(
      `Header Electron ${version} tidak dapat diunduh dari ${ELECTRON_HEADERS_URL}${headers.timedOut ? ` (batas waktu ${HEADERS_TIMEOUT_MS / 1000} detik)` : ''}; modul SQLite untuk Electron perlu dibangun di mesin yang terhubung ke internet.`,
      `Electron ${version} headers could not be downloaded from ${ELECTRON_HEADERS_URL}${headers.timedOut ? ' (timed out)' : ''}; build the Electron SQLite module on a machine with internet access.`,
    );
  }

  // A copy without the Node build, so node_modules/better-sqlite3-multiple-ciphers/build is never touched.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-native-'));
  try {
    const src = path.join(ROOT, 'node_modules', 'better-sqlite3-multiple-ciphers');
    const work = path.join(tmp, 'better-sqlite3-multiple-ciphers');
    fs.cpSync(src, work, { recursive: true, filter: (from) => path.relative(src, from).split(path.sep)[0] !== 'build' });
    console.log(`Membangun better-sqlite3 ${sqliteVersion} untuk Electron ${version} (Building for Electron)...`);
    const compiled = await run(process.execPath, [nodeGyp, 'rebuild', '--release', ...common], { cwd: work, env, timeoutMs: COMPILE_TIMEOUT_MS });
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    if (compiled.code !== 0 || !fs.existsSync(built)) {
      fail('Kompilasi better-sqlite3 untuk Electron gagal (lihat keluaran node-gyp di atas).', 'Compiling better-sqlite3 for Electron failed (see node-gyp output above).');
    }
    const abiSeen = probeAbi(built, abi);
    if (abiSeen === 'node') {
      fail(
        'Hasil kompilasi memakai header Node, bukan Electron; hapus setelan npm `nodedir` lalu ulangi.',
        'The build used Node headers instead of Electron\'s; remove the npm `nodedir` setting and retry.',
      );
    }
    if (abiSeen === 'unknown') console.warn(`Peringatan: ABI ${abi} tidak dapat dipastikan (ABI could not be confirmed).`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target); // never leave a half-written binding under the final name
    fs.writeFileSync(infoFile, `${JSON.stringify({ electron: version, abi, betterSqlite3: sqliteVersion }, null, 2)}\n`);
    console.log(`Selesai: ${path.relative(ROOT, target)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function buildForNode() {
  // Uses npm's config as is: nodedir=/usr points at this Node's own headers, which is right here.
  const npm = process.env.npm_execpath
    ? { command: process.execPath, args: [process.env.npm_execpath] }
    : { command: process.platform === 'win32' ? 'npm.cmd' : 'npm', args: [] };
  const result = await run(npm.command, [...npm.args, 'rebuild', 'better-sqlite3-multiple-ciphers'], { cwd: ROOT, env: process.env, timeoutMs: COMPILE_TIMEOUT_MS });
  if (result.code !== 0) fail('`npm rebuild better-sqlite3-multiple-ciphers` gagal.', '`npm rebuild better-sqlite3-multiple-ciphers` failed.');
  const check = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3-multiple-ciphers'))(':memory:').prepare('select 1').get()"], { cwd: ROOT, encoding: 'utf8' });
  if (check.status !== 0) fail('better-sqlite3 tidak dapat dimuat di Node setelah dibangun ulang.', `better-sqlite3 does not load in Node after the rebuild:\n${check.stderr}`);
  console.log(`better-sqlite3 siap untuk Node ${process.version}.`);
}

async function main(argv) {
  const [mode, ...flags] = argv;
  if (mode === 'electron') return buildForElectron({ force: flags.includes('--force') });
  if (mode === 'node') return buildForNode();
  fail('Pemakaian: node build/scripts/native.mjs electron|node [--force]', 'Usage: node build/scripts/native.mjs electron|node [--force]');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
