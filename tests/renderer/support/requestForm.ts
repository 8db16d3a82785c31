// Fills the intake form by its labels, as an officer would.
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

export const VALID_NIK = '6472014512900003';

export const VALID_INTAKE: Record<string, string> = {
  'Nama pemohon': 'Budi Santoso',
  'Nomor identitas': VALID_NIK,
  'Telepon pemohon': '0812-5555-1234',
  'Alamat pemohon': 'Jl. Juanda No. 5, Samarinda',
  'Rincian informasi yang diminta': 'Salinan DPA Dinas Kominfo tahun 2026',
  'Tujuan penggunaan informasi': 'Penelitian skripsi',
};

export function field(label: string): HTMLElement {
  return screen.getByLabelText(label, { exact: true, selector: 'input, textarea, select' });
}

export async function fillIntake(user: UserEvent, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const el = field(label);
    await user.clear(el);
    if (value !== '') await user.type(el, value);
  }
}

/** A `requests:create` input valid per the contract. */
export function validCreateInput(overrides: Record<string, unknown> = {}) {
  return {
    receivedAt: '2026-03-17T10:00:00+08:00',
    channel: 'langsung',
    requester: { name: 'Budi Santoso', idType: 'nik', idNumber: VALID_NIK, address: 'Jl. Juanda No. 5, Samarinda', phone: '0812-5555-1234' },
    information: 'Salinan DPA Dinas Kominfo tahun 2026',
    purpose: 'Penelitian skripsi',
    accessMethod: ['salinan_softcopy'],
    deliveryMethod: 'ambil_langsung',
    ...overrides,
  };
}
