// The numbering channels of the fake backend: the settings kept in memory, the defaults at first.
import type { ParsedInput } from '../../../shared/ipc/contract';
import { DEFAULT_NUMBERING, type NumberingSettings } from '../../../shared/ipc/channels/numbering';
import { DEFAULT_RELEASE_PATTERN } from '../../../shared/domain/newsroom/releases';
import { formatNumber } from '../../../shared/domain/requests/numbering';

export function numberingHandlers(state: { numbering: NumberingSettings } = { numbering: { ...DEFAULT_NUMBERING } }) {
  return {
    'numbering:get': () => state.numbering,
    'numbering:set': (input: ParsedInput<'numbering:set'>) => {
      state.numbering = input;
      return state.numbering;
    },
  };
}

/** The siaran pers number pattern (releases:getPattern / setPattern), previewed for this month. */
export function releasePatternHandlers(state = { pattern: DEFAULT_RELEASE_PATTERN }) {
  const now = new Date();
  const view = () => ({ pattern: state.pattern, preview: formatNumber(state.pattern, DEFAULT_NUMBERING.seqWidth, { seq: 1, year: now.getFullYear(), month: now.getMonth() + 1, unit: DEFAULT_NUMBERING.unitCode }) });
  return {
    'releases:getPattern': view,
    'releases:setPattern': (input: ParsedInput<'releases:setPattern'>) => {
      state.pattern = input.pattern;
      return view();
    },
  };
}
