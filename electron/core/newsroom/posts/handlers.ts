import type { postsChannels } from '../../../../shared/ipc/channels/posts';
import type { HandlersFor } from '../../handler';
import { listCalendar, listPosts, saveCalendar, savePost } from './service';

export const postsHandlers: HandlersFor<keyof typeof postsChannels> = {
  'posts:list': (input, ctx) => listPosts(ctx, input),
  'posts:save': (input, ctx) => savePost(ctx, input),
  'contentCalendar:list': (input, ctx) => listCalendar(ctx, input),
  'contentCalendar:save': (input, ctx) => saveCalendar(ctx, input),
};
