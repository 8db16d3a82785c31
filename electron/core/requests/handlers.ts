import type { requestsChannels } from '../../../shared/ipc/channels/requests';
import type { HandlersFor } from '../handler';
import { createRequest, getRequest, requireRequest, revealNik, timeline } from './service';
import { consequenceDraft } from './consequence';
import { transitionRequest } from './transition';
import { reopenRequest } from './reopen';

export const requestsHandlers: HandlersFor<keyof typeof requestsChannels> = {
  'requests:create': (input, ctx) => createRequest(ctx, input),
  'requests:get': (input, ctx) => getRequest(ctx, input.id),
  'requests:revealNik': (input, ctx) => revealNik(ctx, input),
  'requests:transition': (input, ctx) => transitionRequest(ctx, input),
  'requests:reopen': (input, ctx) => reopenRequest(ctx, input),
  'requests:consequenceDraft': (input, ctx) => (requireRequest(ctx, input.id), consequenceDraft(ctx.db, input.id)),
  'requests:timeline': (input, ctx) => timeline(ctx, input.id),
};
