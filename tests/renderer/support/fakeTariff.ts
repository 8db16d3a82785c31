// The tariff channels of the fake backend: one tariff in memory, items numbered on save as the
// core does (ids kept for unchanged items are not needed by the renderer).
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { TariffView } from '../../../shared/ipc/channels/costs';
import type { OfficeProfile } from '../../../shared/domain/settings/officeProfile';
import { FakeRefusal } from './fakeRefusal';

export interface TariffState {
  tariff: TariffView;
  profile: OfficeProfile | null;
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
    // The maklumat pelayanan: a stand-in file named as the core names it; refused without a profile.
    'settings:maklumat': (input: ParsedInput<'settings:maklumat'>) => {
      if (!state.profile) {
        throw new FakeRefusal('precondition', 'Maklumat pelayanan belum dapat dibuat karena profil kantor belum lengkap. Belum diisi: nama instansi, alamat, nama PPID. Lengkapi di Pengaturan → Profil kantor, lalu coba lagi.');
      }
      const mimeType = input.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      return { fileName: `maklumat-pelayanan-${input.size}.${input.format}`, mimeType, dataBase64: btoa(`${input.size} ${input.format}`) };
    },
  };
}
