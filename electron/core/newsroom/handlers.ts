import type { newsroomChannels } from '../../../shared/ipc/channels/newsroom';
import type { HandlersFor } from '../handler';
import { exportByNumber } from './exportable';
import { searchNewsroom } from './search';

export const newsroomHandlers: HandlersFor<keyof typeof newsroomChannels> = {
  'newsroom:export': (input, ctx) => exportByNumber(ctx, input),
  'newsroom:search': (input, ctx) => searchNewsroom(ctx, input),
};
