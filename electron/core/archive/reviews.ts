// Reminders for exempt information: UU KIP Ps 20(1) makes most Ps 17 exemptions not permanent, so
// each is reviewed on its date. Today is the office's local date, like the inbox, never the UTC date.
import { addDays } from '../../../shared/domain/calendar/localDate';
import type { ReviewDue } from '../../../shared/ipc/channels/archive';
import type { z } from 'zod';
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { listReviewsDue } from './repo';

/** Exempt documents whose review date has passed or comes within `withinDays` calendar days of today. */
export function reviewsDue(ctx: Pick<Ctx, 'db' | 'clock'>, withinDays: number): Array<z.infer<typeof ReviewDue>> {
  const today = todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
  return listReviewsDue(ctx.db, addDays(today, withinDays)).map((r) => ({
    id: r.id,
    title: r.title,
    exemptionLetter: r.exemption_letter,
    reviewDate: r.review_date,
    overdue: r.review_date < today,
  }));
}
