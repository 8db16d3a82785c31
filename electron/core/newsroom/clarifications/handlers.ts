import type { clarificationsChannels } from '../../../../shared/ipc/channels/clarifications';
import type { HandlersFor } from '../../handler';
import { exportClarification } from './export';
import { openCrises } from '../../inbox/crises';
import { completeStep, createClarification, getClarification, listClarifications, openCrisis, recordHolding, updateClarification } from './service';
import { getCrisisSettings, saveCrisisSettings } from './settings';

export const clarificationsHandlers: HandlersFor<keyof typeof clarificationsChannels> = {
  'clarifications:create': (input, ctx) => createClarification(ctx, input),
  'clarifications:update': (input, ctx) => updateClarification(ctx, input),
  'clarifications:get': (input, ctx) => getClarification(ctx, input.id),
  'clarifications:list': (input, ctx) => listClarifications(ctx, input),
  'clarifications:openCrisis': (input, ctx) => openCrisis(ctx, input),
  'clarifications:holding': (input, ctx) => recordHolding(ctx, input),
  'clarifications:step': (input, ctx) => completeStep(ctx, input),
  'clarifications:export': (input, ctx) => exportClarification(ctx, input),
  'clarifications:crises': (input, ctx) => openCrises(ctx, input),
  'clarifications:settings': (_input, ctx) => getCrisisSettings(ctx.db),
  'clarifications:saveSettings': (input, ctx) => saveCrisisSettings(ctx, input),
};
