import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_YEARS, isPastRetention, retentionCutoff } from '../../../../shared/domain/pdp/retention';
import { ERASED_ID, ERASED_NIK, maskIdNumber, nikProblem } from '../../../../shared/domain/requests/nik';

describe('retention of personal data', () => {
  it('defaults to 5 years', () => {
    expect(DEFAULT_RETENTION_YEARS).toBe(5);
  });

  it('is due on the anniversary of the close date, not a day before', () => {
    expect(retentionCutoff('2026-03-18', 2)).toBe('2024-03-18');
    expect(isPastRetention('2024-03-18', '2026-03-18', 2)).toBe(true);
    expect(isPastRetention('2024-03-18', '2026-03-17', 2)).toBe(false);
    expect(isPastRetention('2024-03-19', '2026-03-18', 2)).toBe(false);
  });

  it('counts a 29 February close as due on 1 March of a common year', () => {
    expect(isPastRetention('2024-02-29', '2025-02-28', 1)).toBe(false);
    expect(isPastRetention('2024-02-29', '2025-03-01', 1)).toBe(true);
    expect(isPastRetention('2024-02-29', '2028-02-29', 4)).toBe(true);
  });
});

describe('an erased identity number', () => {
  it('is shown as [dihapus], and the erased NIK is one no intake accepts', () => {
    expect(maskIdNumber(ERASED_NIK)).toBe('[dihapus]');
    expect(maskIdNumber(ERASED_ID)).toBe('[dihapus]');
    expect(maskIdNumber('6472014101900001')).toBe('************0001');
    expect(nikProblem(ERASED_NIK)).toMatch(/bukan kode provinsi/);
  });
});
