// Opening the archive for one CLI command (data folder, lock, keys of an encrypted archive) and
// turning a channel's failure into Indonesian lines and the exit code: one place for every command.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { createCore } from '../core';
import type { Core } from '../core/types';
import type { AppErrorShape, Result } from '../../shared/ipc/result';
import { globalOptions, keysOption, printError } from './io';

export type SetExit = (code: number) => void;
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_INPUT = 2;

/** Runs `work` on the archive; read-only commands pass 'shared' so they work while the app runs. */
export async function withCore<T>(cmd: Command, work: (core: Core) => Promise<T>, lock: 'exclusive' | 'shared' = 'exclusive'): Promise<T> {
  const core = createCore({ dataDir: globalOptions(cmd).dataDir, host: 'cli', lock, ...keysOption(cmd) });
  try {
    return await work(core);
  } finally {
    core.close();
  }
}

/** Prints the error with every field path; input problems exit 2, anything else 1. */
export function reportError(error: AppErrorShape): number {
  printError(error.message);
  for (const issue of error.issues ?? []) printError(`- ${issue.path || '(masukan)'}: ${issue.message}`);
  return error.code === 'internal' ? EXIT_FAILED : EXIT_INPUT;
}

/** A channel's failure inside `runWithCore`'s work: reported and turned into the exit code there. */
export class CliFailure extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message);
  }
}

/** The value of an ok Result; throws CliFailure otherwise. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new CliFailure(result.error);
  return result.value as T;
}

/** `withCore` for commands that chain several calls: exit 0 when `work` finishes, else the failure's code. */
export async function runWithCore(cmd: Command, setExit: SetExit, work: (core: Core) => Promise<void>, lock: 'exclusive' | 'shared' = 'exclusive'): Promise<void> {
  try {
    await withCore(cmd, work, lock);
    setExit(EXIT_OK);
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    setExit(reportError(error.error));
  }
}

/** Writes through a temp name, so an interrupted write never leaves half a file; never over a file without `force`. */
export function writeOut(file: string, base64: string, force: boolean, mode = 0o666): string {
  const target = path.resolve(file);
  if (fs.existsSync(target) && !force) {
    throw new CliFailure({ code: 'conflict', message: `Berkas ${target} sudah ada; pilih nama lain atau tambahkan --force untuk menimpanya.` });
  }
  const tmp = `${target}.${process.pid}.part`;
  fs.writeFileSync(tmp, Buffer.from(base64, 'base64'), { mode });
  fs.renameSync(tmp, target);
  return target;
}
