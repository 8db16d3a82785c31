import type { disputesChannels } from '../../../shared/ipc/channels/disputes';
import type { HandlersFor } from '../handler';
import { createDispute, getDisputeDetail, updateDisputeCase } from './service';

export const disputesHandlers: HandlersFor<keyof typeof disputesChannels> = {
  'disputes:create': (input, ctx) => createDispute(ctx, input),
  'disputes:update': (input, ctx) => updateDisputeCase(ctx, input),
  'disputes:get': (input, ctx) => getDisputeDetail(ctx, input.id),
};
