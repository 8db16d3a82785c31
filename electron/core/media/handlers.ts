import type { mediaChannels } from '../../../shared/ipc/channels/media';
import type { HandlersFor } from '../handler';
import { getInquiryHours, setInquiryHours } from './hours';
import { exportMediaLog } from './log';
import { journalists, outlets, saveJournalist, saveOutlet } from './service';
import { saveStatement, statements } from './statements';

export const mediaHandlers: HandlersFor<keyof typeof mediaChannels> = {
  'media:outlets': (input, ctx) => outlets(ctx, input),
  'media:saveOutlet': (input, ctx) => saveOutlet(ctx, input),
  'media:journalists': (input, ctx) => journalists(ctx, input),
  'media:saveJournalist': (input, ctx) => saveJournalist(ctx, input),
  'media:getHours': (_input, ctx) => getInquiryHours(ctx.db),
  'media:setHours': (input, ctx) => setInquiryHours(ctx, input),
  'media:statements': (input, ctx) => statements(ctx, input),
  'media:saveStatement': (input, ctx) => saveStatement(ctx, input),
  'media:exportLog': (input, ctx) => exportMediaLog(ctx, input),
};
