// A PDF's compressed streams are decoded here first, counting bytes against a cap, before pdf.js
// sees the file: pdf.js decodes into buffers that --max-old-space-size does not bound (a 1 MB PDF
// whose stream inflates to 1 GB peaked at 2.45 GB; a 4 MB one at 6.67 GB; a 1.9 KB Brotli one at
// 2.2 GB). A file whose streams together expand past the cap is refused as a decompression bomb.
// Decoding streams, nothing is kept: memory stays at a few chunks whatever the stream claims.
// This is the early, cheap refusal; the parse child's RSS cap (pool.ts) is the bound for what it
// cannot see (streams of an encrypted PDF, dictionaries it cannot read).
import zlib from 'node:zlib';
import { decoder, type FilterName } from './pdfFilters';
import { pdfStreams, type PdfStream } from './pdfStreams';

/** All streams of one PDF together may decode to at most this (every stage of a filter chain counts: pdf.js keeps each). */
export const MAX_PDF_INFLATED_BYTES = 200 * 1024 * 1024;

export interface InflationCheck {
  ok: boolean;
  inflatedBytes: number;
  /** Streams with at least one filter that expands its data. */
  streams: number;
}

/** Single Flate streams below this are inflated in one synchronous call (most streams of a real PDF). */
const SYNC_LIMIT = 8 * 1024 * 1024;

/** Bytes the chain produces from data, counting every stage; stops just past budget. A decoder error ends that stage, as it does in pdf.js. */
function decodedSize(data: Buffer, chain: FilterName[], stream: PdfStream, budget: number): Promise<number> {
  // An image filter ends what text extraction decodes.
  const other = chain.indexOf('other');
  let stages = (other < 0 ? chain : chain.slice(0, other)) as Exclude<FilterName, 'other'>[];
  // After a decompressor with a predictor the next filter sees other bytes than these: stop there.
  const predicted = stream.predictor ? stages.findIndex((f) => f === 'Fl' || f === 'LZW') : -1;
  if (predicted >= 0) stages = stages.slice(0, predicted + 1);
  if (stages.length === 0) return Promise.resolve(0);

  if (stages.length === 1 && stages[0] === 'Fl') {
    const limit = Math.min(budget + 1, SYNC_LIMIT);
    try {
      return Promise.resolve(zlib.inflateSync(data, { maxOutputLength: limit, finishFlush: zlib.constants.Z_SYNC_FLUSH }).length);
    } catch (error) {
      if (error instanceof RangeError && limit === budget + 1) return Promise.resolve(limit);
      // Larger, damaged or with a bad checksum: measured below, chunk by chunk.
    }
  }

  return new Promise((resolve) => {
    const streams = stages.map((f) => decoder(f, stream.earlyChange));
    let produced = 0;
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      for (const s of streams) s.destroy();
      resolve(produced);
    };
    streams.forEach((s, i) => {
      const next = streams[i + 1];
      s.on('data', (chunk: Buffer) => {
        produced += chunk.length;
        if (produced > budget) done();
      });
      if (next) {
        s.pipe(next);
        s.on('error', () => next.end());
      } else {
        s.on('end', done);
        s.on('error', done);
      }
    });
    streams[0]!.end(data);
  });
}

/** Decodes every stream against the remaining budget (the largest reading of an ambiguous dictionary counts); stops at the first that passes it. */
export async function checkPdfInflation(bytes: Uint8Array, cap = MAX_PDF_INFLATED_BYTES): Promise<InflationCheck> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let streams = 0;
  for (const stream of pdfStreams(buf)) {
    if (stream.chains.length === 0) continue;
    streams += 1;
    const data = buf.subarray(stream.start, stream.end);
    let largest = 0;
    for (const chain of stream.chains) largest = Math.max(largest, await decodedSize(data, chain, stream, cap - total));
    total += largest;
    if (total > cap) return { ok: false, inflatedBytes: total, streams };
  }
  return { ok: true, inflatedBytes: total, streams };
}
