// The tariff channels of the fake backend: one tariff in memory, items numbered on save as the
// core does (ids kept for unchanged items are not needed by the renderer).
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { TariffView } from '../../../shared/ipc/channels/costs';

export interface TariffState {
  tariff: TariffView;
}

export function emptyTariff(): TariffView {
  return { decreeNumber: '', decreeDate: null, items: [], updatedAt: null, version: 0 };
}

export function tariffHandlers(state: TariffState, emit: (event: string, payload: unknown) => void) {
  let nextId = 1 + Math.max(0, ...state.tariff.items.map((i) => i.id));
  return {
    'tariff:get': () => state.tariff,
    'tariff:save': (input: ParsedInput<'tariff:save'>) => {
      state.tariff = {
        decreeNumber: input.decreeNumber,
        decreeDate: input.decreeDate,
        items: input.items.map((i) => ({ id: nextId++, ...i })),
        updatedAt: '2026-11-23T02:00:00.000Z',
        version: state.tariff.version + 1,
      };
      emit('settings:changed', { key: 'tariff' });
      return state.tariff;
    },
  };
}
