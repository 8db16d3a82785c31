import path from 'node:path';
import type { Command } from 'commander';
import { resolveKeys, type ArchiveKeys, type KeySource } from '../core/crypto/keys';
import { defaultDataDir } from '../core/paths';
import { escapeKeepingNewlines } from './escape';

export interface GlobalOptions {
  dataDir: string;
  keyFile?: string;
  /** The passphrase typed at the terminal (keyPrompt.ts), when no key file was given. */
  typedSecret?: Buffer;
}

/** Option name under which the root command keeps a typed passphrase for its subcommand. */
export const TYPED_SECRET = 'typedSecret';

export function globalOptions(cmd: Command): GlobalOptions {
  const opts = cmd.optsWithGlobals<{ dataDir?: string; keyFile?: string; [TYPED_SECRET]?: Buffer }>();
  return {
    dataDir: path.resolve(opts.dataDir ?? defaultDataDir()),
    ...(opts.keyFile ? { keyFile: path.resolve(opts.keyFile) } : {}),
    ...(opts[TYPED_SECRET] ? { typedSecret: opts[TYPED_SECRET] } : {}),
  };
}

/** The secret given to this run: --key-file, else the typed passphrase (PPID_KEY_FILE is read by secretFrom). */
export function keySource(cmd: Command): KeySource {
  const { keyFile, typedSecret } = globalOptions(cmd);
  return { ...(keyFile ? { keyFile } : {}), ...(typedSecret ? { secret: typedSecret } : {}) };
}

/** The keys of an encrypted archive (from --key-file, PPID_KEY_FILE or the typed passphrase), or none for a plain one. */
export function archiveKeys(cmd: Command): ArchiveKeys | undefined {
  return resolveKeys(globalOptions(cmd).dataDir, keySource(cmd));
}

/** `{ keys }` for createCore when the archive is encrypted. */
export function keysOption(cmd: Command): { keys?: ArchiveKeys } {
  const keys = archiveKeys(cmd);
  return keys ? { keys } : {};
}

/** Output: control characters (from file names, titles, typed text) are shown escaped, never acted on by the terminal. */
export const print = (line = '') => process.stdout.write(`${escapeKeepingNewlines(line)}\n`);
export const printError = (line: string) => process.stderr.write(`${escapeKeepingNewlines(line)}\n`);
// JSON.stringify already escapes C0 controls; bidi and C1 controls are escaped by hand (still valid JSON).
export const printJson = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`);
