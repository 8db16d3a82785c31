import type { narasiChannels } from '../../../../shared/ipc/channels/narasi';
import type { HandlersFor } from '../../handler';
import { approveNarasi, createNarasi, exportBundle, getNarasi, importBundle, listNarasi, listTrustedKeys, officeKeyView, trustKey, updateNarasi } from './service';

export const narasiHandlers: HandlersFor<keyof typeof narasiChannels> = {
  'narasi:create': (input, ctx) => createNarasi(ctx, input),
  'narasi:update': (input, ctx) => updateNarasi(ctx, input),
  'narasi:approve': (input, ctx) => approveNarasi(ctx, input),
  'narasi:get': (input, ctx) => getNarasi(ctx, input.id),
  'narasi:list': (input, ctx) => listNarasi(ctx, input),
  'narasi:officeKey': (_input, ctx) => officeKeyView(ctx),
  'narasi:exportBundle': (input, ctx) => exportBundle(ctx, input),
  'narasi:importBundle': (input, ctx) => importBundle(ctx, input),
  'narasi:trustedKeys': (_input, ctx) => listTrustedKeys(ctx),
  'narasi:trustKey': (input, ctx) => trustKey(ctx, input),
};
