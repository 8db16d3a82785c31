// Indonesian syllable breaks for words wider than a table column, and the wrap that uses them.
import { describe, expect, it } from 'vitest';
import { hyphenBreaks } from '../../../../electron/core/documents/pdf/hyphen';
import { wrapRuns } from '../../../../electron/core/documents/pdf/wrap';

const syllables = (word: string) => {
  const out: string[] = [];
  let last = 0;
  for (const b of [...hyphenBreaks(word), word.length]) {
    out.push(word.slice(last, b));
    last = b;
  }
  return out.join('-');
};

describe('hyphenBreaks', () => {
  it('breaks at Indonesian syllables, keeping ng, ny, kh, sy and diphthongs whole', () => {
    expect(syllables('transparansi')).toBe('tran-spa-ran-si');
    expect(syllables('pengadaan')).toBe('pe-nga-da-an');
    expect(syllables('menyampaikan')).toBe('me-nyam-pai-kan');
    expect(syllables('masyarakat')).toBe('ma-sya-ra-kat');
    expect(syllables('instrumen')).toBe('in-stru-men');
    expect(syllables('Kominfo')).toBe('Ko-min-fo');
  });

  it('never leaves one letter alone and leaves numbers, addresses and short words unbroken', () => {
    expect(syllables('aman')).toBe('aman');
    expect(hyphenBreaks('ppid@kaltimprov.go.id')).toEqual([]);
    expect(hyphenBreaks('001/PPID/XI/2026')).toEqual([]);
    expect(hyphenBreaks('1234567890')).toEqual([]);
  });
});

describe('wrapRuns with a narrow column', () => {
  const text = (lines: ReturnType<typeof wrapRuns>) => lines.map((l) => l.words.map((w) => w.pieces.map((p) => p.text).join('')).join(' '));

  it('moves whole words to the next line and hyphenates only a word wider than the column, at a syllable', () => {
    // "Informasi" and "anggaran" fit 40 pt at 9 pt and stay whole; "transparansi" does not and is
    // broken after "tran-spa", never mid-syllable.
    expect(text(wrapRuns([{ text: 'Informasi transparansi anggaran' }], 9, 40))).toEqual(['Informasi', 'transpa-', 'ransi', 'anggaran']);
    for (const l of wrapRuns([{ text: 'Informasi transparansi anggaran' }], 9, 40)) expect(l.naturalWidth).toBeLessThanOrEqual(40.01);
  });

  it('still cuts an e-mail address by character, without a hyphen', () => {
    const lines = text(wrapRuns([{ text: 'ppid@kaltimprov.go.id' }], 9, 40));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('ppid@kaltimprov.go.id');
  });
});
