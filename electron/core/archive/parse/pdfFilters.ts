// Streaming decoders for the PDF filters pdf.js can chain in front of or behind a compressor, so
// that pdfInflation.ts can measure what a stream expands to without holding the result: zlib for
// Flate and Brotli, and small transforms here for LZW, ASCIIHex, ASCII85 and RunLength. They follow
// pdf.js's own decoders (node_modules/unpdf/dist/pdfjs.mjs: LZWStream, AsciiHexStream,
// Ascii85Stream, RunLengthStream), which is what a bomb has to get past.
import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

/** The filters measured; 'other' (DCT, JPX, CCITT, JBIG2: images, which text extraction does not decode) ends a chain. */
export type FilterName = 'Fl' | 'Br' | 'LZW' | 'AHx' | 'A85' | 'RL' | 'other';

const NAMES: Record<string, FilterName> = {
  Fl: 'Fl',
  FlateDecode: 'Fl',
  BrotliDecode: 'Br',
  LZW: 'LZW',
  LZWDecode: 'LZW',
  AHx: 'AHx',
  ASCIIHexDecode: 'AHx',
  A85: 'A85',
  ASCII85Decode: 'A85',
  RL: 'RL',
  RunLengthDecode: 'RL',
};

export function filterName(pdfName: string): FilterName {
  return NAMES[pdfName] ?? 'other';
}

const CHUNK = 64 * 1024;

/** Collects output bytes and pushes them in chunks. */
abstract class ByteTransform extends Transform {
  private out = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  protected finished = false;

  protected put(byte: number): void {
    this.out[this.used++] = byte;
    if (this.used === CHUNK) this.flushOut();
  }

  protected flushOut(): void {
    if (this.used === 0) return;
    this.push(Buffer.from(this.out.subarray(0, this.used)));
    this.used = 0;
  }

  protected abstract decodeChunk(chunk: Buffer): void;
  protected finishDecoding(): void {}

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.finished) this.decodeChunk(chunk);
    this.flushOut();
    cb();
  }

  override _flush(cb: TransformCallback): void {
    this.finishDecoding();
    this.flushOut();
    cb();
  }
}

/** LZWDecode as pdf.js reads it: 9–12-bit codes, 256 clears, 257 ends, EarlyChange 1 unless set to 0. */
class LzwDecode extends ByteTransform {
  private readonly values = new Uint8Array(4096);
  private readonly lengths = new Uint16Array(4096);
  private readonly prevCodes = new Uint16Array(4096);
  private readonly seq = new Uint8Array(4096);
  private seqLength = 0;
  private prevCode = 0;
  private nextCode = 258;
  private codeLength = 9;
  private cache = 0;
  private bits = 0;

  constructor(private readonly earlyChange: 0 | 1) {
    super();
    for (let i = 0; i < 256; i++) {
      this.values[i] = i;
      this.lengths[i] = 1;
    }
  }

  protected decodeChunk(chunk: Buffer): void {
    for (const byte of chunk) {
      this.cache = ((this.cache & 0xfff) << 8) | byte;
      this.bits += 8;
      while (this.bits >= this.codeLength && !this.finished) {
        this.bits -= this.codeLength;
        this.code((this.cache >>> this.bits) & ((1 << this.codeLength) - 1));
      }
      if (this.finished) return;
    }
  }

  private code(code: number): void {
    const hadSequence = this.seqLength > 0;
    if (code < 256) {
      this.seq[0] = code;
      this.seqLength = 1;
    } else if (code >= 258) {
      if (code < this.nextCode) {
        this.seqLength = this.lengths[code]!;
        for (let j = this.seqLength - 1, q = code; j >= 0; j--) {
          this.seq[j] = this.values[q]!;
          q = this.prevCodes[q]!;
        }
      } else {
        this.seq[this.seqLength++] = this.seq[0]!;
      }
    } else if (code === 256) {
      this.codeLength = 9;
      this.nextCode = 258;
      this.seqLength = 0;
      return;
    } else {
      this.finished = true;
      return;
    }
    if (hadSequence) {
      const next = this.nextCode;
      this.prevCodes[next] = this.prevCode;
      this.lengths[next] = this.lengths[this.prevCode]! + 1;
      this.values[next] = this.seq[0]!;
      this.nextCode = next + 1;
      const n = this.nextCode + this.earlyChange;
      if ((n & (n - 1)) === 0) this.codeLength = Math.min(Math.log2(n) + 1, 12) | 0;
    }
    this.prevCode = code;
    for (let a = 0; a < this.seqLength; a++) this.put(this.seq[a] ?? 0);
  }
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c & 15;
  if ((c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) return (c & 15) + 9;
  return -1;
}

/** ASCIIHexDecode: pairs of hex digits up to '>'; anything else is skipped. */
class AsciiHexDecode extends ByteTransform {
  private high = -1;

  protected decodeChunk(chunk: Buffer): void {
    for (const c of chunk) {
      if (c === 0x3e) {
        this.finished = true;
        break;
      }
      const v = hexValue(c);
      if (v < 0) continue;
      if (this.high < 0) this.high = v;
      else {
        this.put((this.high << 4) | v);
        this.high = -1;
      }
    }
    if (this.finished) this.finishDecoding();
  }

  protected override finishDecoding(): void {
    if (this.high >= 0) this.put(this.high << 4);
    this.high = -1;
  }
}

const isPdfSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;

/** ASCII85Decode: groups of five characters to four bytes, 'z' for four zeros, '~' ends. */
class Ascii85Decode extends ByteTransform {
  private readonly group = new Uint8Array(5);
  private count = 0;

  protected decodeChunk(chunk: Buffer): void {
    for (const c of chunk) {
      if (isPdfSpace(c)) continue;
      if (c === 0x7e) {
        this.finished = true;
        this.finishDecoding();
        return;
      }
      if (c === 0x7a && this.count === 0) {
        for (let i = 0; i < 4; i++) this.put(0);
        continue;
      }
      this.group[this.count++] = c;
      if (this.count === 5) this.emitGroup(5);
    }
  }

  private emitGroup(length: number): void {
    for (let i = length; i < 5; i++) this.group[i] = 0x75;
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (this.group[i]! - 33);
    for (let i = 0; i < length - 1; i++) this.put((value >>> (8 * (3 - i))) & 0xff);
    this.count = 0;
  }

  protected override finishDecoding(): void {
    if (this.count > 0) this.emitGroup(this.count);
  }
}

/** RunLengthDecode: a length byte, then n+1 literal bytes (n < 128) or one byte repeated 257-n times; 128 ends. */
class RunLengthDecode extends ByteTransform {
  private header = -1;
  private literal = 0;

  protected decodeChunk(chunk: Buffer): void {
    for (const c of chunk) {
      if (this.literal > 0) {
        this.put(c);
        this.literal--;
      } else if (this.header < 0) {
        if (c === 128) {
          this.finished = true;
          return;
        }
        this.header = c;
      } else if (this.header < 128) {
        this.put(c);
        this.literal = this.header;
        this.header = -1;
      } else {
        for (let i = 0; i < 257 - this.header; i++) this.put(c);
        this.header = -1;
      }
    }
  }
}

/** A fresh decoder for one filter of a chain; zlib's accept truncated input like pdf.js does. */
export function decoder(filter: Exclude<FilterName, 'other'>, earlyChange: 0 | 1 = 1): Transform {
  switch (filter) {
    case 'Fl':
      return zlib.createInflate({ chunkSize: CHUNK, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'Br':
      return zlib.createBrotliDecompress({ chunkSize: CHUNK });
    case 'LZW':
      return new LzwDecode(earlyChange);
    case 'AHx':
      return new AsciiHexDecode();
    case 'A85':
      return new Ascii85Decode();
    case 'RL':
      return new RunLengthDecode();
  }
}
