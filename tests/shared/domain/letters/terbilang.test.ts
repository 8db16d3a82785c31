import { describe, expect, it } from 'vitest';
import { terbilang } from '../../../../shared/domain/letters/terbilang';

describe('terbilang', () => {
  it('writes numbers as Indonesian letters do', () => {
    const cases: Array<[number, string]> = [
      [0, 'nol'],
      [1, 'satu'],
      [5, 'lima'],
      [10, 'sepuluh'],
      [11, 'sebelas'],
      [12, 'dua belas'],
      [19, 'sembilan belas'],
      [30, 'tiga puluh'],
      [99, 'sembilan puluh sembilan'],
      [100, 'seratus'],
      [115, 'seratus lima belas'],
      [1000, 'seribu'],
      [1500, 'seribu lima ratus'],
      [12500, 'dua belas ribu lima ratus'],
      [150000, 'seratus lima puluh ribu'],
      [1_000_000, 'satu juta'],
      [2_345_678, 'dua juta tiga ratus empat puluh lima ribu enam ratus tujuh puluh delapan'],
      [1_000_000_000, 'satu miliar'],
    ];
    for (const [n, words] of cases) expect(terbilang(n)).toBe(words);
  });
});
