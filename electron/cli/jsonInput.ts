// `ppid-desk request|inquiry|release|clarification add --json FILE|-`: one shape for every command
// that creates a record from a JSON file (the same input as the channel) and prints its number.
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { EXIT_INPUT, EXIT_OK, reportError, withCore, type SetExit } from './archiveCore';
import { print, printError } from './io';

/** A form is a few KB; anything much larger is not one. */
const MAX_INPUT_BYTES = 1024 * 1024;

/** The text of FILE, or of stdin for '-'; null (the reason printed) when it cannot be read. */
export async function readInput(source: string): Promise<string | null> {
  try {
    if (source === '-') {
      let text = '';
      process.stdin.setEncoding('utf8');
      for await (const chunk of process.stdin) {
        text += chunk as string;
        if (text.length > MAX_INPUT_BYTES) throw new Error('masukan lebih dari 1 MB');
      }
      return text;
    }
    const text = await readFile(source, 'utf8');
    if (text.length > MAX_INPUT_BYTES) throw new Error('berkas lebih dari 1 MB');
    return text;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'berkas tidak ditemukan' : (error as Error).message;
    printError(`Masukan "${source}" tidak dapat dibaca: ${reason}.`);
    return null;
  }
}

type CreateChannel = 'requests:create' | 'inquiries:create' | 'releases:create' | 'clarifications:create';

/** `add --json FILE|-`: reads the JSON (a BOM allowed), calls `channel`, prints the new number. */
export function addFromJsonCommand(setExit: SetExit, spec: { channel: CreateChannel; description: string; what: string }): Command {
  return new Command('add')
    .description(spec.description)
    .requiredOption('--json <berkas>', `berkas JSON ${spec.what}, atau - untuk membaca dari stdin`)
    .exitOverride()
    .action(async (opts: { json: string }, cmd: Command) => {
      const text = await readInput(opts.json);
      if (text === null) return setExit(EXIT_INPUT);
      let input: unknown;
      try {
        input = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        printError(`Masukan ${opts.json === '-' ? 'dari stdin' : `"${opts.json}"`} bukan JSON yang sah: ${(error as Error).message}`);
        return setExit(EXIT_INPUT);
      }
      const result = await withCore(cmd, (core) => core.handle(spec.channel, input));
      if (!result.ok) return setExit(reportError(result.error));
      print((result.value as { number: string }).number);
      setExit(EXIT_OK);
    });
}
