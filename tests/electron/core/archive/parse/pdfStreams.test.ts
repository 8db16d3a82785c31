// Finding streams and their filters the loose way pdf.js reads a file: what a dictionary can say in
// more than one way, keywords inside text, damaged files.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hasZlibHeader, pdfStreams, readDictionary } from '../../../../../electron/core/archive/parse/pdfStreams';
import { onePagePdf } from '../../../../helpers/pdfBomb';

describe('stream dictionaries', () => {
  it.each([
    ['<</Length 10/Filter/FlateDecode>>', [['Fl']]],
    ['<</Filter /Fl /Length 3>>', [['Fl']]],
    ['<</Filter/FlateDecode/DecodeParms<</Columns 1>>>>', [['Fl']]],
    ['<</DecodeParms<</Columns 4>>/Filter/FlateDecode>>', [['Fl']]],
    ['<</Filter/FlateDecod#65>>', [['Fl']]],
    ['<</Filter[/AHx /FlateDecode]>>', [['AHx', 'Fl']]],
    ['<</Filter [ /ASCII85Decode /LZWDecode ] >>', [['A85', 'LZW']]],
    ['<</Filter/BrotliDecode>>', [['Br']]],
    ['<</Filter/DCTDecode>>', [['other']]],
    ['<</Length 5>>', []],
    ['<</FilterX/FlateDecode>>', []],
    // A decoy in a string does not hide the real filter; both are candidates.
    ['<</Filter/BrotliDecode/T(/Filter/DCTDecode)>>', [['Br']]],
    ['<</Filter/RunLengthDecode/Filter/LZW>>', [['RL'], ['LZW']]],
  ])('%s', (dict, chains) => {
    expect(readDictionary(dict).chains).toEqual(chains);
  });

  it('resolves an indirect /Filter from the file', () => {
    const file = '%PDF\n12 0 obj [/AHx /BrotliDecode] endobj\n2 0 obj /LZW endobj\n';
    expect(readDictionary('<</Filter 12 0 R>>', () => file).chains).toEqual([['AHx', 'Br']]);
    expect(readDictionary('<</Filter 2 0 R>>', () => file).chains).toEqual([['LZW']]);
    expect(readDictionary('<</Filter 7 0 R>>', () => file).chains).toEqual([]);
  });

  it('tells image XObjects apart (text extraction never decodes them)', () => {
    expect(readDictionary('<</Type/XObject/Subtype/Image/Width 10/Filter/FlateDecode>>').image).toBe(true);
    expect(readDictionary('<</Subtype /Imag#65/Filter/Fl>>').image).toBe(true);
    expect(readDictionary('<</Subtype/Form/Filter/Fl>>').image).toBe(false);
    expect(readDictionary('<</Subtype/ImageMask/Filter/Fl>>').image).toBe(false);
    expect(readDictionary('<</Filter/Fl/T(/Subtype/Image)>>').image).toBe(false);
  });

  it('notes predictors and EarlyChange', () => {
    expect(readDictionary('<</Filter/LZW/DecodeParms<</Predictor 12/Columns 5/EarlyChange 0>>>>')).toMatchObject({ predictor: true, earlyChange: 0 });
    expect(readDictionary('<</Filter/LZW/DecodeParms<</Predictor 1/EarlyChange 1>>>>')).toMatchObject({ predictor: false, earlyChange: 1 });
  });
});

describe('finding streams', () => {
  it('finds the content stream of a PDF with its data start and end', () => {
    const data = zlib.deflateSync(Buffer.from('BT (Halo) Tj ET'));
    const pdf = onePagePdf('/Filter/FlateDecode', data);
    const found = [...pdfStreams(pdf)];
    expect(found).toHaveLength(1);
    expect(pdf.subarray(found[0]!.start, found[0]!.end - 1).equals(data)).toBe(true);
    expect(found[0]!.chains).toEqual([['Fl']]);
  });

  it('measures data that starts with a zlib header as Flate whatever the dictionary says', () => {
    const pdf = onePagePdf('/Filter 99 0 R', zlib.deflateSync(Buffer.alloc(100)));
    expect([...pdfStreams(pdf)][0]!.chains).toEqual([['Fl']]);
    expect(hasZlibHeader(zlib.deflateSync(Buffer.alloc(1)), 0)).toBe(true);
    expect(hasZlibHeader(Buffer.from([0xff, 0xd8]), 0)).toBe(false);
  });

  it('does not take "upstream" or "endstream" for a stream keyword', () => {
    const pdf = onePagePdf('', Buffer.from('BT (the upstream river) Tj ET'));
    expect([...pdfStreams(pdf)]).toHaveLength(1);
  });

  it('a stream without endstream does not hide the one after it', () => {
    const first = onePagePdf('/Filter/FlateDecode', Buffer.from('0123456789'), { endstream: false });
    const second = onePagePdf('/Filter/BrotliDecode', zlib.brotliCompressSync(Buffer.alloc(1000)));
    const found = [...pdfStreams(Buffer.concat([first, second]))];
    expect(found.map((s) => s.chains)).toEqual([[['Fl']], [['Br']]]);
  });
});
