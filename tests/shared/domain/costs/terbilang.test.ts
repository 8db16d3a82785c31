// Amounts in words as a kuitansi writes them: the irregular forms (sebelas, seratus, seribu) and
// the scales, each checked against the figures a reader would compare them with.
import { describe, expect, it } from 'vitest';
import { terbilang, terbilangRupiah } from '../../../../shared/domain/costs';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [7, 'tujuh'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [15, 'lima belas'],
    [20, 'dua puluh'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [110, 'seratus sepuluh'],
    [500, 'lima ratus'],
    [1000, 'seribu'],
    [1500, 'seribu lima ratus'],
    [11_000, 'sebelas ribu'],
    [12_500, 'dua belas ribu lima ratus'],
    [100_000, 'seratus ribu'],
    [101_001, 'seratus satu ribu satu'],
    [1_000_000, 'satu juta'],
    [2_005_000, 'dua juta lima ribu'],
    [1_000_000_000, 'satu miliar'],
  ])('%d → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('ends in rupiah', () => {
    expect(terbilangRupiah(12_500)).toBe('dua belas ribu lima ratus rupiah');
  });
});
