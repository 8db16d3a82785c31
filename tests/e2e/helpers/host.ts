import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// import.meta.url, not __dirname: the walk-in bench runs this file under tsx (ESM), where __dirname is absent.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The officer every e2e test signs in as: the first Admin, holding every role. */
export const E2E_ADMIN = { username: 'admin.e2e', password: 'kata-sandi-e2e-panjang', name: 'Dra. Siti Rahmawati, M.Si.' };

export interface Credentials {
  username: string;
  password: string;
}

export interface HostProcess {
  url: string; // with ?token=
  origin: string;
  token: string;
  /** The first Admin with every role (absent with `noAdmin`). */
  admin?: Credentials;
  /** Signs in over /rpc; the session token for the ppid_session cookie. */
  login(who?: Credentials): Promise<string>;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `npm run start:browser` as a user would (here: its script directly) and waits for its URL
 * line. `now` starts the app's clock at that instant (`--now`), to act on a case on its own dates.
 */
export async function startHostProcess(dataDir: string, options: { now?: string; noAdmin?: boolean } = {}): Promise<HostProcess> {
  const host = await spawnHost(dataDir, options);
  if (!options.noAdmin) await createAdmin(host);
  latest = host;
  return host;
}

let latest: HostProcess | null = null;

/** The host this test file started last: officeContext signs in to it unless told otherwise. */
export function currentHost(): HostProcess | null {
  return latest;
}

/** POST /rpc/<channel> with the per-run token and a session cookie; the Result and the session cookie set. */
export async function rawRpc(host: Pick<HostProcess, 'origin' | 'token'>, channel: string, body: unknown, session?: string) {
  const res = await fetch(`${host.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', ...(session ? { Cookie: `ppid_session=${session}` } : {}) },
    body: JSON.stringify(body),
  });
  const cookie = /ppid_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  return { status: res.status, result: (await res.json()) as { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }, session: cookie || undefined };
}

/** The first Admin (auth:setup), then every role for them: one officer who can do all the existing tests do. */
async function createAdmin(host: HostProcess): Promise<void> {
  // A data folder used before (a host restarted on it) has the e2e Admin already.
  const me = await rawRpc(host, 'auth:me', {});
  if (me.result.ok && !(me.result.value as { needsSetup: boolean }).needsSetup) {
    host.admin = { username: E2E_ADMIN.username, password: E2E_ADMIN.password };
    return;
  }
  const setup = await rawRpc(host, 'auth:setup', { username: E2E_ADMIN.username, password: E2E_ADMIN.password, name: E2E_ADMIN.name, nip: '', jabatan: 'PPID Utama' });
  if (!setup.result.ok || !setup.session) throw new Error(`auth:setup: ${JSON.stringify(setup.result)}`);
  const officer = (setup.result.value as { officer: { id: number } }).officer;
  const roles = ['admin', 'ppid', 'petugas', 'atasan', 'humas', 'pimpinan'];
  const update = await rawRpc(host, 'officers:update', { id: officer.id, roles, name: E2E_ADMIN.name, nip: '', jabatan: 'PPID Utama' }, setup.session);
  if (!update.result.ok) throw new Error(`officers:update: ${JSON.stringify(update.result)}`);
  host.admin = { username: E2E_ADMIN.username, password: E2E_ADMIN.password };
}

function spawnHost(dataDir: string, options: { now?: string }): Promise<HostProcess> {
  const extra = options.now ? ['--now', options.now] : [];
  const child = spawn(process.execPath, [path.join(root, 'build/scripts/start-browser.mjs'), '--no-build', '--data-dir', dataDir, '--port', '0', ...extra], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not print its URL:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (match) {
        clearTimeout(timer);
        const url = match[1]!;
        const origin = new URL(url).origin;
        const token = new URL(url).searchParams.get('token') ?? '';
        const host: HostProcess = {
          url,
          origin,
          token,
          async login(who) {
            const as = who ?? host.admin;
            if (!as) throw new Error('no officer to sign in as (started with noAdmin)');
            const answer = await rawRpc(host, 'auth:login', { username: as.username, password: as.password });
            if (!answer.result.ok || !answer.session) throw new Error(`auth:login ${as.username}: ${JSON.stringify(answer.result)}`);
            return answer.session;
          },
          child,
          output: () => out,
          stop: (signal = 'SIGTERM') =>
            new Promise((res) => {
              if (child.exitCode !== null) return res(child.exitCode);
              child.once('exit', (code) => res(code));
              child.kill(signal);
            }),
        };
        resolve(host);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${code}) before printing its URL:\n${out}`));
    });
  });
}
