import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail } from '../../shared/ipc/result';
import { createFakeBackend, validProfileInput } from './support/fakeTransport';
import { field, fillProfile, VALID_FORM } from './support/profileForm';
import { renderApp } from './support/renderApp';

async function openSettings(backend = createFakeBackend()) {
  renderApp(backend, '/settings');
  await screen.findByRole('heading', { level: 1, name: 'Pengaturan' });
  await screen.findByRole('textbox', { name: 'Unit/PPID' });
  return backend;
}

describe('Pengaturan: office profile', () => {
  it('labels every field as the e2e tests expect', async () => {
    await openSettings();
    for (const name of Object.keys(VALID_FORM)) expect(field(name)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Batas jam layanan' })).toHaveValue('16:00');
    expect(screen.getByRole('combobox', { name: 'Zona waktu' })).toHaveValue('Asia/Makassar');
    expect(screen.getByLabelText('Logo')).toHaveAttribute('type', 'file');
    expect(screen.getByRole('button', { name: 'Simpan' })).toBeInTheDocument();
    expect(document.title).toBe('Pengaturan — PPID Desk');
  });

  it('shows the schema messages in Indonesian for an empty save, with a focused summary', async () => {
    const user = userEvent.setup();
    const backend = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Profil kantor belum tersimpan');
    expect(field('Nama instansi baris 1')).toHaveAccessibleDescription(/Nama instansi wajib diisi/);
    expect(field('Unit/PPID')).toHaveAccessibleDescription('Unit/PPID wajib diisi.');
    expect(field('Unit/PPID')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Nama PPID')).toHaveAccessibleDescription('Nama PPID wajib diisi.');
    expect(field('Jabatan Atasan PPID')).toHaveAccessibleDescription('Jabatan Atasan PPID wajib diisi.');
    expect(within(summary).getByRole('link', { name: 'Kota (tempat surat) wajib diisi.' })).toBeInTheDocument();
    expect(backend.callsTo('settings:saveProfile')).toHaveLength(0);

    // The summary's links lead to their field.
    await user.click(within(summary).getByRole('link', { name: 'Alamat wajib diisi.' }));
    expect(field('Alamat')).toHaveFocus();
  });

  it('rejects a bad NIP with the shared rule, beside the field', async () => {
    const user = userEvent.setup();
    const backend = await openSettings();
    await fillProfile(user, { ...VALID_FORM, 'NIP PPID': '1978051220050120' });
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(field('NIP PPID')).toHaveAccessibleDescription(/NIP PPID: NIP harus 18 digit; yang diisi 16 digit\./),
    );
    expect(backend.callsTo('settings:saveProfile')).toHaveLength(0);

    await fillProfile(user, { 'NIP PPID': '19781312 200501 2 003' });
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(field('NIP PPID')).toHaveAccessibleDescription(/8 digit pertama harus tanggal lahir/));
  });

  it('maps server-side issues onto their fields', async () => {
    const user = userEvent.setup();
    const backend = await openSettings();
    backend.override('settings:saveProfile', () =>
      fail('invalid_input', 'Isian tidak sah.', [
        { path: 'atasan.nip', message: 'NIP Atasan PPID sama dengan NIP PPID.' },
        { path: 'instansiLines.1', message: 'Baris ini sudah ada.' },
        { path: '', message: 'Profil ditolak.' },
      ]),
    );
    await fillProfile(user, VALID_FORM);
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(field('NIP Atasan PPID')).toHaveAccessibleDescription(/NIP Atasan PPID sama dengan NIP PPID\./));
    expect(field('Nama instansi baris 2')).toHaveAccessibleDescription(/Baris ini sudah ada\./);
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Profil kantor gagal disimpan: Profil ditolak.');
    expect(screen.queryByText('Profil kantor tersimpan.')).not.toBeInTheDocument();
  });

  it('saves a valid profile through the contract and announces it', async () => {
    const user = userEvent.setup();
    const backend = await openSettings();
    await fillProfile(user, VALID_FORM);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zona waktu' }), 'Asia/Jakarta');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const status = await screen.findByText('Profil kantor tersimpan.');
    expect(status.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    expect(backend.callsTo('settings:saveProfile')).toHaveLength(1);
    expect(backend.state.profile).toMatchObject({
      instansiLines: ['PEMERINTAH PROVINSI KALIMANTAN TIMUR', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
      timeZone: 'Asia/Jakarta',
      cutoffTime: '16:00',
      ppid: { nip: '197805122005012003' }, // normalised by the shared schema
    });
    // The header shows the office once saved.
    await waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent('DINAS KOMUNIKASI DAN INFORMATIKA'));
  });

  it('saves with Ctrl+S from inside a field', async () => {
    const user = userEvent.setup();
    const backend = await openSettings(createFakeBackend({ profile: { ...validProfileInput(), logo: null, updatedAt: null } }));
    await user.click(field('Kota'));
    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('Profil kantor tersimpan.')).toBeInTheDocument();
    expect(backend.callsTo('settings:saveProfile')).toHaveLength(1);
  });

  it('adds and removes instansi lines (1 to 4)', async () => {
    const user = userEvent.setup();
    await openSettings();
    await user.click(screen.getByRole('button', { name: 'Tambah baris' }));
    await user.click(screen.getByRole('button', { name: 'Tambah baris' }));
    expect(field('Nama instansi baris 4')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tambah baris' })).not.toBeInTheDocument();
    for (const n of [4, 3, 2]) await user.click(screen.getByRole('button', { name: `Hapus baris ${n}` }));
    expect(screen.queryByRole('textbox', { name: 'Nama instansi baris 2' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Hapus baris/ })).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    const user = userEvent.setup();
    await openSettings();
    await user.type(field('Kota'), 'Samarinda');
    await user.click(screen.getByRole('link', { name: 'Arsip' }));
    const dialog = await screen.findByRole('dialog', { name: 'Perubahan belum disimpan' });
    await user.click(within(dialog).getByRole('button', { name: 'Tetap di sini' }));
    expect(field('Kota')).toHaveValue('Samarinda');
    await user.click(screen.getByRole('link', { name: 'Arsip' }));
    await user.click(await screen.findByRole('button', { name: 'Buang perubahan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Arsip' })).toBeInTheDocument();
  });
});
