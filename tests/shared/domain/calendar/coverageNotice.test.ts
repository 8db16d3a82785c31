import { coverageNotice } from '../../../../shared/domain/calendar/coverageNotice';

const SHIPPED = [2024, 2025, 2026];

describe('coverageNotice: warn before the working-day calendar runs out', () => {
  it('is quiet through October of a covered year', () => {
    expect(coverageNotice(SHIPPED, '2026-01-02')).toBeNull();
    expect(coverageNotice(SHIPPED, '2026-10-31')).toBeNull();
  });

  it('announces next year from 1 November when its holidays are missing', () => {
    expect(coverageNotice(SHIPPED, '2026-11-01')).toEqual({ kind: 'next', year: 2027 });
    expect(coverageNotice(SHIPPED, '2026-12-31')).toEqual({ kind: 'next', year: 2027 });
  });

  it('is quiet in December once next year is entered', () => {
    expect(coverageNotice([...SHIPPED, 2027], '2026-12-04')).toBeNull();
  });

  it('says intake is blocked once the year has begun without its holidays', () => {
    expect(coverageNotice(SHIPPED, '2027-01-01')).toEqual({ kind: 'current', year: 2027 });
    expect(coverageNotice([], '2026-06-01')).toEqual({ kind: 'current', year: 2026 });
  });
});
