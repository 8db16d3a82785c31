// What a create channel answered the first time, rebuilt from the id its clientKey recorded.
import type { Channel } from '../../../shared/ipc/contract';
import type { Ctx } from '../context';
import { getDisputeDetail } from '../disputes/service';
import { getInquiryDetail } from '../inquiries/service';
import { requireStatement, toStatementView } from '../media/statements';
import { getObjectionDetail } from '../objections/service';
import { getRequest } from '../requests/service';
import { getReleaseDetail } from '../newsroom/releases/service';
import { getIssueDetail } from '../newsroom/issues/service';

/** The channels that take a clientKey, and how to answer a retry from the id the key recorded. */
export const IDEMPOTENT_CHANNELS: Partial<Record<Channel, (ctx: Ctx, id: number) => unknown>> = {
  'requests:create': (ctx, id) => getRequest(ctx, id),
  'objections:create': (ctx, id) => getObjectionDetail(ctx, id),
  'disputes:create': (ctx, id) => getDisputeDetail(ctx, id),
  'inquiries:create': (ctx, id) => getInquiryDetail(ctx, id),
  // These two add a row to an inquiry and answer with the inquiry: the key records the inquiry.
  'inquiries:addCoverage': (ctx, id) => getInquiryDetail(ctx, id),
  'inquiries:addPressRight': (ctx, id) => getInquiryDetail(ctx, id),
  'media:saveStatement': (ctx, id) => toStatementView(requireStatement(ctx, id)),
  'releases:create': (ctx, id) => getReleaseDetail(ctx, id),
  'issues:create': (ctx, id) => getIssueDetail(ctx, id),
};
