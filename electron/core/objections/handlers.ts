import type { objectionsChannels } from '../../../shared/ipc/channels/objections';
import type { HandlersFor } from '../handler';
import { createObjection, decideObjection, getObjectionDetail } from './service';
import { markReleased, recordRequesterReply, withdrawObjection } from './followUp';

export const objectionsHandlers: HandlersFor<keyof typeof objectionsChannels> = {
  'objections:create': (input, ctx) => createObjection(ctx, input),
  'objections:decide': (input, ctx) => decideObjection(ctx, input),
  'objections:withdraw': (input, ctx) => withdrawObjection(ctx, input),
  'objections:recordReply': (input, ctx) => recordRequesterReply(ctx, input),
  'objections:markReleased': (input, ctx) => markReleased(ctx, input),
  'objections:get': (input, ctx) => getObjectionDetail(ctx, input.id),
};
