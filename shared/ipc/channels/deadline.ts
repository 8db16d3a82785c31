// Why a case is due when it is: the computeDeadline explanation for each of its clocks.
import { z } from '../zod';
import { defineChannels } from '../define';
import { Id } from '../fields';
import { CLOCK_IDS } from '../../domain/clocks/clocks';
import { KIP_KINDS } from './inbox';

export const DeadlineResultView = z.object({
  clock: z.enum(CLOCK_IDS),
  from: z.string(),
  zone: z.string(),
  cutoff: z.string(),
  workingDays: z.number().int(),
  basis: z.string(),
  receivedLocalDate: z.string(),
  receivedLocalTime: z.string().nullable(),
  effectiveStart: z.string(),
  due: z.string(),
  calendarVersion: z.string(),
  cutiBersamaIsDayOff: z.boolean(),
  skipped: z.array(z.object({ date: z.string(), reason: z.string() })),
  explanation: z.array(z.string()),
  coverageWarning: z.string().nullable(),
});

export const DeadlineExplanation = z.object({
  kind: z.enum(KIP_KINDS),
  id: z.number().int(),
  number: z.string(),
  clocks: z.array(
    z.object({
      /** The date stored on the case and the calendar version it was computed with. */
      storedDue: z.string(),
      storedCalendarVersion: z.string(),
      /** The same count redone now, on the calendar in force, with every day explained. */
      result: DeadlineResultView,
    }),
  ),
});
export type DeadlineExplanation = z.infer<typeof DeadlineExplanation>;

export const deadlineChannels = defineChannels({
  'deadline:explain': {
    summary: 'Penjelasan tenggat sebuah kasus: hari ke-0, hari yang tidak dihitung, dasar hukum dan versi kalender.',
    input: z.object({ kind: z.enum(KIP_KINDS, { error: 'Jenis harus request, objection atau dispute.' }), id: Id }),
    output: DeadlineExplanation,
  },
});
