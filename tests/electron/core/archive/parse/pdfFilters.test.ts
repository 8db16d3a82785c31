// The decoders the inflation check measures with must read a stream as pdf.js does: every encoding
// here is first read by pdf.js itself (a page whose text only comes out if pdf.js decoded it), then
// by our decoder, which must give back the same bytes.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decoder, type FilterName } from '../../../../../electron/core/archive/parse/pdfFilters';
import { parsePdf } from '../../../../../electron/core/archive/parse/pdf';
import { onePagePdf } from '../../../../helpers/pdfBomb';
import { ascii85Encode, asciiHexEncode, lzwEncode, runLengthEncode } from '../../../../helpers/pdfEncode';

type Decodable = Exclude<FilterName, 'other'>;

const encoders: Record<Decodable, (b: Buffer) => Buffer> = {
  Fl: (b) => zlib.deflateSync(b),
  Br: (b) => zlib.brotliCompressSync(b),
  LZW: lzwEncode,
  AHx: asciiHexEncode,
  A85: ascii85Encode,
  RL: runLengthEncode,
};
const pdfNames: Record<Decodable, string> = { Fl: 'FlateDecode', Br: 'BrotliDecode', LZW: 'LZWDecode', AHx: 'ASCIIHexDecode', A85: 'ASCII85Decode', RL: 'RunLengthDecode' };

/** A content stream long enough to fill LZW's dictionary and to have runs and zero groups. */
function contentStream(): Buffer {
  const lines = ['BT /F1 10 Tf 40 760 Td'];
  for (let i = 0; i < 2500; i++) lines.push(`(Baris ${i} informasi publik ${(i * 7919) % 1000}) Tj 0 -0.3 Td`);
  lines.push('(akhir-isi-halaman) Tj ET');
  return Buffer.concat([Buffer.from(lines.join('\n'), 'latin1'), Buffer.from('\n%'), Buffer.alloc(4000, 0x20), Buffer.alloc(9, 0)]);
}

function decode(filters: Decodable[], data: Buffer): Promise<Buffer> {
  const stages = filters.map((f) => decoder(f));
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    stages.forEach((s, i) => {
      s.on('error', reject);
      if (i + 1 < stages.length) s.pipe(stages[i + 1]!);
    });
    const last = stages[stages.length - 1]!;
    last.on('data', (c: Buffer) => chunks.push(c));
    last.on('end', () => resolve(Buffer.concat(chunks)));
    stages[0]!.end(data);
  });
}

function encode(filters: Decodable[], content: Buffer): Buffer {
  // A chain is applied in order when decoding, so the last filter encodes first.
  return filters.reduceRight((data, f) => encoders[f](data), content);
}

const chains: Decodable[][] = [['Fl'], ['Br'], ['LZW'], ['AHx'], ['A85'], ['RL'], ['AHx', 'Fl'], ['A85', 'LZW'], ['Fl', 'Fl'], ['RL', 'Br']];

describe('PDF filter decoders', () => {
  it.each(chains.map((c) => [c.join('+'), c] as const))('%s: pdf.js reads the stream, and our decoder gives back the same bytes', async (_label, chain) => {
    const content = contentStream();
    const data = encode(chain, content);
    const pdf = onePagePdf(`/Filter[${chain.map((f) => `/${pdfNames[f]}`).join(' ')}]`, data);
    const read = await parsePdf(pdf);
    expect(read.status === 'ok' && read.text).toContain('akhir-isi-halaman');
    expect(read.status === 'ok' && read.text).toContain('Baris 2499 informasi publik');
    expect((await decode(chain, data)).equals(content)).toBe(true);
  }, 30_000);

  it('LZW with EarlyChange 0 is not read as EarlyChange 1', async () => {
    const data = lzwEncode(contentStream());
    const wrong = await decode(['LZW'], data);
    const stage = decoder('LZW', 0);
    const chunks: Buffer[] = [];
    stage.on('data', (c: Buffer) => chunks.push(c));
    await new Promise((r) => stage.on('end', r).end(data));
    expect(wrong.equals(contentStream())).toBe(true);
    expect(Buffer.concat(chunks).equals(contentStream())).toBe(false);
  });

  it('a truncated or damaged stream gives what came before the damage, as pdf.js does', async () => {
    const content = contentStream();
    const flate = zlib.deflateSync(content);
    const cut = flate.subarray(0, flate.length >> 1);
    const partial = await decode(['Fl'], cut);
    expect(partial.length).toBeGreaterThan(content.length / 4);
    expect(content.subarray(0, partial.length).equals(partial)).toBe(true);
    // ASCIIHex ends at '>', whatever follows.
    expect((await decode(['AHx'], Buffer.from('48 61 6c 6F>4142'))).toString()).toBe('Halo');
    // An odd digit before '>' counts as its high nibble.
    expect([...(await decode(['AHx'], Buffer.from('414>')))]).toEqual([0x41, 0x40]);
  });
});
