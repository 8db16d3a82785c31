import type { lanChannels } from '../../../shared/ipc/channels/lan';
import type { HandlersFor } from '../handler';
import { getAccess, lanInfo, setAccess } from './service';

export const lanHandlers: HandlersFor<keyof typeof lanChannels> = {
  'app:lanInfo': (_input, ctx) => lanInfo(ctx),
  'settings:getAccess': (_input, ctx) => getAccess(ctx),
  'settings:setAccess': (input, ctx) => setAccess(ctx, input),
};
