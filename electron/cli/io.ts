import path from 'node:path';
import type { Command } from 'commander';
import { defaultDataDir } from '../core/paths';

export interface GlobalOptions {
  dataDir: string;
}

export function globalOptions(cmd: Command): GlobalOptions {
  const opts = cmd.optsWithGlobals<{ dataDir?: string }>();
  return { dataDir: path.resolve(opts.dataDir ?? defaultDataDir()) };
}

export const print = (line = '') => process.stdout.write(`${line}\n`);
export const printError = (line: string) => process.stderr.write(`${line}\n`);
export const printJson = (value: unknown) => print(JSON.stringify(value, null, 2));
