// A signature block with a second signer on the left (receipts: petugas penerima | pemohon): both
// names on one baseline however many lines each head wraps to, the block whole on one page.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../electron/core/documents/model';
import { layoutDocument } from '../../../../electron/core/documents/pdf/render';
import { letterSpec } from './specs';

const block: Block = {
  type: 'signature',
  placeDate: 'Tenggarong, 23 November 2026',
  titleLines: ['Kuasa Pemohon Informasi', 'a.n. Yayasan Lembaga Bantuan Hukum Mahakam Kutai Kartanegara,'],
  name: 'Andi Saputra, S.H.',
  left: { titleLines: ['Petugas Pelayanan Informasi', '(Penerima Permohonan),'], name: 'Rudi Hartono', nip: 'NIP. 19800101 200501 1 001' },
};

function textOps(blocks: Block[]) {
  const layout = layoutDocument({ ...letterSpec(), blocks });
  return layout.pages.map((ops) => ops.flatMap((op) => (op.kind === 'text' ? [op] : [])));
}

describe('signature block with two signers', () => {
  it('sets both names level, the petugas on the left half and the pemohon on the right', () => {
    const [page] = textOps([block]);
    const find = (word: string) => page!.find((op) => op.text.includes(word))!;
    expect(find('Rudi').y).toBe(find('Andi').y);
    expect(find('Rudi').x).toBeLessThan(find('Andi').x);
    expect(find('19800101').y).toBeGreaterThan(find('Rudi').y);
    // The right head wraps to more lines than the left one; the left head starts level with it.
    expect(find('Petugas').y).toBe(find('Tenggarong').y);
  });

  it('moves the whole block, both signers, to the next page rather than splitting it', () => {
    const filler: Block[] = Array.from({ length: 40 }, () => ({ type: 'paragraph', runs: [{ text: 'Baris isi surat yang cukup panjang untuk mengisi halaman.' }] }));
    const pages = textOps([...filler, block]);
    const pageOf = (word: string) => pages.findIndex((ops) => ops.some((op) => op.text.includes(word)));
    const last = pages.length - 1;
    expect(last).toBeGreaterThan(0);
    for (const word of ['Tenggarong', 'Petugas', 'Rudi', 'Andi', '19800101']) expect(pageOf(word)).toBe(last);
  });
});
