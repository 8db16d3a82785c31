import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Inputs by their exact <label> text, as the e2e tests find them (getByLabel). */
export const field = (name: string) => screen.getByLabelText(name, { exact: true });

export async function fillProfile(user: UserEvent, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = field(name);
    await user.clear(input);
    // paste: one input event per field; typing key by key re-validates the form on each key.
    if (value) await user.paste(value);
  }
}

export const VALID_FORM: Record<string, string> = {
  'Nama instansi baris 1': 'PEMERINTAH PROVINSI KALIMANTAN TIMUR',
  'Nama instansi baris 2': 'DINAS KOMUNIKASI DAN INFORMATIKA',
  'Unit/PPID': 'PPID Utama Provinsi Kalimantan Timur',
  Alamat: 'Jl. Basuki Rahmat No. 41, Samarinda',
  Telepon: '(0541) 741042',
  'E-mail': 'ppid@kaltimprov.go.id',
  'Situs web': 'ppid.kaltimprov.go.id',
  Kota: 'Samarinda',
  'Nama PPID': 'Dra. Siti Rahmawati, M.Si.',
  'NIP PPID': '19780512 200501 2 003',
  'Jabatan PPID': 'Kepala Dinas Komunikasi dan Informatika',
  'Nama Atasan PPID': 'Drs. Ahmad Fauzi, M.M.',
  'NIP Atasan PPID': '196903141994031005',
  'Jabatan Atasan PPID': 'Sekretaris Daerah',
};
