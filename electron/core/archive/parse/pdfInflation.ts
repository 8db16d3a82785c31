// A PDF's Flate streams are inflated here first, with zlib's output cap, before pdf.js sees the
// file: pdf.js inflates into buffers that --max-old-space-size does not bound (a 1 MB PDF whose
// stream inflates to 1 GB peaked at 2.45 GB; a 4 MB one at 6.67 GB). A file whose streams inflate
// past the cap is refused as a decompression bomb. Reading real scanned reports stays far below it.
import zlib from 'node:zlib';

/** All Flate streams of one PDF together may inflate to at most this. */
export const MAX_PDF_INFLATED_BYTES = 200 * 1024 * 1024;

export interface InflationCheck {
  ok: boolean;
  inflatedBytes: number;
  streams: number;
}

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');

/** Inflates every FlateDecode-looking stream against the remaining budget; stops at the first that passes it. */
export function checkPdfInflation(bytes: Uint8Array, cap = MAX_PDF_INFLATED_BYTES): InflationCheck {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let streams = 0;
  let from = 0;
  for (;;) {
    const at = buf.indexOf(STREAM, from);
    if (at < 0) break;
    // "endstream" also contains "stream": skip it.
    if (at >= 3 && buf.subarray(at - 3, at).toString('latin1') === 'end') {
      from = at + STREAM.length;
      continue;
    }
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start += 1;
    if (buf[start] === 0x0a) start += 1;
    const end = buf.indexOf(END, start);
    if (end < 0) break;
    from = end + END.length;
    // The dictionary before the keyword says which filter; look back a little for /FlateDecode.
    const dict = buf.subarray(Math.max(0, at - 1024), at).toString('latin1');
    const lastDict = dict.slice(dict.lastIndexOf('<<'));
    if (!/\/FlateDecode|\/Fl\b/.test(lastDict)) continue;
    streams += 1;
    const remaining = cap - total;
    try {
      total += zlib.inflateSync(buf.subarray(start, end), { maxOutputLength: Math.max(1, remaining) }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        return { ok: false, inflatedBytes: cap, streams };
      }
      // A damaged or truncated stream: pdf.js decides what it can read of it; what it did inflate
      // before the damage is not counted here, and pdf.js stops at the same damage.
    }
    if (total >= cap) return { ok: false, inflatedBytes: total, streams };
  }
  return { ok: true, inflatedBytes: total, streams };
}
