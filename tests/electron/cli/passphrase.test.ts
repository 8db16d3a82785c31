// Typing the passphrase: nothing typed is echoed, editing keys work, Ctrl+C cancels, and a new
// passphrase must be typed twice alike and be long enough.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askPassphrase, canPrompt, readHidden } from '../../../electron/cli/passphrase';
import { fakeTerminal } from '../../helpers/terminal';

describe('readHidden', () => {
  it('reads a line in raw mode without echoing it, with Backspace, Ctrl+U and arrow keys', async () => {
    const t = fakeTerminal(['salah\u0015kuda ', 'lumpinx\u007fg\u001b[D\u001b[3~ é\r']);
    const typed = await readHidden('Frasa sandi arsip: ', t);
    expect(typed).toBe('kuda lumping é');
    expect(t.shown()).toBe('Frasa sandi arsip: \n');
    expect(t.rawModes).toEqual([true, false]);
  });

  it('keeps what was typed ahead for the next question, and joins a character split over two reads', async () => {
    const euro = Buffer.from('€', 'utf8');
    const t = fakeTerminal([]);
    t.input.write(Buffer.concat([Buffer.from('satu dua'), euro.subarray(0, 1)]));
    t.input.write(Buffer.concat([euro.subarray(1), Buffer.from('\r\ntiga\r')]));
    expect(await readHidden('a: ', t)).toBe('satu dua€');
    expect(await readHidden('b: ', t)).toBe('tiga');
  });

  it('Ctrl+C, or Ctrl+D on an empty line, cancels in Indonesian and leaves raw mode', async () => {
    const c = fakeTerminal(['abc\u0003']);
    await expect(readHidden('x: ', c)).rejects.toThrow(/Dibatalkan; tidak ada yang diubah/);
    expect(c.rawModes).toEqual([true, false]);
    await expect(readHidden('x: ', fakeTerminal(['\u0004']))).rejects.toThrow(/Dibatalkan/);
  });

  it('only a terminal can be asked', () => {
    expect(canPrompt(fakeTerminal([]))).toBe(true);
    expect(canPrompt({ input: new PassThrough(), output: new PassThrough() })).toBe(false);
  });
});

describe('askPassphrase', () => {
  it('a new passphrase is typed twice and must match; warns that a lost key is lost data', async () => {
    const t = fakeTerminal(['pesut mahakam\rpesut mahakam\r']);
    expect((await askPassphrase(t, { confirm: true })).toString('utf8')).toBe('pesut mahakam');
    expect(t.shown()).toMatch(/KUNCI HILANG = DATA HILANG/);
    expect(t.shown()).not.toMatch(/pesut/);
    await expect(askPassphrase(fakeTerminal(['pesut mahakam\rpesut mahakan\r']), { confirm: true })).rejects.toThrow(/tidak sama/);
    await expect(askPassphrase(fakeTerminal(['pendek\r']), { confirm: true })).rejects.toThrow(/minimal 8 karakter/);
  });

  it('an existing passphrase is asked once', async () => {
    const t = fakeTerminal(['rahasia kantor\r']);
    expect((await askPassphrase(t, { confirm: false })).toString('utf8')).toBe('rahasia kantor');
    expect(t.shown()).toBe('Frasa sandi arsip: \n');
  });
});
