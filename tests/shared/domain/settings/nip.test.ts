import { describe, expect, it } from 'vitest';
import { formatNip, nipProblem } from '../../../../shared/domain/settings/nip';

describe('formatNip', () => {
  it('groups an 18-digit NIP 8-6-1-3, however it was typed', () => {
    for (const typed of ['197503122000031004', '19750312 200003 1 004', '19750312.200003.1.004', ' 19750312-200003-1-004 ']) {
      expect(formatNip(typed)).toBe('19750312 200003 1 004');
    }
    expect(formatNip('196911011994032006')).toBe('19691101 199403 2 006');
  });

  it('returns what is not an 18-digit NIP as typed, trimmed', () => {
    expect(formatNip(' 12345 ')).toBe('12345');
    expect(formatNip('')).toBe('');
    expect(formatNip('NRPTT 7788')).toBe('NRPTT 7788');
  });

  it('agrees with the validation: every valid NIP formats to 21 characters in four groups', () => {
    const nip = '198001012005011001';
    expect(nipProblem(nip)).toBeNull();
    expect(formatNip(nip).split(' ').map((g) => g.length)).toEqual([8, 6, 1, 3]);
  });
});
