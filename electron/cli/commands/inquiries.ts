// `ppid-desk inquiry add`: logs a journalist's inquiry from a JSON file (the same input as the
// inquiries:create channel) through the same core as the app, and prints its number.
import { Command } from 'commander';
import type { InquiryDetail } from '../../../shared/ipc/channels/inquiries';
import { print, printError } from '../io';
import { readInput } from './requests';
import { reportError, withCore, type SetExit } from '../archiveCore';


export function inquiryCommand(setExit: SetExit): Command {
  const add = new Command('add')
    .description(
      'Catat pertanyaan wartawan dari berkas JSON (isian sama dengan inquiries:create: receivedAt, channel, journalist {name, outlet, phone}, topic, question, deadlineAt, priority); mencetak nomornya.',
    )
    .requiredOption('--json <berkas>', 'berkas JSON pertanyaan, atau - untuk membaca dari stdin')
    .exitOverride()
    .action(async (opts: { json: string }, cmd: Command) => {
      const text = await readInput(opts.json);
      if (text === null) return setExit(2);
      let input: unknown;
      try {
        input = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        printError(`Masukan ${opts.json === '-' ? 'dari stdin' : `"${opts.json}"`} bukan JSON yang sah: ${(error as Error).message}`);
        return setExit(2);
      }
      const result = await withCore(cmd, (core) => core.handle('inquiries:create', input));
      if (!result.ok) return setExit(reportError(result.error));
      print((result.value as InquiryDetail).number);
      setExit(0);
    });
  return new Command('inquiry').description('Pertanyaan media (wartawan).').exitOverride().addCommand(add);
}
