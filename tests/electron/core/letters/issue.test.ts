// Issuing letters: the state each letter needs, the number assigned once, the files kept as
// records, versions that never change the old one, and the audit entry of the same transaction.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { auditRows, readDb, requestInput } from '../../../helpers/requests';
import { tempDir } from '../../../helpers/tempDir';

async function setup(now = '2026-11-23T02:00:00Z') {
  const clock = fixedClock(now);
  const core = testCore({ clock });
  await call(core, 'settings:saveProfile', validProfile);
  const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-20T10:00:00+08:00' }));
  return { core, clock, request };
}

function pdfText(base64: string): string {
  const file = path.join(tempDir(), 'letter.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('letters:issue', () => {
  it('issues the receipt with a number from the pattern, stores both files and audits it', async () => {
    const { core, request } = await setup();
    const letter = await call(core, 'letters:issue', { caseKind: 'request', caseId: request.id, type: 'tanda-bukti' });
    expect(letter).toMatchObject({ type: 'tanda-bukti', number: '001/TB/PPID/XI/2026', version: 1, issuedDate: '2026-11-23', issuedBy: 'tester', supersededBy: null });
    const pdf = await call(core, 'letters:file', { id: letter.id, format: 'pdf' });
    expect(pdf.filename).toBe('tanda-bukti-001-TB-PPID-XI-2026.pdf');
    const text = pdfText(pdf.base64);
    expect(text).toContain('TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK');
    expect(text).toContain(request.number);
    expect(text).toContain('Samarinda, 23 November 2026');
    expect(text).toContain('************0001');
    expect(text).not.toContain('6472014101900001');
    const docx = await call(core, 'letters:file', { id: letter.id, format: 'docx' });
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const audit = auditRows(core).filter((r) => r.action === 'letter.issue');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ number: '001/TB/PPID/XI/2026', pdfSha256: pdf.sha256, docxSha256: docx.sha256 });
    const timeline = await call(core, 'requests:timeline', { id: request.id });
    expect(timeline.at(-1)).toMatchObject({ action: 'letter_issued', note: 'Tanda Bukti Penerimaan Permohonan Informasi Publik nomor 001/TB/PPID/XI/2026 diterbitkan.' });
  });

  it('refuses a refusal letter before the refusal, naming the missing step', async () => {
    const { core, request } = await setup();
    const result = await core.handle('letters:issue', { caseKind: 'request', caseId: request.id, type: 'penolakan' });
    expect(result).toMatchObject({ ok: false, error: { code: 'precondition' } });
    expect(!result.ok && result.error.message).toMatch(/^Surat penolakan hanya dapat dibuat setelah permohonan .* ditolak/);
    const options = await call(core, 'letters:available', { caseKind: 'request', caseId: request.id });
    expect(options.map((o) => [o.type, o.available])).toEqual([
      ['tanda-bukti', true],
      ['pemberitahuan', false],
      ['perpanjangan', false],
      ['penolakan', false],
      ['penyerahan', false],
      ['pemberitahuan-kelengkapan', false],
      ['kuitansi', false],
    ]);
    expect(options[2]!.reason).toMatch(/setelah jangka waktu permohonan .* diperpanjang/);
  });

  it('refuses letters until the office profile is complete', async () => {
    const core = testCore();
    const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-20T10:00:00+08:00' }));
    expect(await core.handle('letters:issue', { caseKind: 'request', caseId: request.id, type: 'tanda-bukti' })).toMatchObject({
      ok: false,
      error: { code: 'precondition', message: expect.stringMatching(/^Profil kantor belum lengkap/) },
    });
  });

  it('numbers gap-free per type and year, and a second issue of the same letter is refused', async () => {
    const { core, request } = await setup();
    const second = await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-20T11:00:00+08:00' }));
    const a = await call(core, 'letters:issue', { caseKind: 'request', caseId: request.id, type: 'tanda-bukti' });
    const b = await call(core, 'letters:issue', { caseKind: 'request', caseId: second.id, type: 'tanda-bukti' });
    expect([a.number, b.number]).toEqual(['001/TB/PPID/XI/2026', '002/TB/PPID/XI/2026']);
    const again = await core.handle('letters:issue', { caseKind: 'request', caseId: request.id, type: 'tanda-bukti' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('sudah diterbitkan dengan nomor 001/TB/PPID/XI/2026') } });
  });

  it('a new version keeps the number, and the old version and its files stay exactly as issued', async () => {
    const { core, clock, request } = await setup();
    const v1 = await call(core, 'letters:issue', { caseKind: 'request', caseId: request.id, type: 'tanda-bukti' });
    const v1pdf = await call(core, 'letters:file', { id: v1.id, format: 'pdf' });
    const v1row = readDb(core).prepare('SELECT data FROM letters WHERE id = ?').pluck().get(v1.id);
    clock.set('2026-11-24T02:00:00Z');
    const v2 = await call(core, 'letters:issue', { caseKind: 'request', caseId: request.id, type: 'tanda-bukti', newVersion: true, details: { sifat: 'Penting' } });
    expect(v2).toMatchObject({ number: v1.number, version: 2, issuedDate: '2026-11-24', supersededBy: null });
    expect(await call(core, 'letters:get', { id: v1.id })).toMatchObject({ supersededBy: v2.id, version: 1 });
    const v1again = await call(core, 'letters:file', { id: v1.id, format: 'pdf' });
    expect(v1again.base64).toBe(v1pdf.base64);
    expect(readDb(core).prepare('SELECT data FROM letters WHERE id = ?').pluck().get(v1.id)).toBe(v1row);
    const v2pdf = await call(core, 'letters:file', { id: v2.id, format: 'pdf' });
    expect(v2pdf.sha256).not.toBe(v1pdf.sha256);
    expect(pdfText(v2pdf.base64)).toContain('Samarinda, 24 November 2026');
    expect((await call(core, 'letters:list', { caseKind: 'request', caseId: request.id })).map((l) => l.version)).toEqual([1, 2]);
  });

  it('uses the letter number pattern from Pengaturan', async () => {
    const { core, request } = await setup();
    const patterns = await call(core, 'letters:patterns', {});
    await call(core, 'letters:setPatterns', { ...patterns, 'tanda-bukti': '045/{seq}/{unit}/{month}/{year}' });
    const letter = await call(core, 'letters:issue', { caseKind: 'request', caseId: request.id, type: 'tanda-bukti' });
    expect(letter.number).toBe('045/001/PPID/11/2026');
    expect(await core.handle('letters:setPatterns', { ...patterns, penolakan: 'SK/{year}' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'penolakan', message: 'Pola nomor keputusan penolakan: Pola nomor wajib memuat {seq} (nomor urut).' }] },
    });
  });
});

describe('letters:issue under contention', () => {
  it('two windows issuing at once get consecutive numbers, never the same or a gap', async () => {
    const dir = tempDir();
    const clock = fixedClock('2026-11-23T02:00:00Z');
    const a = testCore({ dataDir: dir, clock });
    const b = testCore({ dataDir: dir, clock });
    await call(a, 'settings:saveProfile', validProfile);
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push((await call(a, 'requests:create', requestInput({ receivedAt: '2026-11-20T10:00:00+08:00' }))).id);
    // Both render before either writes: the second transaction finds its number taken and redoes.
    const letters = await Promise.all(ids.map((id, i) => call(i % 2 ? b : a, 'letters:issue', { caseKind: 'request', caseId: id, type: 'tanda-bukti' })));
    expect(letters.map((l) => l.number).sort()).toEqual(['001/TB/PPID/XI/2026', '002/TB/PPID/XI/2026', '003/TB/PPID/XI/2026', '004/TB/PPID/XI/2026']);
    // Each stored PDF prints the number its row holds.
    for (const letter of letters) expect(pdfText((await call(a, 'letters:file', { id: letter.id, format: 'pdf' })).base64)).toContain(`Nomor: ${letter.number}`);
  }, 60_000);
});
