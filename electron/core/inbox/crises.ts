// Kotak Masuk's crisis clocks: every open crisis (klarifikasi hoaks in crisis mode) with the time
// left to its holding statement, the most urgent first, beside the inquiries' hour clocks.
import { CRISIS_STEPS } from '../../../shared/domain/newsroom/clarifications';
import { parseInstant } from '../../../shared/domain/requests/instant';
import { minutesLeft } from '../../../shared/domain/inquiries/clocks';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { OpenCrisis } from '../../../shared/ipc/channels/clarifications';
import type { Ctx } from '../context';
import { openCrisisRows } from '../newsroom/clarifications/repo';

/** The inbox's crisis clocks: open crises, the most urgent holding statement first. */
export function openCrises(ctx: Ctx, input: ParsedInput<'clarifications:crises'>): OpenCrisis[] {
  const nowMs = input.now ? parseInstant(input.now)! : ctx.clock.now().getTime();
  return openCrisisRows(ctx.db).map((row) => ({
    id: row.id,
    number: row.number,
    label: row.label,
    title: row.title,
    openedAt: row.crisis_opened_at!,
    holdingDueAt: row.holding_due_at!,
    holdingIssuedAt: row.holding_issued_at,
    minutesLeft: row.holding_issued_at === null ? minutesLeft(nowMs, Date.parse(row.holding_due_at!)) : null,
    stepsDone: row.steps_done,
    stepsTotal: CRISIS_STEPS.length,
  }));
}
