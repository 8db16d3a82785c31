// Decompression-bomb PDFs, built without ever holding the inflated bytes: one page whose content
// stream is `inflatedMb` MB of zeros compressed (1 GB -> about 1 MB deflated, a few hundred bytes
// with Brotli), plus the variants a bomb can hide behind (see pdfEncode.ts for the other filters).
import zlib from 'node:zlib';

async function compressedZeros(inflatedMb: number, stream: zlib.Deflate | zlib.BrotliCompress): Promise<Buffer> {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < inflatedMb; i++) {
    if (!stream.write(mb)) await new Promise((r) => stream.once('drain', r));
  }
  stream.end();
  await done;
  return Buffer.concat(chunks);
}

export function deflatedZeros(inflatedMb: number): Promise<Buffer> {
  return compressedZeros(inflatedMb, zlib.createDeflate({ level: 9 }));
}

export function brotliZeros(inflatedMb: number): Promise<Buffer> {
  return compressedZeros(inflatedMb, zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }));
}

/**
 * A one-page PDF (Helvetica as F1) whose content stream is `data` under the dictionary entries
 * `entries` (e.g. '/Filter/FlateDecode'); `before` goes in front of the objects (e.g. an object
 * an indirect /Filter points to), `endstream: false` leaves the keyword out like a damaged file,
 * `trailer` adds trailer entries (e.g. /Encrypt).
 */
export function onePagePdf(entries: string, data: Buffer, opts: { before?: string; endstream?: boolean; trailer?: string } = {}): Buffer {
  const head = Buffer.from(
    '%PDF-1.4\n' +
      (opts.before ?? '') +
      '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
      '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R' +
      '/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>> endobj\n' +
      `4 0 obj <</Length ${data.length}${entries}>> stream\n`,
    'latin1',
  );
  const tail = Buffer.from(`\n${opts.endstream === false ? '' : 'endstream '}endobj\ntrailer <</Root 1 0 R/Size 6${opts.trailer ?? ''}>>\n%%EOF\n`, 'latin1');
  return Buffer.concat([head, data, tail]);
}

export async function makePdfBomb(inflatedMb: number): Promise<Buffer> {
  return onePagePdf('/Filter/FlateDecode', await deflatedZeros(inflatedMb));
}

/**
 * A scan-like PDF: `pages` pages, each drawing its own 8-bit grey image of `imageMb` MB (Flate)
 * under one line of text. Text extraction never decodes the images.
 */
export async function scannedPdf(pages: number, imageMb: number): Promise<Buffer> {
  const image = await deflatedZeros(imageMb);
  const side = Math.floor(Math.sqrt(imageMb * 1024 * 1024));
  const parts: Buffer[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${10 + i * 3} 0 R`).join(' ');
  parts.push(Buffer.from(`%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[${kids}]/Count ${pages}>> endobj\n`, 'latin1'));
  for (let i = 0; i < pages; i++) {
    const [page, content, img] = [10 + i * 3, 11 + i * 3, 12 + i * 3];
    const text = Buffer.from(`q 612 0 0 792 0 0 cm /Im1 Do Q BT /F1 12 Tf 50 700 Td (Pindaian halaman ${i + 1}) Tj ET`, 'latin1');
    parts.push(
      Buffer.from(
        `${page} 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents ${content} 0 R` +
          `/Resources<</XObject<</Im1 ${img} 0 R>>/Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>> endobj\n` +
          `${content} 0 obj <</Length ${text.length}>> stream\n`,
        'latin1',
      ),
      text,
      Buffer.from(
        `\nendstream endobj\n${img} 0 obj <</Type/XObject/Subtype/Image/Width ${side}/Height ${side}/ColorSpace/DeviceGray` +
          `/BitsPerComponent 8/Length ${image.length}/Filter/FlateDecode>> stream\n`,
        'latin1',
      ),
      image,
      Buffer.from('\nendstream endobj\n', 'latin1'),
    );
  }
  parts.push(Buffer.from(`trailer <</Root 1 0 R/Size ${10 + pages * 3}>>\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
