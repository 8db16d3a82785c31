import type { issuesChannels } from '../../../../shared/ipc/channels/issues';
import type { HandlersFor } from '../../handler';
import { exportBrief } from './brief';
import { createIssue, getIssueDetail, linkIssue, listIssues, moveIssue, updateIssueContent } from './service';

export const issuesHandlers: HandlersFor<keyof typeof issuesChannels> = {
  'issues:list': (input, ctx) => listIssues(ctx, input),
  'issues:get': (input, ctx) => getIssueDetail(ctx, input.id),
  'issues:create': (input, ctx) => createIssue(ctx, input),
  'issues:update': (input, ctx) => updateIssueContent(ctx, input),
  'issues:move': (input, ctx) => moveIssue(ctx, input),
  'issues:link': (input, ctx) => linkIssue(ctx, input),
  'issues:brief': (input, ctx) => exportBrief(ctx, input),
};
