// `ppid-desk inquiry add`: logs a journalist's inquiry from a JSON file (the same input as the
// inquiries:create channel) through the same core as the app, and prints its number.
import { Command } from 'commander';
import { addFromJsonCommand } from '../jsonInput';
import type { SetExit } from '../archiveCore';

export function inquiryCommand(setExit: SetExit): Command {
  const add = addFromJsonCommand(setExit, {
    channel: 'inquiries:create',
    what: 'pertanyaan',
    description:
      'Catat pertanyaan wartawan dari berkas JSON (isian sama dengan inquiries:create: receivedAt, channel, journalist {name, outlet, phone}, topic, question, deadlineAt, priority); mencetak nomornya.',
  });
  return new Command('inquiry').description('Pertanyaan media (wartawan).').exitOverride().addCommand(add);
}
