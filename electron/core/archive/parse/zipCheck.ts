// Reads a DOCX's zip central directory (yauzl) BEFORE any parser inflates it: a 1.6 MB file that
// declared 400 MB was caught here (STACK.md "Documents"). Nothing is inflated except the small
// docProps/core.xml, whose size is checked first.
import yauzl from 'yauzl';
import { importReason, type ImportReason } from '../../../../shared/domain/archive/reasons';
import { zipFailure } from './failures';

export const ZIP_LIMITS = {
  maxEntries: 2000,
  /** Per entry and in total, what the directory says the files inflate to. */
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 160 * 1024 * 1024,
  /** Deflated XML compresses ~5-20x; zeros compress ~1000x. Checked on entries over 1 MB. */
  maxEntryRatio: 200,
  maxTotalRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export type ZipCheck = { ok: true; coreXml: string | null } | { ok: false; encrypted: true; note: string } | { ok: false; encrypted: false; failure: ImportReason };

const refuse = (failure: ImportReason): ZipCheck => ({ ok: false, encrypted: false, failure });

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export function checkZip(bytes: Uint8Array, limits = ZIP_LIMITS): Promise<ZipCheck> {
  const buffer = trimAfterDirectory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: ZipCheck, zip?: yauzl.ZipFile) => {
      if (settled) return;
      settled = true;
      zip?.close();
      resolve(result);
    };
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) {
        return done(refuse(zipFailure(err ?? 'no zip')));
      }
      if (zip.entryCount > limits.maxEntries) {
        return done(refuse(importReason('zip_too_many_parts', { count: zip.entryCount, limit: limits.maxEntries })), zip);
      }
      let total = 0;
      let totalCompressed = 0;
      let coreXml: string | null = null;
      zip.on('error', (e: Error) => done(refuse(zipFailure(e)), zip));
      zip.on('end', () => {
        if (total > limits.ratioFloorBytes && total / Math.max(totalCompressed, 1) > limits.maxTotalRatio) {
          return done(refuse(importReason('zip_total_ratio', { ratio: Math.round(total / Math.max(totalCompressed, 1)), limit: limits.maxTotalRatio })), zip);
        }
        done({ ok: true, coreXml }, zip);
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.isEncrypted()) return done({ ok: false, encrypted: true, note: 'Bagian ZIP di dalam DOCX terenkripsi.' }, zip);
        const size = entry.uncompressedSize;
        total += size;
        totalCompressed += entry.compressedSize;
        if (size > limits.maxEntryBytes) {
          return done(refuse(importReason('zip_part_too_large', { part: entry.fileName.slice(0, 80), size: mb(size), limit: mb(limits.maxEntryBytes) })), zip);
        }
        if (total > limits.maxTotalBytes) {
          return done(refuse(importReason('zip_total_too_large', { limit: mb(limits.maxTotalBytes) })), zip);
        }
        if (size > limits.ratioFloorBytes && size / Math.max(entry.compressedSize, 1) > limits.maxEntryRatio) {
          return done(refuse(importReason('zip_part_ratio', { part: entry.fileName.slice(0, 80), ratio: Math.round(size / Math.max(entry.compressedSize, 1)), limit: limits.maxEntryRatio })), zip);
        }
        if (entry.fileName === 'docProps/core.xml' && size <= 64 * 1024) {
          zip.openReadStream(entry, (e, stream) => {
            if (e || !stream) return zip.readEntry();
            const chunks: Buffer[] = [];
            stream.on('data', (c: Buffer) => chunks.push(c));
            stream.on('error', () => zip.readEntry());
            stream.on('end', () => {
              coreXml = Buffer.concat(chunks).toString('utf8');
              zip.readEntry();
            });
          });
          return;
        }
        zip.readEntry();
      });
      zip.readEntry();
    });
  });
}

/**
 * Some writers leave bytes after the end-of-central-directory record; unzip and Word accept
 * them, yauzl does not ("Invalid comment length"). Cut the buffer at the record's declared end.
 */
function trimAfterDirectory(buffer: Buffer): Buffer {
  const from = Math.max(0, buffer.length - 65_557);
  for (let i = buffer.length - 22; i >= from; i -= 1) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      const end = i + 22 + buffer.readUInt16LE(i + 20);
      return end < buffer.length ? buffer.subarray(0, end) : buffer;
    }
  }
  return buffer;
}
