import type { inboxChannels } from '../../../shared/ipc/channels/inbox';
import type { HandlersFor } from '../handler';
import { listInbox } from './service';

export const inboxHandlers: HandlersFor<keyof typeof inboxChannels> = {
  'inbox:list': (input, ctx) => listInbox(ctx, input),
};
