import type { reportsChannels } from '../../../shared/ipc/channels/reports';
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';

// Placeholder while the report is being built (issue 12): every channel answers 'unsupported'.
const notYet = (): never => {
  throw new AppError('unsupported', 'Laporan tahunan belum tersedia di versi ini.');
};

export const reportsHandlers: HandlersFor<keyof typeof reportsChannels> = {
  'reports:figures': notYet,
  'reports:cases': notYet,
  'reports:getNarrative': notYet,
  'reports:saveNarrative': notYet,
  'reports:export': notYet,
};
