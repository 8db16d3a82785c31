import type { casesChannels } from '../../../shared/ipc/channels/cases';
import type { HandlersFor } from '../handler';
import { listRegister } from './register';

export const casesHandlers: HandlersFor<keyof typeof casesChannels> = {
  'cases:register': (input, ctx) => listRegister(ctx, input),
};
