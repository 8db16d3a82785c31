// What the inbox says about a due date: overdue, due today, due soon, on track, or paused.
// Working days left are counted on the working-day calendar from the office-local today
// (workingDaysBetween: 0 = due today, negative = overdue).
import { addDays, compareDates, type IsoDate } from '../calendar/localDate';
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from '../calendar/calendar';

export const INBOX_STATES = ['overdue', 'due_today', 'due_soon', 'on_track', 'paused'] as const;
export type InboxState = (typeof INBOX_STATES)[number];

/** 'due soon' = at most this many working days left (an office habit, not a legal number). */
export const DUE_SOON_WORKING_DAYS = 3;

export interface DueStanding {
  workingDaysLeft: number;
  state: InboxState;
}

/**
 * `counting` false (waiting for the requester, answered ...) gives 'paused' whatever the date.
 * A due date already past is overdue even when no working day has passed since (a Friday due date
 * seen on Saturday): workingDaysLeft is then at least -1 below zero.
 */
export function dueStanding(today: IsoDate, due: IsoDate, counting: boolean, cal: WorkingCalendar): DueStanding {
  const between = workingDaysBetween(today, due, cal);
  const order = compareDates(due, today);
  const workingDaysLeft = order < 0 ? Math.min(between, -1) : between;
  if (!counting) return { workingDaysLeft, state: 'paused' };
  if (order < 0) return { workingDaysLeft, state: 'overdue' };
  if (order === 0) return { workingDaysLeft, state: 'due_today' };
  return { workingDaysLeft, state: workingDaysLeft <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track' };
}

/**
 * The last date whose working days left are at most `n` (n >= 0): the day before the (n+1)-th
 * working day after today. A due date on or before it is "due within n working days".
 */
export function dueWithinBound(today: IsoDate, n: number, cal: WorkingCalendar): IsoDate {
  return addDays(addWorkingDays(today, n + 1, cal), -1);
}
