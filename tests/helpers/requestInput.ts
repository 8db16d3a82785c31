// Requests as an officer would type them (no vitest import: child processes use it too).
import type { Input } from '../../shared/ipc/contract';

/** Samarinda (64.72), a woman born 1 Jan 1990 (day + 40). */
export const NIK_SITI = '6472014101900001';
/** Balikpapan (64.71), a man born 5 May 1985. */
export const NIK_BUDI = '6471020505850002';

type CreateInput = Input<'requests:create'>;

export type RequestOverrides = Partial<Omit<CreateInput, 'requester'>> & { requester?: Partial<CreateInput['requester']> };

export function requestInput(overrides: RequestOverrides = {}): CreateInput {
  const { requester, ...rest } = overrides;
  return {
    receivedAt: '2026-03-17T10:00:00+08:00',
    channel: 'langsung',
    requester: {
      name: 'Siti Aminah',
      idType: 'nik',
      idNumber: NIK_SITI,
      address: 'Jl. Pahlawan No. 12, Samarinda',
      phone: '0812-5555-1234',
      email: 'siti@contoh.id',
      occupation: 'Wartawan',
      ...requester,
    },
    information: 'Salinan Dokumen Pelaksanaan Anggaran (DPA) Dinas Kominfo tahun 2025',
    purpose: 'Bahan liputan',
    accessMethod: ['salinan_softcopy'],
    deliveryMethod: 'email',
    ...rest,
  };
}
