// The numbering channels of the fake backend: the settings kept in memory, the defaults at first.
import type { ParsedInput } from '../../../shared/ipc/contract';
import { DEFAULT_NUMBERING, type NumberingSettings } from '../../../shared/ipc/channels/numbering';

export function numberingHandlers(state: { numbering: NumberingSettings } = { numbering: { ...DEFAULT_NUMBERING } }) {
  return {
    'numbering:get': () => state.numbering,
    'numbering:set': (input: ParsedInput<'numbering:set'>) => {
      state.numbering = input;
      return state.numbering;
    },
  };
}
