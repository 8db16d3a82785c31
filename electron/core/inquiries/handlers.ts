import type { inquiriesChannels } from '../../../shared/ipc/channels/inquiries';
import type { HandlersFor } from '../handler';
import { convertInquiry, inquiryForRequest, requestDraft } from './convert';
import { addCoverage, addPressRight, setAttachments } from './followup';
import { exportPressStatement } from './pressStatement';
import { createInquiry, getInquiryDetail, listInquiries, moveInquiry } from './service';

export const inquiriesHandlers: HandlersFor<keyof typeof inquiriesChannels> = {
  'inquiries:create': (input, ctx) => createInquiry(ctx, input),
  'inquiries:get': (input, ctx) => getInquiryDetail(ctx, input.id),
  'inquiries:list': (input, ctx) => listInquiries(ctx, input),
  'inquiries:move': (input, ctx) => moveInquiry(ctx, input),
  'inquiries:setAttachments': (input, ctx) => setAttachments(ctx, input),
  'inquiries:addCoverage': (input, ctx) => addCoverage(ctx, input),
  'inquiries:addPressRight': (input, ctx) => addPressRight(ctx, input),
  'inquiries:requestDraft': (input, ctx) => requestDraft(ctx, input),
  'inquiries:convert': (input, ctx) => convertInquiry(ctx, input),
  'inquiries:exportStatement': (input, ctx) => exportPressStatement(ctx, input),
  'inquiries:forRequest': (input, ctx) => inquiryForRequest(ctx, input),
};
