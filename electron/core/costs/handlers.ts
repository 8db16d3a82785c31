import type { costsChannels } from '../../../shared/ipc/channels/costs';
import type { HandlersFor } from '../handler';
import { exportMaklumat } from '../maklumat/export';
import { getTariff, saveTariff } from './tariff';

export const costsHandlers: HandlersFor<keyof typeof costsChannels> = {
  'tariff:get': (_input, ctx) => getTariff(ctx.db),
  'tariff:save': (input, ctx) => saveTariff(ctx, input),
  'settings:maklumat': (input, ctx) => exportMaklumat(ctx, input),
};
