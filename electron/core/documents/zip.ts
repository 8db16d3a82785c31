// One small ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end record): the
// .eml files of a siaran pers distribution, and the test fixtures (hand-made DOCX, hostile zips).
// Each entry deflated with node:zlib or stored as is; names flagged UTF-8 (bit 11).
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
  /** How the bytes are written; deflate unless told. */
  method?: 'deflate' | 'store';
  /**
   * The inflated size written into both headers; the real size unless a test fixture must lie
   * about it (the importer's guard against zip bombs is tested with such entries).
   */
  declaredSize?: number;
}

const METHOD = { store: 0, deflate: 8 } as const;

/** MS-DOS time and date fields (UTC, 2-second steps); zero without a date. */
function dosStamp(date: Date | undefined): { time: number; date: number } {
  if (!date) return { time: 0, date: 0 };
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** The header fields a local header and its central-directory record share, in that order. */
function shared(header: Buffer, at: number, f: { method: number; time: number; date: number; crc: number; packed: number; size: number; name: number }): void {
  header.writeUInt16LE(0x0800, at); // UTF-8 names
  header.writeUInt16LE(f.method, at + 2);
  header.writeUInt16LE(f.time, at + 4);
  header.writeUInt16LE(f.date, at + 6);
  header.writeUInt32LE(f.crc, at + 8);
  header.writeUInt32LE(f.packed, at + 12);
  header.writeUInt32LE(f.size, at + 16);
  header.writeUInt16LE(f.name, at + 20);
}

export function writeZip(entries: readonly ZipEntry[], date?: Date): Buffer {
  const stamp = dosStamp(date);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const method = METHOD[entry.method ?? 'deflate'];
    const body = method === METHOD.store ? raw : zlib.deflateRawSync(raw);
    const name = Buffer.from(entry.name, 'utf8');
    const fields = { method, ...stamp, crc: zlib.crc32(raw), packed: body.length, size: entry.declaredSize ?? raw.length, name: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    shared(local, 6, fields);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    shared(central, 8, fields);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
