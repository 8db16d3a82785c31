// A decompression-bomb PDF, built without ever holding the inflated bytes: one page whose content
// stream is `inflatedMb` MB of zeros deflated (1 GB -> about 1 MB).
import zlib from 'node:zlib';

async function deflatedZeros(inflatedMb: number): Promise<Buffer> {
  const deflate = zlib.createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < inflatedMb; i++) {
    if (!deflate.write(mb)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

export async function makePdfBomb(inflatedMb: number): Promise<Buffer> {
  const data = await deflatedZeros(inflatedMb);
  const head = Buffer.from(
    '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
      '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>> endobj\n' +
      `4 0 obj <</Length ${data.length}/Filter/FlateDecode>> stream\n`,
    'latin1',
  );
  const tail = Buffer.from('\nendstream endobj\ntrailer <</Root 1 0 R/Size 5>>\n%%EOF\n', 'latin1');
  return Buffer.concat([head, data, tail]);
}
