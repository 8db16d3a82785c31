import type { pdpChannels } from '../../../shared/ipc/channels/pdp';
import type { HandlersFor } from '../handler';
import { anonymise } from './anonymise';
import { exportSubject } from './export';
import { getRetention, setRetention } from './retention';

export const pdpHandlers: HandlersFor<keyof typeof pdpChannels> = {
  'pdp:retention': (_input, ctx) => getRetention(ctx.db),
  'pdp:setRetention': (input, ctx) => setRetention(ctx, input),
  'pdp:anonymise': (input, ctx) => anonymise(ctx, input),
  'pdp:export': (input, ctx) => exportSubject(ctx, input),
};
