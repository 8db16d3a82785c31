// ppid-desk: the administrators' command line. Every command takes --data-dir DIR.
import { Command, CommanderError } from 'commander';
import { AppError } from '../core/errors';
import { APP_VERSION } from '../core/app/version';
import { backupCommand, checkCommand, infoCommand } from './commands/maintenance';
import { deadlineCommand } from './commands/deadline';
import { inboxCommand, requestCommand } from './commands/requests';
import { importCommand, searchCommand } from './commands/archive';
import { archiveCommand } from './commands/archiveRecords';
import { inquiryCommand } from './commands/inquiries';
import { releaseCommand } from './commands/releases';
import { letterCommand, registerCommand } from './commands/letters';
import { dipCommand } from './commands/dip';
import { maklumatCommand } from './commands/maklumat';
import { pdpCommand } from './commands/pdp';
import { reportCommand } from './commands/report';
import { userCommand } from './commands/users';
import { encryptCommand } from './commands/encrypt';
import { bundleCommand, clarificationCommand, exportCommand } from './commands/newsroom';
import { restoreCommand, EXIT_LOCKED } from './commands/restore';
import { ArchiveLockedError } from '../core/storage/lock';
import { printError, TYPED_SECRET } from './io';
import { promptForKey } from './keyPrompt';
import { processTerminal, type TerminalIO } from './passphrase';

export function buildProgram(setExit: (code: number) => void, terminal: TerminalIO = processTerminal()): Command {
  const program = new Command('ppid-desk')
    .description('PPID Desk — alat administrator: info, pemeriksaan, cadangan, pemulihan, tenggat, permohonan, kotak masuk, laporan.')
    .version(APP_VERSION, '-V, --version', 'versi PPID Desk')
    .option('--data-dir <dir>', 'folder data PPID Desk (bawaan: folder data aplikasi)')
    .option('--key-file <file>', 'berkas kunci arsip terenkripsi (atau variabel PPID_KEY_FILE)')
    .showHelpAfterError('(jalankan ppid-desk --help untuk bantuan)')
    .exitOverride();
  // An encrypted archive without --key-file: ask for the passphrase once, before the command runs.
  program.hook('preAction', async (root, action) => {
    const typed = await promptForKey(action, terminal);
    if (typed) root.setOptionValue(TYPED_SECRET, typed);
  });
  program.addCommand(infoCommand(setExit));
  program.addCommand(checkCommand(setExit));
  program.addCommand(backupCommand(setExit));
  program.addCommand(restoreCommand(setExit));
  program.addCommand(encryptCommand(setExit));
  program.addCommand(deadlineCommand(setExit));
  program.addCommand(requestCommand(setExit));
  program.addCommand(inboxCommand(setExit));
  program.addCommand(importCommand(setExit));
  program.addCommand(searchCommand(setExit));
  program.addCommand(archiveCommand(setExit));
  program.addCommand(inquiryCommand(setExit));
  program.addCommand(releaseCommand(setExit));
  program.addCommand(letterCommand(setExit));
  program.addCommand(registerCommand(setExit));
  program.addCommand(dipCommand(setExit));
  program.addCommand(maklumatCommand(setExit));
  program.addCommand(pdpCommand(setExit));
  program.addCommand(reportCommand(setExit));
  program.addCommand(userCommand(setExit));
  program.addCommand(clarificationCommand(setExit));
  program.addCommand(exportCommand(setExit));
  program.addCommand(bundleCommand(setExit));
  return program;
}

/** Runs the CLI and returns the exit code (0 ok, 1 a check or task failed, 2 bad usage or input, 3 the archive is open elsewhere). */
export async function run(argv: string[], terminal?: TerminalIO): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => (code = c), terminal);
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ArchiveLockedError) {
      printError(error.message);
      return EXIT_LOCKED;
    }
    if (error instanceof AppError) {
      printError(error.message);
      return 2;
    }
    printError(`Kesalahan: ${(error as Error).message}`);
    return 1;
  }
}
