import type { calendarChannels } from '../../../shared/ipc/channels/calendar';
import type { deadlineChannels } from '../../../shared/ipc/channels/deadline';
import type { HandlersFor } from '../handler';
import { explainDeadline } from './explain';
import { addLocalDay, cancelShippedDay, getCalendar, removeLocalDay, restoreShippedDay, setCutiBersama } from './service';

export const calendarHandlers: HandlersFor<keyof typeof calendarChannels> = {
  'calendar:get': (_input, ctx) => getCalendar(ctx),
  'calendar:addDay': (input, ctx) => addLocalDay(ctx, input),
  'calendar:removeDay': (input, ctx) => removeLocalDay(ctx, input),
  'calendar:setCutiBersama': (input, ctx) => setCutiBersama(ctx, input),
  'calendar:cancelShippedDay': (input, ctx) => cancelShippedDay(ctx, input),
  'calendar:restoreShippedDay': (input, ctx) => restoreShippedDay(ctx, input),
};

export const deadlineHandlers: HandlersFor<keyof typeof deadlineChannels> = {
  'deadline:explain': (input, ctx) => explainDeadline(ctx, input),
};
