import { PassThrough } from 'node:stream';
import type { TerminalIO } from '../../electron/cli/passphrase';

/** A terminal: `keys` are what the officer types; `shown()` is everything written to the screen. */
export function fakeTerminal(keys: string[]): TerminalIO & { input: PassThrough; shown: () => string; rawModes: boolean[] } {
  const input = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[] });
  const setRawMode = (mode: boolean) => void input.rawModes.push(mode);
  Object.assign(input, { setRawMode });
  let screen = '';
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));
  for (const k of keys) input.write(Buffer.from(k, 'utf8'));
  return { input, output, shown: () => screen, rawModes: input.rawModes };
}
