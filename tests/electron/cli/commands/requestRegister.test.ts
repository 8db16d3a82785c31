// `ppid-desk request list` and `request show`, as the real bin: closed requests stay listed and
// shown in full with their timeline and letters.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { runCli } from '../../../helpers/cli';
import { NIK_BUDI, requestInput } from '../../../helpers/requestInput';
import { tempDir } from '../../../helpers/tempDir';

async function archiveWithClosedRequest() {
  const dir = tempDir();
  const core = testCore({ dataDir: dir, clock: fixedClock('2025-06-20T02:00:00Z') });
  await call(core, 'settings:saveProfile', validProfile);
  const done = await call(core, 'requests:create', requestInput({ receivedAt: '2025-06-02T09:00:00+08:00', requester: { name: 'Budi Santoso', idNumber: NIK_BUDI }, information: 'Laporan realisasi anggaran 2024' }));
  await call(core, 'letters:issue', { type: 'tanda-bukti', caseKind: 'request', caseId: done.id });
  await call(core, 'requests:transition', { id: done.id, to: 'in_process' });
  await call(core, 'requests:transition', { id: done.id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', noticeDate: '2025-06-10' });
  await call(core, 'requests:transition', { id: done.id, to: 'done', deliveredDate: '2025-06-11', costRp: 0 });
  const open = await call(core, 'requests:create', requestInput({ receivedAt: '2025-06-16T09:00:00+08:00' }));
  core.close();
  return { dir, done, open };
}

describe('ppid-desk request list', () => {
  it('lists closed requests with --status any or closed, open ones by default, as JSON or lines', async () => {
    const { dir, done, open } = await archiveWithClosedRequest();
    const any = runCli(['--data-dir', dir, 'request', 'list', '--status', 'any', '--json']);
    expect(any.code).toBe(0);
    const items = JSON.parse(any.stdout) as { number: string; status: string; open: boolean }[];
    expect(items.map((i) => [i.number, i.status, i.open])).toEqual([
      [open.number, 'registered', true],
      [done.number, 'done', false],
    ]);
    const byDefault = runCli(['--data-dir', dir, 'request', 'list']);
    expect(byDefault.stdout).toContain(open.number);
    expect(byDefault.stdout).not.toContain(done.number);
    const closed = runCli(['--data-dir', dir, 'request', 'list', '--status', 'closed', '--year', '2025', '--search', 'Budi']);
    expect(closed).toMatchObject({ code: 0 });
    expect(closed.stdout).toMatch(new RegExp(`^2025-06-0[12]  ${done.number.replace(/\//g, '\\/')}  selesai +  Budi Santoso — Laporan realisasi anggaran 2024\n1 permohonan\\.\n$`));
  });

  it('exits 2 on an unknown status or a malformed year, in Indonesian', async () => {
    const dir = tempDir();
    expect(runCli(['--data-dir', dir, 'request', 'list', '--status', 'tutup'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--status harus salah satu dari: any, open, closed, registered') });
    expect(runCli(['--data-dir', dir, 'request', 'list', '--year', '25'])).toMatchObject({ code: 2, stderr: '--year harus tahun empat angka, mis. 2025.\n' });
  });
});

describe('ppid-desk request show', () => {
  it('shows a closed request: fields, handover date, timeline and its letters', async () => {
    const { dir, done } = await archiveWithClosedRequest();
    const shown = runCli(['--data-dir', dir, 'request', 'show', done.number]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Status +selesai$/m);
    expect(shown.stdout).toMatch(/^Tanggal diserahkan +2025-06-11$/m);
    expect(shown.stdout).toMatch(/^Identitas +nik \*+0002$/m);
    expect(shown.stdout).toMatch(/dijawab → selesai/);
    expect(shown.stdout).toMatch(/Tanda Bukti .* versi 1/i);
    const json = JSON.parse(runCli(['--data-dir', dir, 'request', 'show', done.number, '--json']).stdout) as { request: { status: string }; timeline: unknown[]; letters: unknown[] };
    expect(json.request.status).toBe('done');
    expect(json.timeline.length).toBeGreaterThanOrEqual(4);
    expect(json.letters).toHaveLength(1);
  });

  it('says in Indonesian when no request has that number', () => {
    const missing = runCli(['--data-dir', tempDir(), 'request', 'show', '999/PPID/I/2025']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/999\/PPID\/I\/2025/);
  });
});
