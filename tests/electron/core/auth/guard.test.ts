// The core is the guard (issue 14): an unsigned call, an expired or revoked session, and an
// officer without the channel's role are refused before the input is parsed; an allowed call
// runs as its officer, and the timeline and the audit log name them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/tempDir';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { requestInput, readDb } from '../../../helpers/requests';
import { officerWith } from '../../../helpers/officers';
import { inquiryInput } from '../../../helpers/inquiryInput';
import { sessionCaller } from '../../../../electron/core/auth/caller';
import { SESSION_HOURS } from '../../../../electron/core/auth/sessions';

const decide = (id: number) => ({ id, decision: 'ditolak' as const, reason: 'Dikecualikan Pasal 17 huruf b.', answerDate: '2026-03-18' });

async function office() {
  const clock = fixedClock('2026-03-18T01:00:00Z');
  const core = testCore({ clock });
  await call(core, 'settings:saveProfile', validProfile);
  const petugas = await officerWith(core, 'budi', ['petugas'], { name: 'Budi Santoso' });
  const atasan = await officerWith(core, 'wahyuni', ['atasan'], { name: 'Dr. H. Sri Wahyuni, M.Si.' });
  const request = await petugas.call('requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
  const objection = await petugas.call('objections:create', { requestId: request.id, grounds: ['g'], caseSummary: 'Tidak dijawab.', registeredAt: '2026-03-17T11:00:00+08:00' });
  return { core, clock, petugas, atasan, request, objection };
}

describe('the guard in Core.handle', () => {
  it('refuses a call without a session as unauthenticated, and answers public channels', async () => {
    const core = testCore();
    expect(await core.handle('inbox:list', {}, sessionCaller(''))).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'Sesi berakhir; silakan masuk lagi.' } });
    expect(await core.handle('inbox:list', {}, sessionCaller('not-a-token'))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // Before parsing: a malformed input still says "sign in", not which field is wrong.
    expect(await core.handle('requests:create', { junk: 1 }, sessionCaller(''))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await core.handle('auth:me', {}, sessionCaller(''))).toEqual({ ok: true, value: { officer: null, needsSetup: true } });
    // No caller = system: the CLI and the existing tests.
    expect(await core.handle('inbox:list', {})).toMatchObject({ ok: true });
  });

  it('refuses objections:decide for a Petugas, naming the role needed, and accepts it for the Atasan', async () => {
    const { core, petugas, atasan, request, objection } = await office();
    const refused = await petugas.handle('objections:decide', decide(objection.id));
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Atasan PPID') } });
    expect((await call(core, 'objections:get', { id: objection.id })).status).not.toBe('answered');

    const decided = await atasan.call('objections:decide', decide(objection.id));
    expect(decided.status).toBe('answered');
    const timeline = await atasan.call('requests:timeline', { id: request.id });
    expect(timeline.find((e: { action: string }) => e.action === 'objection_decided')).toMatchObject({ actor: 'Dr. H. Sri Wahyuni, M.Si.' });
    expect(timeline.find((e: { action: string }) => e.action === 'created')).toMatchObject({ actor: 'Budi Santoso' });
    const db = readDb(core);
    const entry = db.prepare("SELECT actor, officer_id FROM audit_log WHERE action = 'objection.decide' ORDER BY seq DESC LIMIT 1").get() as { actor: string; officer_id: number };
    const atasanId = (db.prepare("SELECT id FROM officers WHERE username = 'wahyuni'").get() as { id: number }).id;
    expect(entry).toEqual({ actor: 'Dr. H. Sri Wahyuni, M.Si.', officer_id: atasanId });
  });

  it('ends a session after its sliding expiry, and on logout', async () => {
    const { clock, petugas } = await office();
    // Used within the window: the expiry moves on.
    clock.set('2026-03-18T11:00:00Z');
    expect(await petugas.handle('inbox:list', {})).toMatchObject({ ok: true });
    clock.set(new Date(Date.parse('2026-03-18T11:00:00Z') + (SESSION_HOURS - 1) * 3600_000).toISOString());
    expect(await petugas.handle('inbox:list', {})).toMatchObject({ ok: true });
    clock.set(new Date(Date.parse('2026-03-18T11:00:00Z') + (2 * SESSION_HOURS) * 3600_000).toISOString());
    expect(await petugas.handle('inbox:list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('ends a revoked session: logout, and an Admin disabling the officer', async () => {
    const { core, petugas, atasan } = await office();
    expect(await petugas.call('auth:logout', {})).toEqual({});
    expect(await petugas.handle('inbox:list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const id = (await atasan.call('auth:me', {})).officer!.id;
    await call(core, 'officers:setActive', { id, active: false });
    expect(await atasan.handle('inbox:list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await core.handle('auth:login', { username: 'wahyuni', password: 'kata-sandi-uji-123' }, sessionCaller(''))).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/dinonaktifkan/) } });
  });

  it('stores only the hash of a session token', async () => {
    const { core, petugas } = await office();
    const rows = readDb(core).prepare('SELECT token_hash FROM sessions').all() as { token_hash: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.token_hash)).not.toContain(petugas.token);
    expect(JSON.stringify(rows)).not.toContain(petugas.token);
  });
});

describe('roles that depend on the input', () => {
  it('lets the petugas issue the receipt, signed with their name and NIP, but not a decision letter', async () => {
    const clock = fixedClock('2026-11-23T02:00:00Z');
    const core = testCore({ clock });
    await call(core, 'settings:saveProfile', validProfile);
    const petugas = await officerWith(core, 'budi', ['petugas'], { name: 'Budi Santoso, S.Sos.', nip: '19850505 201001 1 002' });
    const request = await petugas.call('requests:create', requestInput({ receivedAt: '2026-11-20T10:00:00+08:00' }));
    expect(request.officer).toBe('Budi Santoso, S.Sos.');
    const receipt = await petugas.call('letters:issue', { caseKind: 'request', caseId: request.id, type: 'tanda-bukti' });
    expect(receipt.issuedBy).toBe('Budi Santoso, S.Sos.');
    const pdf = await petugas.call('letters:file', { id: receipt.id, format: 'pdf' });
    const text = pdfText(pdf.base64);
    expect(text).toContain('Budi Santoso, S.Sos.');
    expect(text).toContain('19850505 201001 1 002');
    expect(await petugas.handle('letters:issue', { caseKind: 'request', caseId: request.id, type: 'perpanjangan' })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('peran PPID') } });
  });
});

function pdfText(base64: string): string {
  const file = path.join(tempDir(), 'letter.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('NIK and media approval', () => {
  it('reveals a NIK only to the PPID (or Admin), with the reason, naming them on the timeline', async () => {
    const { core, petugas, request } = await office();
    const ppid = await officerWith(core, 'siti', ['ppid'], { name: 'Dra. Siti Rahmawati' });
    const reason = 'verifikasi identitas pemohon di loket';
    expect(await petugas.handle('requests:revealNik', { id: request.id, reason })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('PPID atau Admin') } });
    expect(await ppid.handle('requests:revealNik', { id: request.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ppid.call('requests:revealNik', { id: request.id, reason })).toMatchObject({ idNumber: expect.stringMatching(/^\d{16}$/) });
    const timeline = await ppid.call('requests:timeline', { id: request.id });
    expect(timeline.find((e: { action: string }) => e.action === 'nik_revealed')).toMatchObject({ actor: 'Dra. Siti Rahmawati' });
  });

  it('lets Humas draft a media answer and only the Pimpinan approve it', async () => {
    const core = testCore({ clock: fixedClock('2026-11-23T06:00:00Z') });
    const humas = await officerWith(core, 'rina', ['humas'], { name: 'Rina Humas' });
    const pimpinan = await officerWith(core, 'kadis', ['pimpinan'], { name: 'Kepala Dinas' });
    const inq = await humas.call('inquiries:create', inquiryInput());
    await humas.call('inquiries:move', { id: inq.id, to: 'ditugaskan', spokesperson: 'Ir. Andi Saputra', unit: 'Dinas PUPR' });
    await humas.call('inquiries:move', { id: inq.id, to: 'menunggu_persetujuan', answer: 'Anggaran Rp 120 miliar.' });
    expect(await humas.handle('inquiries:move', { id: inq.id, to: 'dijawab' })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Pimpinan') } });
    expect(await pimpinan.call('inquiries:move', { id: inq.id, to: 'dijawab' })).toMatchObject({ status: 'dijawab', approvedBy: 'Kepala Dinas' });
  });
});
