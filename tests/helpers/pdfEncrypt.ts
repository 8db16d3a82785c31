// A PDF encrypted the old standard way (RC4 40-bit, revision 2, PDF 32000-1 §7.6.3) with an empty
// user password: every reader, pdf.js included, opens it without asking, so its streams are
// decoded, but their bytes on disk are RC4 noise. A bomb inside is invisible to the inflation check
// and must be stopped by the parse child's RSS cap.
import crypto from 'node:crypto';
import { onePagePdf } from './pdfBomb';

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.allocUnsafe(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]) => crypto.createHash('md5').update(Buffer.concat(parts)).digest();

/** onePagePdf with its content stream (object 4) encrypted; `entries` describe the plain data (e.g. its /Filter). */
export function encryptedOnePagePdf(entries: string, plain: Buffer): Buffer {
  const id = Buffer.from('70706964206465736b20756a69202121', 'hex');
  const p = Buffer.alloc(4);
  p.writeInt32LE(-4);
  // Owner and user password both empty (Algorithms 2-4 of §7.6.3.4, revision 2).
  const owner = rc4(md5(PAD).subarray(0, 5), PAD);
  const fileKey = md5(PAD, owner, p, id).subarray(0, 5);
  const user = rc4(fileKey, PAD);
  const objectKey = md5(fileKey, Buffer.from([4, 0, 0, 0, 0])).subarray(0, 10);
  return onePagePdf(entries, rc4(objectKey, plain), {
    before: `5 0 obj <</Filter/Standard/V 1/R 2/O<${owner.toString('hex')}>/U<${user.toString('hex')}>/P -4>> endobj\n`,
    trailer: `/Encrypt 5 0 R/ID[<${id.toString('hex')}><${id.toString('hex')}>]`,
  });
}
