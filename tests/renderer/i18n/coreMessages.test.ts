// With the UI in English, the core's known refusals and the reasons a letter is not yet possible
// read in English; unknown messages stay as the core wrote them.
import { describe, expect, it } from 'vitest';
import { letterProblem, LETTER_TYPES, type CaseFacts } from '../../../shared/domain/letters';
import { REQUEST_STATUSES, transitionProblem } from '../../../shared/domain/requests';
import { coreMessageIn, englishCoreMessage } from '../../../renderer/src/i18n/coreMessages';

const INDONESIAN = /\b(hanya|dapat|sudah|belum|dibuat|permohonan|keberatan|tidak|isi|dulu)\b/i;

const request = (over: Partial<Extract<CaseFacts, { kind: 'request' }>['request']> = {}): CaseFacts => ({
  kind: 'request',
  request: { number: '001/PPID/III/2026', status: 'registered', decision: null, heldStatus: null, extendedDueDate: null, ...over },
});
const objection = (status: 'registered' | 'answered' | 'withdrawn'): CaseFacts => ({ kind: 'objection', objection: { number: '001/KEB/PPID/III/2026', status } });

describe('core messages in English', () => {
  it('translates the stale-save refusal with its officer, time and day (electron/core/db/versions.ts)', () => {
    expect(englishCoreMessage('Sudah diubah oleh Ani Wulandari pukul 10.05; muat ulang.')).toBe('Already changed by Ani Wulandari at 10.05; reload.');
    expect(englishCoreMessage('Sudah diubah oleh Ani pukul 09.30 tanggal 23-11-2026; muat ulang.')).toBe('Already changed by Ani at 09.30 on 23-11-2026; reload.');
  });

  it('translates every reason a letter is not yet possible', () => {
    const facts = [request(), request({ decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' }), request({ decision: 'ditolak', heldStatus: 'dikuasai_badan_lain' }), objection('registered'), objection('withdrawn')];
    const reasons = new Set<string>();
    for (const type of LETTER_TYPES) for (const f of facts) reasons.add(letterProblem(type, f) ?? '');
    reasons.delete('');
    expect(reasons.size).toBeGreaterThanOrEqual(6);
    for (const reason of reasons) {
      const english = englishCoreMessage(reason);
      expect(english, reason).not.toBe(reason);
      expect(english, english).not.toMatch(INDONESIAN);
    }
    expect(englishCoreMessage(letterProblem('pemberitahuan', request())!)).toContain('request 001/PPID/III/2026');
  });

  it('translates the refused status changes of a request', () => {
    let seen = 0;
    for (const from of REQUEST_STATUSES) {
      for (const to of REQUEST_STATUSES) {
        const problem = transitionProblem(from, to);
        if (!problem) continue;
        seen += 1;
        expect(englishCoreMessage(problem), problem).not.toBe(problem);
      }
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('keeps an unknown message, and leaves Indonesian alone', () => {
    expect(englishCoreMessage('Pesan yang belum dikenal.')).toBe('Pesan yang belum dikenal.');
    const profile = 'Profil kantor belum lengkap: isi Pengaturan → Profil kantor (kop surat, PPID, Atasan PPID) sebelum membuat surat.';
    expect(coreMessageIn('id', profile)).toBe(profile);
    expect(coreMessageIn('en', profile)).toBe('The office profile is incomplete: fill in Settings → Office profile (letterhead, PPID, Atasan PPID) before making a letter.');
  });

  it('says the field rules of the shared schemas and the importer notes in English', async () => {
    const { RequestCreateInput } = await import('../../../shared/ipc/channels/requests');
    const parsed = RequestCreateInput.safeParse({});
    expect(parsed.success).toBe(false);
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    expect(messages.length).toBeGreaterThan(3);
    for (const m of messages) expect(englishCoreMessage(m), m).not.toMatch(/wajib|harus|tidak/);
    expect(englishCoreMessage('Nama pemohon paling banyak 120 karakter.')).toBe("Requester's name may have at most 120 characters.");
    expect(englishCoreMessage('3 gambar tidak ditampilkan di pratinjau (tautan luar, terlalu besar, atau format lain).')).toBe('3 image(s) not shown in the preview (external links, too large, or another format).');
    expect(englishCoreMessage('PDF mengaku berisi 99999 halaman; jumlah halaman tidak dicatat.')).toBe('The PDF claims 99999 pages; the page count was not recorded.');
  });

  it('says the refusals of accounts and roles in English, from the core’s own messages', async () => {
    const { UNAUTHENTICATED_MESSAGE, forbiddenMessage } = await import('../../../electron/core/auth/guard');
    const { throttledMessage } = await import('../../../electron/core/auth/throttle');
    expect(englishCoreMessage(UNAUTHENTICATED_MESSAGE)).toBe('Your session has ended; please sign in again.');
    expect(englishCoreMessage(throttledMessage(120_000))).toBe('Too many attempts; try again in 2 minutes.');
    expect(englishCoreMessage(forbiddenMessage(['ppid', 'admin']))).toBe('This action needs the role PPID or Admin. Ask an officer with that role, or ask an Admin to add it to your account.');
  });
});
