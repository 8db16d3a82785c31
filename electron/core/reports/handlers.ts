import type { reportsChannels } from '../../../shared/ipc/channels/reports';
import type { HandlersFor } from '../handler';
import { exportReport } from './export';
import { computeFigures, listCases } from './figures';
import { getNarrative, saveNarrative } from './narrative';

export const reportsHandlers: HandlersFor<keyof typeof reportsChannels> = {
  'reports:figures': (input, ctx) => computeFigures(ctx, input.period),
  'reports:cases': (input, ctx) => listCases(ctx, input.period, input.figure, input.limit),
  'reports:getNarrative': (input, ctx) => getNarrative(ctx, input.year),
  'reports:saveNarrative': (input, ctx) => saveNarrative(ctx, input),
  'reports:export': (input, ctx) => exportReport(ctx, input),
};
