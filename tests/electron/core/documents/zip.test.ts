// The one ZIP writer (documents/zip.ts): what it writes opens in Python's zipfile (as in the mail
// and archive tools an officer uses), names in Indonesian with accents survive, stored entries stay
// byte for byte, and the entry time is the distribution's.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../../electron/core/documents/zip';
import { tempDir } from '../../../helpers/tempDir';
import { run } from './tools';

const READ = `
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
print(json.dumps([{'name': i.filename, 'method': i.compress_type, 'date': list(i.date_time), 'text': z.read(i).decode('utf-8')} for i in z.infolist()]))
`;

describe('writeZip', () => {
  it('writes deflated and stored entries that a standard unzip reads back, with the given time', () => {
    const file = path.join(tempDir(), 'distribusi.zip');
    const long = 'Siaran pers lengkap terlampir. '.repeat(40);
    fs.writeFileSync(
      file,
      writeZip(
        [
          { name: 'Kaltim Post-Sari.eml', data: long },
          { name: 'Tribun-Andi Ré.eml', data: Buffer.from('Yth. Andi', 'utf8'), method: 'store' },
        ],
        new Date('2026-12-04T02:30:10Z'),
      ),
    );
    const entries = JSON.parse(run('python3', ['-c', READ, file])) as Array<{ name: string; method: number; date: number[]; text: string }>;
    expect(entries).toEqual([
      { name: 'Kaltim Post-Sari.eml', method: 8, date: [2026, 12, 4, 2, 30, 10], text: long },
      { name: 'Tribun-Andi Ré.eml', method: 0, date: [2026, 12, 4, 2, 30, 10], text: 'Yth. Andi' },
    ]);
    expect(fs.readFileSync(file).includes(Buffer.from('Yth. Andi'))).toBe(true);
  });
});
