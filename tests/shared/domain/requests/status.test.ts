// The request status machine: every pair (from, to) is either in the table or refused with an
// Indonesian sentence that names the step that is missing.
import { describe, expect, it } from 'vitest';
import {
  canTransition,
  isOpenStatus,
  isOverdueCounting,
  REQUEST_STATUSES,
  resumeStatus,
  transitionProblem,
  type RequestStatus,
} from '../../../../shared/domain/requests/status';

const ALLOWED: [RequestStatus, RequestStatus][] = [
  ['registered', 'in_process'],
  ['registered', 'waiting_requester'],
  ['registered', 'withdrawn'],
  ['in_process', 'extended'],
  ['in_process', 'waiting_requester'],
  ['in_process', 'answered'],
  ['in_process', 'withdrawn'],
  ['extended', 'waiting_requester'],
  ['extended', 'answered'],
  ['extended', 'withdrawn'],
  ['waiting_requester', 'in_process'],
  ['waiting_requester', 'extended'],
  ['waiting_requester', 'done'],
  ['waiting_requester', 'withdrawn'],
  ['answered', 'waiting_requester'],
  ['answered', 'done'],
];
const allowed = new Set(ALLOWED.map(([a, b]) => `${a}>${b}`));
const ALL_PAIRS = REQUEST_STATUSES.flatMap((from) => REQUEST_STATUSES.map((to) => [from, to] as const));
const FORBIDDEN = ALL_PAIRS.filter(([a, b]) => !allowed.has(`${a}>${b}`));

describe('request status machine', () => {
  it('has 16 allowed and 33 forbidden moves among the 7 statuses', () => {
    expect(ALLOWED).toHaveLength(16);
    expect(FORBIDDEN).toHaveLength(49 - 16);
  });

  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(transitionProblem(from, to)).toBeNull();
  });

  it.each(FORBIDDEN)('refuses %s → %s with an Indonesian reason', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    const problem = transitionProblem(from, to);
    expect(problem).toEqual(expect.any(String));
    expect(problem!.length).toBeGreaterThan(20);
    expect(problem).not.toMatch(/undefined|null/);
  });

  it('names the missing step', () => {
    expect(transitionProblem('registered', 'answered')).toBe(
      "Permohonan berstatus 'terdaftar' tidak dapat langsung menjadi 'dijawab': ubah dulu statusnya menjadi 'diproses'.",
    );
    expect(transitionProblem('registered', 'extended')).toBe(
      "Permohonan berstatus 'terdaftar' tidak dapat langsung menjadi 'diperpanjang': ubah dulu statusnya menjadi 'diproses'.",
    );
    expect(transitionProblem('registered', 'done')).toBe(
      "Permohonan berstatus 'terdaftar' tidak dapat langsung menjadi 'selesai': ubah dulu statusnya menjadi 'diproses', lalu 'dijawab'.",
    );
    expect(transitionProblem('in_process', 'done')).toMatch(/ubah dulu statusnya menjadi 'dijawab'\.$/);
    expect(transitionProblem('extended', 'done')).toMatch(/ubah dulu statusnya menjadi 'dijawab'\.$/);
  });

  it('says why the other moves are impossible', () => {
    expect(transitionProblem('extended', 'extended')).toMatch(/perpanjangan hanya boleh sekali \(UU KIP Pasal 22 ayat \(8\)\)/);
    expect(transitionProblem('done', 'in_process')).toBe('Permohonan sudah selesai; statusnya tidak dapat diubah lagi.');
    expect(transitionProblem('withdrawn', 'registered')).toBe('Permohonan sudah ditarik; statusnya tidak dapat diubah lagi.');
    expect(transitionProblem('in_process', 'registered')).toBe("Status tidak dapat kembali menjadi 'terdaftar'.");
    expect(transitionProblem('in_process', 'in_process')).toBe("Permohonan sudah berstatus 'diproses'.");
    expect(transitionProblem('extended', 'in_process')).toMatch(/tetap berstatus 'diperpanjang' sampai dijawab/);
    expect(transitionProblem('answered', 'extended')).toMatch(/^Permohonan sudah dijawab; langkah berikutnya 'selesai'/);
    expect(transitionProblem('waiting_requester', 'answered')).toBe(
      "Permohonan berstatus 'menunggu pemohon' tidak dapat langsung menjadi 'dijawab': ubah dulu statusnya menjadi 'diproses'.",
    );
  });

  it('counts registered, in-process and extended requests towards overdue, and nothing else', () => {
    const counting = REQUEST_STATUSES.filter(isOverdueCounting);
    expect(counting).toEqual(['registered', 'in_process', 'extended']);
  });

  it('keeps answered requests open (the information is still to be handed over)', () => {
    expect(REQUEST_STATUSES.filter(isOpenStatus)).toEqual(['registered', 'in_process', 'extended', 'waiting_requester', 'answered']);
  });

  it('returns from a pause to where it began', () => {
    expect(resumeStatus('registered')).toBe('in_process');
    expect(resumeStatus('in_process')).toBe('in_process');
    expect(resumeStatus('extended')).toBe('extended');
    expect(resumeStatus('answered')).toBe('done');
  });
});
