import type { releasesChannels } from '../../../../shared/ipc/channels/releases';
import type { HandlersFor } from '../../handler';
import { releasePatternView, setReleasePattern } from '../../numbering/releases';
import { distributeRelease, exportRelease } from './export';
import { addReleaseLink, createRelease, getReleaseDetail, listReleases, officeToday, releaseIdByNumber, transitionRelease, updateReleaseContent } from './service';

export const releasesHandlers: HandlersFor<keyof typeof releasesChannels> = {
  'releases:list': (input, ctx) => listReleases(ctx, input),
  'releases:get': (input, ctx) => getReleaseDetail(ctx, input.id),
  'releases:create': (input, ctx) => createRelease(ctx, input),
  'releases:update': (input, ctx) => updateReleaseContent(ctx, input),
  'releases:transition': (input, ctx) => transitionRelease(ctx, input),
  'releases:addLink': (input, ctx) => addReleaseLink(ctx, input),
  'releases:export': (input, ctx) => exportRelease(ctx, input),
  'releases:distribute': (input, ctx) => distributeRelease(ctx, input),
  'releases:byNumber': (input, ctx) => getReleaseDetail(ctx, releaseIdByNumber(ctx, input.number)),
  'releases:getPattern': (_input, ctx) => releasePatternView(ctx.db, officeToday(ctx)),
  'releases:setPattern': (input, ctx) => setReleasePattern(ctx, input.pattern, officeToday(ctx)),
};
