import type { authChannels } from '../../../shared/ipc/channels/auth';
import type { officersChannels } from '../../../shared/ipc/channels/officers';
import type { HandlersFor } from '../handlers';
import { changePassword, login, logout, me, setup } from './service';
import { add, list, resetPassword, setActive, update } from './officersService';
import type { auditChannels } from '../../../shared/ipc/channels/audit';
import { auditExport, auditList } from '../audit/view';

export const authHandlers: HandlersFor<keyof typeof authChannels> = {
  'auth:login': (input, ctx) => login(ctx, input),
  'auth:logout': (_input, ctx) => logout(ctx),
  'auth:me': (_input, ctx) => me(ctx),
  'auth:setup': (input, ctx) => setup(ctx, input),
  'auth:changePassword': (input, ctx) => changePassword(ctx, input),
};

export const officersHandlers: HandlersFor<keyof typeof officersChannels> = {
  'officers:list': (_input, ctx) => list(ctx),
  'officers:add': (input, ctx) => add(ctx, input),
  'officers:update': (input, ctx) => update(ctx, input),
  'officers:setActive': (input, ctx) => setActive(ctx, input),
  'officers:resetPassword': (input, ctx) => resetPassword(ctx, input),
};

export const auditHandlers: HandlersFor<keyof typeof auditChannels> = {
  'audit:list': (input, ctx) => auditList(ctx, input),
  'audit:export': (input, ctx) => auditExport(ctx, input),
};
