// Text hygiene of the shared fields: what an officer or a script may type into a name, a title or
// a note, checked on the real channel schemas so that every free-text input is covered.
import { describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../../shared/ipc/contract';
import { cleanText, textProblem } from '../../../shared/ipc/text';
import { validProfile } from '../../helpers/core';
import { inquiryInput } from '../../helpers/inquiryInput';
import { requestInput } from '../../helpers/requestInput';

const NUL = '\u0000';
const ESC = '\u001b';
const DEL = '\u007f';
const RLO = '\u202e'; // right-to-left override
const PDF = '\u202c'; // pop directional formatting
const LONE_HIGH = '\ud83d'; // half of an emoji
const ZWSP = '\u200b';

/** The messages of a failed parse, by dotted path (several for one field joined by ' | '). */
function issuesOf(channel: Channel, input: unknown): Record<string, string> {
  const parsed = contract[channel].input.safeParse(input);
  const out: Record<string, string> = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    out[path] = out[path] ? `${out[path]} | ${issue.message}` : issue.message;
  }
  return out;
}

function parse<C extends Channel>(channel: C, input: unknown) {
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data as Record<string, unknown>;
}

function setAt(input: unknown, path: string, value: string): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

describe('textProblem', () => {
  it('accepts ordinary Indonesian text, punctuation and names from other scripts', () => {
    for (const ok of ['Siti Aminah', "Ni Luh Putu Ayu Kartika Dewi", 'H. Muh. Ali, S.H., M.H.', 'PT Kaltim Sejahtera (Persero)', 'محمد', '李明', 'Zoë Ñúñez', '123/PPID/2026']) {
      expect(textProblem(ok, 'Nama', 'line', true), ok).toBeNull();
    }
  });

  it('refuses NUL, ESC, DEL and every other C0/C1 control in a one-line field', () => {
    for (const bad of [`Siti${NUL}`, `Siti ${ESC}[31mAminah`, `Siti${DEL}`, 'Siti\u0085Aminah', 'Siti\u0007']) {
      expect(textProblem(bad, 'Nama', 'line', true), JSON.stringify(bad)).toBe(
        'Nama mengandung karakter kendali yang tidak diizinkan (mis. NUL atau ESC); ketik ulang isian ini.',
      );
    }
  });

  it('says a one-line field must be one line when it holds a tab or line break', () => {
    for (const bad of ['Siti\nAminah', 'Siti\tAminah', 'Siti\r\nAminah']) {
      expect(textProblem(bad, 'Nama', 'line', true)).toBe('Nama harus satu baris: hapus baris baru atau tab di dalamnya.');
    }
  });

  it('allows tab, line feed and carriage return in long text, but still no NUL or ESC', () => {
    expect(textProblem('Baris satu\r\nBaris dua\n\tbutir', 'Catatan', 'multiline', true)).toBeNull();
    expect(textProblem(`Baris satu\n${NUL}`, 'Catatan', 'multiline', true)).toMatch(/karakter kendali/);
    expect(textProblem(`Baris ${ESC}[2J`, 'Catatan', 'multiline', true)).toMatch(/karakter kendali/);
  });

  it('refuses lone surrogates but accepts whole emoji', () => {
    expect(textProblem(`Siti ${LONE_HIGH}`, 'Nama', 'line', true)).toMatch(/karakter rusak/);
    expect(textProblem(`Siti \udc00`, 'Nama', 'line', true)).toMatch(/karakter rusak/);
    expect(textProblem('Terima kasih \ud83d\ude4f', 'Catatan', 'multiline', true)).toBeNull();
  });

  it('refuses bidi overrides in names and titles', () => {
    expect(textProblem(`Siti ${RLO}animA${PDF}`, 'Nama', 'line', true)).toMatch(/pembalik arah teks/);
    expect(textProblem(`laporan${RLO}fdp.exe`, 'Judul', 'line', true)).toMatch(/pembalik arah teks/);
  });

  it('refuses required text without a letter or digit, and optional text with nothing visible', () => {
    expect(textProblem(`${RLO}${PDF}`, 'Catatan', 'multiline', true)).toBe('Catatan harus memuat huruf atau angka.');
    expect(textProblem('...', 'Nama', 'line', true)).toBe('Nama harus memuat huruf atau angka.');
    expect(textProblem(`${ZWSP}${ZWSP}`, 'Pekerjaan', 'line', false)).toBe(
      'Pekerjaan hanya berisi karakter yang tidak terlihat; kosongkan atau isi dengan teks.',
    );
    // A dash for "none" is a common way to fill an optional box.
    expect(textProblem('-', 'Pekerjaan', 'line', false)).toBeNull();
    expect(textProblem('', 'Pekerjaan', 'line', false)).toBeNull();
  });
});

describe('cleanText', () => {
  it('trims and NFC-normalises, so one name typed two ways is stored one way', () => {
    const decomposed = 'Zoe\u0308 Nu\u0301n\u0303ez';
    const value = cleanText('Nama', 120, 'line', true).parse(`  ${decomposed} `);
    expect(value).toBe('Zoë Núñez'.normalize('NFC'));
    expect(value).not.toBe(decomposed);
    expect(value.length).toBe(9);
  });

  it('gives one message per field: blank says required, not "no letter"', () => {
    const result = cleanText('Nama', 120, 'line', true).safeParse('   ');
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual(['Nama wajib diisi.']);
  });
});

describe('the channels use the rules on every free-text field', () => {
  const request = requestInput();

  it('requests:create: the requester name refuses NUL, newline, bidi-only and broken text', () => {
    expect(issuesOf('requests:create', setAt(request, 'requester.name', `Siti${NUL}Aminah`))['requester.name']).toBe(
      'Nama pemohon mengandung karakter kendali yang tidak diizinkan (mis. NUL atau ESC); ketik ulang isian ini.',
    );
    expect(issuesOf('requests:create', setAt(request, 'requester.name', 'Siti\nAminah'))['requester.name']).toMatch(/satu baris/);
    expect(issuesOf('requests:create', setAt(request, 'requester.name', `${RLO}${PDF}`))['requester.name']).toMatch(/pembalik arah/);
    expect(issuesOf('requests:create', setAt(request, 'requester.name', `${ZWSP}`))['requester.name']).toBe('Nama pemohon harus memuat huruf atau angka.');
    expect(issuesOf('requests:create', setAt(request, 'requester.name', `Siti ${LONE_HIGH}`))['requester.name']).toMatch(/karakter rusak/);
  });

  it('requests:create: long text keeps its lines; one-line fields refuse them', () => {
    const parsed = parse('requests:create', { ...request, information: 'Butir 1: DPA 2025\nButir 2: RKA 2026', requester: { ...request.requester, address: 'Jl. Pahlawan No. 12\nSamarinda' } });
    expect(parsed.information).toBe('Butir 1: DPA 2025\nButir 2: RKA 2026');
    for (const path of ['requester.occupation', 'requester.proxyName', 'unit', 'officer', 'requester.idNumber']) {
      expect(issuesOf('requests:create', setAt(request, path, `A\u0000B`))[path], path).toMatch(/karakter kendali/);
    }
    for (const path of ['information', 'purpose', 'requester.address']) {
      expect(issuesOf('requests:create', setAt(request, path, `A${ESC}B`))[path], path).toMatch(/karakter kendali/);
    }
  });

  it('requests:create stores the NFC form of the name', () => {
    const parsed = parse('requests:create', setAt(request, 'requester.name', 'Siti Ami\u0301nah'));
    expect((parsed.requester as { name: string }).name).toBe('Siti Amínah');
  });

  const cases: [Channel, unknown, string[]][] = [
    ['inquiries:create', inquiryInput(), ['journalist.name', 'journalist.outlet', 'topic', 'question', 'spokesperson']],
    ['objections:create', { requestId: 1, grounds: ['c'], caseSummary: 'Tidak ditanggapi', proxyName: 'Budi' }, ['caseSummary', 'proxyName']],
    ['disputes:create', { objectionId: 1, filedDate: '2026-05-04', kiRegisterNumber: '012/REG-PSI/V/2026', note: 'x' }, ['kiRegisterNumber', 'note']],
    ['disputes:update', { id: 1, kiRegisterNumber: '012/REG-PSI/V/2026', outcome: 'Dikabulkan' }, ['kiRegisterNumber', 'outcome']],
    ['media:saveJournalist', { name: 'Rina', outlet: 'Kaltim Post', notes: 'x' }, ['name', 'outlet', 'region', 'notes']],
    ['media:saveStatement', { title: 'Banjir', body: 'Pemerintah menangani.', topic: 'banjir' }, ['title', 'body', 'topic', 'approvedBy']],
    ['archive:update', { id: 1, title: 'Laporan Keuangan 2025' }, ['title', 'summary', 'unit', 'dipNumber', 'exemptionLaw']],
    ['settings:saveProfile', validProfile, ['unit', 'address', 'city', 'ppid.name', 'atasan.title', 'website']],
    ['calendar:addDay', { date: '2026-06-01', name: 'Pilkada', basis: 'Keppres 1/2026' }, ['name', 'basis']],
    ['numbering:set', { requestPattern: '{seq}/PPID/{year}', objectionPattern: '{seq}/KEB/{year}', seqWidth: 3, unitCode: 'PPID' }, ['unitCode', 'requestPattern']],
    ['requests:transition', { id: 1, to: 'withdrawn', note: 'Pemohon menarik' }, ['note']],
    ['objections:decide', { id: 1, decision: 'ditolak', reason: 'Sudah sesuai', atasanName: 'Sri' }, ['reason', 'atasanName', 'atasanPosition']],
  ];

  it.each(cases)('%s refuses NUL in each text field', (channel, valid, paths) => {
    expect(issuesOf(channel, valid), 'the sample input is valid').toEqual({});
    for (const path of paths) {
      const issues = issuesOf(channel, setAt(valid, path, `Teks${NUL}`));
      expect(issues[path], `${channel} ${path}`).toMatch(/karakter kendali/);
    }
  });

  it('settings:saveProfile refuses a control character in a kop line', () => {
    const issues = issuesOf('settings:saveProfile', { ...validProfile, instansiLines: ['PEMERINTAH PROVINSI', `DINAS ${ESC}[5m`] });
    expect(Object.values(issues).join(' ')).toMatch(/karakter kendali/);
  });

  it('archive file names may hold any character but NUL (the importer escapes them when printing)', () => {
    const base = { name: 'laporan.pdf', dataBase64: '' };
    expect(issuesOf('archive:importFile', { ...base, name: 'laporan\nDIIMPOR.pdf' })).toEqual({});
    expect(issuesOf('archive:importFile', { ...base, name: `laporan${NUL}.pdf` }).name).toMatch(/NUL/);
    expect(issuesOf('archive:importPaths', { batchId: 'b', paths: [`/tmp/a${NUL}b`] })['paths.0']).toMatch(/NUL/);
  });
});
