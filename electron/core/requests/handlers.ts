import type { requestsChannels } from '../../../shared/ipc/channels/requests';
import type { HandlersFor } from '../handler';
import { createRequest, getRequest, revealNik, timeline } from './service';
import { extendRequest, transitionRequest } from './transition';
import { reopenRequest } from './reopen';

export const requestsHandlers: HandlersFor<keyof typeof requestsChannels> = {
  'requests:create': (input, ctx) => createRequest(ctx, input),
  'requests:get': (input, ctx) => getRequest(ctx, input.id),
  'requests:revealNik': (input, ctx) => revealNik(ctx, input),
  'requests:transition': (input, ctx) => transitionRequest(ctx, input),
  'requests:extend': (input, ctx) => extendRequest(ctx, input),
  'requests:reopen': (input, ctx) => reopenRequest(ctx, input),
  'requests:timeline': (input, ctx) => timeline(ctx, input.id),
};
