// `ppid-desk deadline`, driven through runDeadline with in-memory streams. Expected dates are the
// hand-counted ones of tests/shared/domain/clocks (e.g. 17 Mar 2026 10:00 WITA → 8 Apr 2026).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { deadlineCommand, runDeadline, type DeadlineOptions } from '../../../../electron/cli/commands/deadline';
import { CALENDAR_ID_2024_2026 } from '../../../../shared/domain/calendar';

async function run(opts: DeadlineOptions, stdin: AsyncIterable<string> | string = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDeadline(opts, { stdin, stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'ppid-deadline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('deadline, one computation', () => {
  it('prints one JSON object with the whole result', async () => {
    const { code, out, err } = await run({ clock: 'request', from: '2026-03-17T10:00:00+08:00' });
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0] ?? '');
    expect(result).toMatchObject({
      due: '2026-04-08',
      effectiveStart: '2026-03-17',
      workingDays: 10,
      calendarVersion: CALENDAR_ID_2024_2026.version,
      zone: 'Asia/Makassar',
      cutoff: '16:00',
    });
    expect(result.skipped).toHaveLength(12);
    expect(result.explanation.length).toBeGreaterThan(3);
  });

  it('passes --zone and --cutoff through', async () => {
    // 2026-06-05T08:30Z is 15:30 WIB (before 16:00 → due 22 Jun); with cutoff 15:00 → Mon 8 Jun → 23 Jun.
    const wib = await run({ clock: 'request', from: '2026-06-05T08:30:00Z', zone: 'Asia/Jakarta' });
    expect(JSON.parse(wib.out[0] ?? '').due).toBe('2026-06-22');
    const early = await run({ clock: 'request', from: '2026-06-05T08:30:00Z', zone: 'Asia/Jakarta', cutoff: '15:00' });
    expect(JSON.parse(early.out[0] ?? '').due).toBe('2026-06-23');
  });

  it('--cuti-bersama-kerja counts cuti bersama as working days', async () => {
    const { out } = await run({ clock: 'request', from: '2026-03-17T10:00:00+08:00', cutiBersamaKerja: true });
    expect(JSON.parse(out[0] ?? '').due).toBe('2026-04-01');
  });

  it('an instant without offset: Indonesian message on stderr, exit 2', async () => {
    const { code, out, err } = await run({ clock: 'request', from: '2026-03-17T10:00:00' });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/tidak mencantumkan zona waktu/);
  });

  it('an unknown clock: exit 2, listing the valid ones', async () => {
    const { code, err } = await run({ clock: 'banding', from: '2026-03-17' });
    expect(code).toBe(2);
    expect(err[0]).toContain('request, extension, objection-window, objection-answer, dispute');
  });

  it('missing --clock or --from: exit 2', async () => {
    const { code, err } = await run({ from: '2026-03-17' });
    expect(code).toBe(2);
    expect(err[0]).toMatch(/--clock dan --from wajib diisi/);
  });

  it('a bad zone: exit 2', async () => {
    const { code, err } = await run({ clock: 'request', from: '2026-03-17', zone: 'WITA' });
    expect(code).toBe(2);
    expect(err[0]).toMatch(/Zona waktu "WITA" tidak dikenal/);
  });
});

describe('deadline --calendar', () => {
  it('replaces the shipped calendar', async () => {
    // Weekends only, plus a local day on Wed 18 Mar 2026: 17 = 0; 19 = 1, 20 = 2, 23 = 3, 24 = 4,
    // 25 = 5, 26 = 6, 27 = 7, 30 = 8, 31 = 9, 1 Apr = 10.
    const file = writeJson('kantor.json', {
      version: 'kantor-uji.1',
      days: [{ date: '2026-03-18', kind: 'lokal', name: 'Libur kantor', basis: 'SE uji' }],
    });
    const { code, out } = await run({ clock: 'request', from: '2026-03-17', calendar: file });
    expect(code).toBe(0);
    const result = JSON.parse(out[0] ?? '');
    expect(result.calendarVersion).toBe('kantor-uji.1');
    expect(result.due).toBe('2026-04-01');
    // No libur nasional at all in the file: 2026 is not covered.
    expect(result.coverageWarning).toMatch(/tidak memuat hari libur nasional/);
  });

  it('accepts a file saved with a byte-order mark', async () => {
    const file = writeJson('bom.json', `\uFEFF${JSON.stringify({ version: 'bom', days: [] })}`);
    expect((await run({ clock: 'request', from: '2026-03-17', calendar: file })).code).toBe(0);
  });

  it('an invalid calendar file: every problem on stderr, exit 2, nothing on stdout', async () => {
    const file = writeJson('salah.json', {
      version: 'salah',
      days: [
        { date: '2026-02-30', kind: 'libur_nasional', name: 'X', basis: 'Y' },
        { date: '2026-03-18', kind: 'libur_daerah', name: 'X', basis: 'Y' },
      ],
    });
    const { code, out, err } = await run({ clock: 'request', from: '2026-03-17', calendar: file });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toContain(`Berkas kalender "${file}" tidak sah:`);
    expect(err[0]).toContain('- Entri ke-1 (date): Tanggal 2026-02-30 tidak ada di kalender.');
    expect(err[0]).toContain('- Entri ke-2 (kind): Jenis hari harus libur_nasional, cuti_bersama atau lokal.');
  });

  it('a file that is not JSON, or missing: exit 2', async () => {
    const notJson = writeJson('rusak.json', '{ version: ');
    expect((await run({ clock: 'request', from: '2026-03-17', calendar: notJson })).err[0]).toMatch(/bukan JSON yang sah/);
    const missing = await run({ clock: 'request', from: '2026-03-17', calendar: join(dir, 'tidak-ada.json') });
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/tidak dapat dibaca: berkas tidak ditemukan/);
  });

  it('an invalid calendar file fails a batch before reading any line', async () => {
    const file = writeJson('salah2.json', { version: '', days: [] });
    const { code, out } = await run({ batch: true, calendar: file }, '{"clock":"request","from":"2026-03-17"}\n');
    expect(code).toBe(2);
    expect(out).toEqual([]);
  });
});

describe('deadline --batch', () => {
  const lines = [
    '{"clock":"request","from":"2026-03-17T10:00:00+08:00"}',
    'bukan json',
    '{"clock":"extension","from":"2026-04-08","zone":null,"cutoff":null}',
    '',
    '{"clock":"request","from":"2026-03-17T10:00:00"}',
    '[1,2]',
    '{"clock":"dispute","from":"2026-05-11T09:00:00+08:00","zone":"Asia/Makassar","cutoff":"16:00"}',
  ];

  it('answers each line in order, errors in-band, and carries on', async () => {
    const { code, out, err } = await run({ batch: true }, lines.join('\n'));
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const answers = out.map((line) => JSON.parse(line));
    expect(answers).toHaveLength(6); // the blank line is not an input
    expect(answers[0].due).toBe('2026-04-08');
    expect(answers[1]).toEqual({ error: 'Baris 2: bukan JSON yang sah.' });
    expect(answers[2].due).toBe('2026-04-17');
    expect(answers[3].error).toMatch(/^Baris 5: .*tidak mencantumkan zona waktu/);
    expect(answers[4].error).toMatch(/^Baris 6: harus berupa objek JSON/);
    expect(answers[5].due).toBe('2026-06-05');
    for (const line of out) expect(line).not.toContain('\n');
  });

  it('reads stdin arriving in chunks that split lines and CRLF endings', async () => {
    const text = `${lines[0]}\r\n${lines[2]}\r\n`;
    async function* chunks() {
      for (let i = 0; i < text.length; i += 7) yield text.slice(i, i + 7);
    }
    const { out } = await run({ batch: true }, chunks());
    expect(out.map((line) => JSON.parse(line).due)).toEqual(['2026-04-08', '2026-04-17']);
  });

  it('uses --clock, --zone and --cutoff as defaults for lines that omit them', async () => {
    // Dispute clock by default; WIB zone: 08:30Z = 15:30 WIB, before the 16:00 cutoff.
    const { out } = await run({ batch: true, clock: 'request', zone: 'Asia/Jakarta' }, '{"from":"2026-06-05T08:30:00Z"}');
    const answer = JSON.parse(out[0] ?? '');
    expect(answer.clock).toBe('request');
    expect(answer.zone).toBe('Asia/Jakarta');
    expect(answer.due).toBe('2026-06-22');
  });

  it('refuses --from together with --batch', async () => {
    const { code, err } = await run({ batch: true, from: '2026-03-17' }, '');
    expect(code).toBe(2);
    expect(err[0]).toMatch(/--from tidak dipakai bersama --batch/);
  });
});

describe('deadlineCommand', () => {
  afterEach(() => vi.restoreAllMocks());

  function program(setExit: (code: number) => void) {
    // Wired as electron/cli/main.ts wires the other commands.
    return new Command('ppid-desk').exitOverride().addCommand(deadlineCommand(setExit));
  }

  it('declares the options the CLI documents', () => {
    const command = deadlineCommand();
    expect(command.name()).toBe('deadline');
    const flags = command.options.map((o) => o.long);
    expect(flags).toEqual(['--clock', '--from', '--zone', '--cutoff', '--calendar', '--cuti-bersama-kerja', '--batch']);
  });

  it('runs from argv: JSON on stdout, exit code through setExit', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let code = -1;
    await program((c) => (code = c)).parseAsync(['deadline', '--clock', 'extension', '--from', '2026-04-08'], {
      from: 'user',
    });
    expect(code).toBe(0);
    expect(JSON.parse(String(out.mock.calls[0]?.[0])).due).toBe('2026-04-17');
  });

  it('an input error from argv: Indonesian on stderr, exit 2', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let code = -1;
    await program((c) => (code = c)).parseAsync(['deadline', '--clock', 'request', '--from', '2026-03-17T10:00'], {
      from: 'user',
    });
    expect(code).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toMatch(/tidak mencantumkan zona waktu/);
  });

  it('an unknown option throws a CommanderError for main.ts to turn into exit 2 (no process.exit)', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await expect(program(() => {}).parseAsync(['deadline', '--tanggal', 'x'], { from: 'user' })).rejects.toBeInstanceOf(
      CommanderError,
    );
    expect(err.mock.calls.map((c) => String(c[0])).join('')).toContain('Perintah deadline tidak dijalankan');
  });
});
