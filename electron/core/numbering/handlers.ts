import type { numberingChannels } from '../../../shared/ipc/channels/numbering';
import type { HandlersFor } from '../handler';
import { getNumbering, setNumbering } from './service';

export const numberingHandlers: HandlersFor<keyof typeof numberingChannels> = {
  'numbering:get': (_input, ctx) => getNumbering(ctx.db),
  'numbering:set': (input, ctx) => setNumbering(ctx, input),
};
