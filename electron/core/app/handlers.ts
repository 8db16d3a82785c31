import type { appChannels } from '../../../shared/ipc/channels/app';
import type { HandlersFor } from '../handler';
import { schemaVersion } from '../db/migrate';
import { nowIso } from '../context';
import { getOfficer, setOfficer } from './officer';
import { APP_NAME, APP_VERSION } from './version';

export const appHandlers: HandlersFor<keyof typeof appChannels> = {
  'app:info': (_input, ctx) => ({
    name: APP_NAME,
    version: APP_VERSION,
    schemaVersion: schemaVersion(ctx.db),
    dataDir: ctx.dataDir,
    host: ctx.host,
  }),
  'app:now': (_input, ctx) => ({ now: nowIso(ctx) }),
  'app:officer': (_input, ctx) => getOfficer(ctx),
  'app:setOfficer': (input, ctx) => setOfficer(ctx, input.name),
};
