// The parsing libraries' English errors, as the officer reads them.
import { describe, expect, it } from 'vitest';
import { explainParseError } from '../../../../../electron/core/archive/parse/reasons';

describe('explainParseError', () => {
  it('turns the messages met in the real-world corpus into Indonesian', () => {
    expect(explainParseError(new Error('End of central directory record signature not found. Either not a zip file, or file is truncated.'))).toBe(
      'bagian akhir berkas hilang — terpotong saat disalin atau diunduh, atau bukan berkas Office',
    );
    expect(explainParseError(new Error('invalid central directory file header signature: 0xe1000001'))).toBe('struktur ZIP di dalamnya rusak');
    expect(explainParseError('error: [xmldom error] entity not found:&testent; @#[line:undefined,col:undefined]')).toMatch(/^XML di dalamnya merujuk entitas luar/);
    expect(explainParseError(new Error('Invalid PDF structure.'))).toBe('struktur PDF (tabel rujukan isi) rusak');
  });

  it('keeps an unknown message as technical detail, cut short and on one line', () => {
    const text = explainParseError(new Error(`Something odd\nhappened ${'x'.repeat(300)}`));
    expect(text).toMatch(/^rincian teknis: Something odd happened x+$/);
    expect(text.length).toBeLessThanOrEqual('rincian teknis: '.length + 120);
  });
});
