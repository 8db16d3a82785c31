import type { settingsChannels } from '../../../shared/ipc/channels/settings';
import type { HandlersFor } from '../handler';
import * as settings from './service';

export const settingsHandlers: HandlersFor<keyof typeof settingsChannels> = {
  'settings:getProfile': (_input, ctx) => settings.getProfile(ctx),
  'settings:saveProfile': (input, ctx) => settings.saveProfile(ctx, input),
  'settings:setLogo': (input, ctx) => settings.setLogo(ctx, input),
  'settings:removeLogo': (_input, ctx) => settings.removeLogo(ctx),
  'settings:getLogo': (_input, ctx) => settings.getLogoImage(ctx),
  'settings:getUi': (_input, ctx) => settings.getUi(ctx),
  'settings:setUi': (input, ctx) => settings.setUi(ctx, input),
};
