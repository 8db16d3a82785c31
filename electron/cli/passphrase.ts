// The archive's passphrase typed at a terminal (CLI and browser host), never echoed and never in
// the shell's history or the process list, unlike a --passphrase argument would be. Used only when
// stdin is a terminal and no key file was given; scripts use --key-file or PPID_KEY_FILE.
import { StringDecoder } from 'node:string_decoder';
import { AppError } from '../core/errors';

export interface TerminalIO {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  output: NodeJS.WritableStream;
}

export const processTerminal = (): TerminalIO => ({ input: process.stdin, output: process.stderr });

/** True when a person can be asked: stdin is a terminal. */
export const canPrompt = (io: TerminalIO): boolean => io.input.isTTY === true && typeof io.input.setRawMode === 'function';

const CANCELLED = 'Dibatalkan; tidak ada yang diubah.';

/**
 * Reads one line without echo (raw mode): Enter ends it, Backspace deletes, Ctrl+U clears,
 * Ctrl+C (or Ctrl+D on an empty line) cancels. Escape sequences (arrow keys) are ignored.
 */
export function readHidden(question: string, io: TerminalIO): Promise<string> {
  const { input, output } = io;
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder('utf8'); // a character may arrive split over two reads
    let typed: string[] = [];
    let inEscape = false;
    const finish = (rest: string, error?: AppError) => {
      input.off('data', onData);
      // Typed ahead (e.g. the confirmation pasted with the first line): left for the next read.
      if (rest) input.unshift(Buffer.from(rest, 'utf8'));
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(typed.join('').normalize('NFC'));
    };
    const onData = (chunk: Buffer | string) => {
      const chars = [...(typeof chunk === 'string' ? chunk : decoder.write(chunk))];
      for (let i = 0; i < chars.length; i += 1) {
        const ch = chars[i]!;
        const rest = () => chars.slice(i + 1).join('');
        if (inEscape) {
          // CSI sequences end with a letter or '~' (ESC [ A, ESC [ 3 ~); ESC O x likewise.
          if (/[A-Za-z~]/.test(ch) && ch !== 'O') inEscape = false;
          continue;
        }
        if (ch === '\r' || ch === '\n') {
          if (ch === '\r' && chars[i + 1] === '\n') i += 1; // CRLF from a paste
          return finish(rest());
        }
        if (ch === '\u0003') return finish('', new AppError('precondition', CANCELLED));
        if (ch === '\u0004') {
          if (typed.length === 0) return finish('', new AppError('precondition', CANCELLED));
          continue;
        }
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else if (ch === '\u0015') typed = [];
        else if (ch === '\u001b') inEscape = true;
        else if (ch >= ' ') typed.push(ch);
      }
    };
    input.setRawMode?.(true);
    output.write(question);
    input.on('data', onData);
    input.resume();
  });
}

/**
 * The passphrase of an encrypted archive; `confirm` (a new passphrase, for `encrypt`) asks twice.
 * Returned as UTF-8 bytes: the same bytes a key file holding that passphrase gives.
 */
export async function askPassphrase(io: TerminalIO, options: { confirm: boolean }): Promise<Buffer> {
  if (options.confirm) {
    io.output.write('Frasa sandi baru untuk arsip. KUNCI HILANG = DATA HILANG: tidak ada cara lain membuka arsip tanpanya.\n');
  }
  const first = await readHidden(options.confirm ? 'Frasa sandi baru (minimal 8 karakter): ' : 'Frasa sandi arsip: ', io);
  if (options.confirm) {
    if ([...first].length < 8) throw new AppError('invalid_input', 'Frasa sandi terlalu pendek: minimal 8 karakter (lebih baik 4 kata atau lebih). Tidak ada yang diubah.');
    const again = await readHidden('Ketik sekali lagi: ', io);
    if (again !== first) throw new AppError('invalid_input', 'Kedua frasa sandi tidak sama. Tidak ada yang diubah; jalankan lagi.');
  }
  return Buffer.from(first, 'utf8');
}
