// When to ask for the passphrase at the terminal: before a command that opens an encrypted archive
// (or restores an encrypted backup, or runs `encrypt`), when no key file was given and stdin is a
// terminal. Scripts without a terminal get the commands' own "give the key" refusal instead.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { pendingEncryptionFile, readEncryptionInfo } from '../core/crypto/keys';
import { encryptionInfoFor } from '../core/maintenance/backup';
import { globalOptions } from './io';
import { askPassphrase, canPrompt, type TerminalIO } from './passphrase';

/** Commands that never open the archive. */
const NO_ARCHIVE = new Set(['deadline']);

function topLevelName(action: Command): string {
  let cmd = action;
  while (cmd.parent?.parent) cmd = cmd.parent;
  return cmd.name();
}

/** The passphrase typed for `action`, or undefined when none is needed or nobody can be asked. */
export async function promptForKey(action: Command, io: TerminalIO, env: NodeJS.ProcessEnv = process.env): Promise<Buffer | undefined> {
  const { dataDir, keyFile } = globalOptions(action);
  if (keyFile || env.PPID_KEY_FILE || !canPrompt(io)) return undefined;
  const name = topLevelName(action);
  if (NO_ARCHIVE.has(name)) return undefined;
  if (name === 'restore') {
    // Only the backup's key matters: the archive in place is replaced, not read.
    const backupArg = action.args[0];
    return backupArg !== undefined && fs.existsSync(encryptionInfoFor(path.resolve(backupArg))) ? askPassphrase(io, { confirm: false }) : undefined;
  }
  const encrypted = readEncryptionInfo(dataDir) !== null;
  if (name === 'encrypt') {
    // A new passphrase is typed twice; finishing an interrupted run needs the one already chosen.
    const chosen = encrypted || fs.existsSync(pendingEncryptionFile(dataDir));
    return askPassphrase(io, { confirm: !chosen });
  }
  return encrypted ? askPassphrase(io, { confirm: false }) : undefined;
}
