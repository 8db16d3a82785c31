// `ppid-desk deadline`: compute a KIP deadline from the command line, one at a time or as a batch
// of JSON lines, on the shipped holiday calendar or an administrator's calendar file. The work is
// in runDeadline, which takes its streams as arguments so that tests call it directly.
import { readFile, stat } from 'node:fs/promises';
import { Command } from 'commander';
import { createCalendar, parseCalendarFile, SHIPPED_CALENDAR, type WorkingCalendar } from '../../../shared/domain/calendar';
import { CLOCK_IDS, ClockInputError, computeDeadline, DeadlineInput } from '../../../shared/domain/clocks';

export interface DeadlineOptions {
  clock?: string;
  from?: string;
  zone?: string;
  cutoff?: string;
  calendar?: string;
  batch?: boolean;
  /** Count cuti bersama as working days (offices that stay open on them). */
  cutiBersamaKerja?: boolean;
}

export interface DeadlineIo {
  /** Batch input: the whole text, or chunks of it (e.g. process.stdin with utf8 encoding). */
  stdin: AsyncIterable<string> | string;
  /** Called once per output JSON document, without a trailing newline. */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Input errors exit 2 (as in the other ppid-desk commands); 0 otherwise. */
const EXIT_OK = 0;
const EXIT_INPUT = 2;
/** A calendar file is a few KB; refuse anything that could not be one before reading it. */
const MAX_CALENDAR_BYTES = 2 * 1024 * 1024;

export async function runDeadline(opts: DeadlineOptions, io: DeadlineIo): Promise<number> {
  let calendar: WorkingCalendar;
  try {
    const data = opts.calendar ? await loadCalendarFile(opts.calendar) : SHIPPED_CALENDAR;
    calendar = createCalendar(data, { cutiBersamaIsDayOff: !opts.cutiBersamaKerja });
  } catch (error) {
    if (!(error instanceof ClockInputError)) throw error;
    io.stderr(error.message);
    return EXIT_INPUT;
  }

  if (opts.batch) {
    if (opts.from !== undefined) {
      io.stderr('Opsi --from tidak dipakai bersama --batch: tulis "from" di setiap baris JSON.');
      return EXIT_INPUT;
    }
    await runBatch(opts, io, calendar);
    // Bad lines are answered in-band ({"error": ...}) so that one typo does not stop a batch.
    return EXIT_OK;
  }

  if (opts.clock === undefined || opts.from === undefined) {
    io.stderr(
      `Opsi --clock dan --from wajib diisi, mis. ppid-desk deadline --clock request --from 2026-03-17T10:00:00+08:00. ` +
        `Jenis jangka waktu: ${CLOCK_IDS.join(', ')}.`,
    );
    return EXIT_INPUT;
  }
  const answer = computeOne({ clock: opts.clock, from: opts.from, zone: opts.zone, cutoff: opts.cutoff }, calendar);
  if ('error' in answer) {
    io.stderr(answer.error);
    return EXIT_INPUT;
  }
  io.stdout(JSON.stringify(answer.result, null, 2));
  return EXIT_OK;
}

async function runBatch(opts: DeadlineOptions, io: DeadlineIo, calendar: WorkingCalendar): Promise<void> {
  let lineNumber = 0;
  for await (const line of readLines(io.stdin)) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      io.stdout(JSON.stringify({ error: `Baris ${lineNumber}: bukan JSON yang sah.` }));
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      io.stdout(JSON.stringify({ error: `Baris ${lineNumber}: harus berupa objek JSON {clock, from, zone, cutoff}.` }));
      continue;
    }
    // --clock, --zone and --cutoff on the command line fill in what a line leaves out.
    const input = { clock: opts.clock, zone: opts.zone, cutoff: opts.cutoff, ...stripNulls(value) };
    const answer = computeOne(input, calendar);
    io.stdout(JSON.stringify('error' in answer ? { error: `Baris ${lineNumber}: ${answer.error}` } : answer.result));
  }
}

function computeOne(
  input: unknown,
  calendar: WorkingCalendar,
): { result: ReturnType<typeof computeDeadline> } | { error: string } {
  const parsed = DeadlineInput.safeParse(input);
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join(' ') };
  try {
    return { result: computeDeadline(parsed.data, calendar) };
  } catch (error) {
    if (error instanceof ClockInputError || error instanceof RangeError) return { error: error.message };
    return { error: `Kesalahan tak terduga: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A JSON line's explicit nulls mean "use the default", like an absent key. */
function stripNulls(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

async function loadCalendarFile(file: string) {
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > MAX_CALENDAR_BYTES) {
      throw new ClockInputError(`Berkas kalender "${file}" terlalu besar (${info.size} bita); paling besar 2 MB.`);
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ClockInputError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'berkas tidak ditemukan' : String(error);
    throw new ClockInputError(`Berkas kalender "${file}" tidak dapat dibaca: ${reason}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // Windows editors save a BOM.
  } catch (error) {
    throw new ClockInputError(`Berkas kalender "${file}" bukan JSON yang sah: ${(error as Error).message}`);
  }
  const parsed = parseCalendarFile(json);
  if (!parsed.ok) {
    throw new ClockInputError(`Berkas kalender "${file}" tidak sah:\n${parsed.errors.map((e) => `- ${e}`).join('\n')}`);
  }
  return parsed.value;
}

/** Lines of the input, whether it arrives whole or in chunks that cut lines anywhere. */
async function* readLines(source: AsyncIterable<string> | string): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield* source.split(/\r?\n/);
    return;
  }
  let pending = '';
  for await (const chunk of source) {
    pending += chunk;
    const parts = pending.split(/\r?\n/);
    pending = parts.pop() ?? '';
    yield* parts;
  }
  if (pending !== '') yield pending;
}

/**
 * The commander subcommand. `setExit` receives the exit code, as in the other ppid-desk commands
 * (main.ts returns it to bin.mjs, which sets process.exitCode last); without it the action sets
 * process.exitCode itself.
 */
export function deadlineCommand(setExit: (code: number) => void = (code) => (process.exitCode = code)): Command {
  return new Command('deadline')
    .description(
      'Hitung tenggat KIP dalam hari kerja (hari penerimaan = hari ke-0) dan cetak hasilnya sebagai JSON.',
    )
    .option('--clock <jenis>', `jenis jangka waktu: ${CLOCK_IDS.join(' | ')}`)
    .option('--from <waktu>', 'waktu mulai dengan offset (2026-03-17T10:00:00+08:00) atau tanggal (2026-03-17)')
    .option('--zone <iana>', 'zona waktu kantor (bawaan Asia/Makassar)')
    .option('--cutoff <JJ:MM>', 'batas jam layanan; sejak jam ini dihitung hari kerja berikutnya (bawaan 16:00)')
    .option('--calendar <berkas>', 'berkas JSON kalender hari libur pengganti kalender bawaan')
    .option('--cuti-bersama-kerja', 'hitung cuti bersama sebagai hari kerja')
    .option('--batch', 'baca baris JSON {clock, from, zone, cutoff} dari stdin; satu baris JSON per masukan')
    .configureOutput({
      // Commander's own parse errors are English; add the Indonesian pointer the officer needs.
      outputError: (str, write) => write(`${str}Perintah deadline tidak dijalankan: periksa opsinya (ppid-desk deadline --help).\n`),
    })
    // Parse errors (unknown option, missing value) throw a CommanderError instead of exiting, so
    // that main.ts turns them into exit 2 like every other input error. addCommand() does not pass
    // the program's exitOverride down to a subcommand, hence this line.
    .exitOverride()
    .action(async (options: DeadlineOptions) => {
      let stdin: AsyncIterable<string> | string = '';
      if (options.batch) {
        process.stdin.setEncoding('utf8');
        stdin = process.stdin;
      }
      setExit(
        await runDeadline(options, {
          stdin,
          stdout: (s) => process.stdout.write(`${s}\n`),
          stderr: (s) => process.stderr.write(`${s}\n`),
        }),
      );
    });
}
