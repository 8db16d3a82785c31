// Working days left and the inbox state, on the shipped 2026 calendar (Idul Fitri block 18-24 Mar).
import { describe, expect, it } from 'vitest';
import { CALENDAR_ID_2024_2026, createCalendar } from '../../../../shared/domain/calendar';
import { dueStanding, dueWithinBound } from '../../../../shared/domain/requests/inboxState';

const cal = createCalendar(CALENDAR_ID_2024_2026);

describe('due standing', () => {
  it('counts working days left from the local today: 0 on the day, negative after', () => {
    // Tue 17 Mar → Wed 8 Apr: 10 working days (see the request clock tests).
    expect(dueStanding('2026-03-17', '2026-04-08', true, cal)).toEqual({ workingDaysLeft: 10, state: 'on_track' });
    expect(dueStanding('2026-04-02', '2026-04-08', true, cal)).toEqual({ workingDaysLeft: 3, state: 'due_soon' });
    expect(dueStanding('2026-04-08', '2026-04-08', true, cal)).toEqual({ workingDaysLeft: 0, state: 'due_today' });
    expect(dueStanding('2026-04-09', '2026-04-08', true, cal)).toEqual({ workingDaysLeft: -1, state: 'overdue' });
    expect(dueStanding('2026-04-14', '2026-04-08', true, cal)).toEqual({ workingDaysLeft: -4, state: 'overdue' });
  });

  it('is overdue on the weekend after a Friday due date, though no working day has passed', () => {
    expect(dueStanding('2026-04-11', '2026-04-10', true, cal)).toEqual({ workingDaysLeft: -1, state: 'overdue' });
  });

  it('is paused, never overdue, when the clock does not count', () => {
    expect(dueStanding('2026-04-14', '2026-04-08', false, cal)).toEqual({ workingDaysLeft: -4, state: 'paused' });
    expect(dueStanding('2026-03-17', '2026-04-08', false, cal).state).toBe('paused');
  });

  it('bounds "due within n working days" at the day before the (n+1)-th working day', () => {
    // From Tue 17 Mar: 1st working day 25 Mar, 2nd 26 Mar → within 1 = up to 25 Mar.
    expect(dueWithinBound('2026-03-17', 0, cal)).toBe('2026-03-24');
    expect(dueWithinBound('2026-03-17', 1, cal)).toBe('2026-03-25');
    // From Fri 10 Apr: within 1 = Mon 13 Apr (the weekend before it included).
    expect(dueWithinBound('2026-04-10', 1, cal)).toBe('2026-04-13');
  });
});
