import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail } from '../../shared/ipc/result';
import { createFakeBackend } from './support/fakeTransport';
import { field, fillIntake, VALID_INTAKE } from './support/requestForm';
import { renderApp } from './support/renderApp';

async function openIntake(backend = createFakeBackend()) {
  renderApp(backend, '/requests/new');
  await screen.findByRole('heading', { level: 1, name: 'Catat permohonan informasi' });
  await screen.findByRole('button', { name: 'Simpan permohonan' });
  return backend;
}

describe('Permohonan baru: intake form', () => {
  it('opens with sensible defaults and the first field focused', async () => {
    await openIntake();
    expect(field('Saluran permohonan')).toHaveFocus();
    expect(field('Saluran permohonan')).toHaveValue('langsung');
    expect(field('Jenis identitas')).toHaveValue('nik');
    expect((field('Waktu diterima') as HTMLInputElement).value).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(screen.getByRole('checkbox', { name: 'Salinan digital (softcopy)' })).toBeChecked();
    for (const label of Object.keys(VALID_INTAKE)) expect(field(label)).toBeInTheDocument();
  });

  it('shows the shared schema messages in Indonesian for missing fields, with a focused summary', async () => {
    const user = userEvent.setup();
    const backend = await openIntake();
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Permohonan belum tersimpan');
    expect(field('Nama pemohon')).toHaveAccessibleDescription('Nama pemohon wajib diisi.');
    expect(field('Alamat pemohon')).toHaveAccessibleDescription('Alamat pemohon wajib diisi.');
    expect(field('Rincian informasi yang diminta')).toHaveAccessibleDescription('Informasi yang diminta wajib diisi.');
    expect(within(summary).getByRole('link', { name: 'Tujuan penggunaan informasi wajib diisi.' })).toBeInTheDocument();
    expect(backend.callsTo('requests:create')).toHaveLength(0);
  });

  it('refuses a bad NIK and a time received in the future', async () => {
    const user = userEvent.setup();
    const backend = await openIntake();
    await fillIntake(user, { ...VALID_INTAKE, 'Nomor identitas': '12345', 'Waktu diterima': '05/01/2099 10:00' });
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await waitFor(() => expect(field('Nomor identitas')).toHaveAccessibleDescription(/NIK harus 16 digit; yang diisi 5 digit\./));
    expect(field('Waktu diterima')).toHaveAccessibleDescription(/Waktu diterima tidak boleh di masa depan\./);
    expect(backend.callsTo('requests:create')).toHaveLength(0);

    await fillIntake(user, { 'Nomor identitas': '9972014512900003' });
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await waitFor(() => expect(field('Nomor identitas')).toHaveAccessibleDescription(/bukan kode provinsi/));
  });

  it('maps server issues onto their fields', async () => {
    const user = userEvent.setup();
    const backend = await openIntake();
    backend.override('requests:create', () =>
      fail('invalid_input', 'Isian tidak sah.', [{ path: 'receivedAt', message: 'Waktu diterima tidak boleh di masa depan: server.' }]),
    );
    await fillIntake(user, VALID_INTAKE);
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await waitFor(() => expect(field('Waktu diterima')).toHaveAccessibleDescription(/masa depan: server\./));
  });

  it('saves with Enter in the last field and shows the number and the due date', async () => {
    const user = userEvent.setup();
    const backend = await openIntake();
    await fillIntake(user, { ...VALID_INTAKE, 'Waktu diterima': '17/03/2026 10:00' });
    await user.type(field('Petugas'), 'Rina{Enter}');
    expect(await screen.findByTestId('registration-number')).toHaveTextContent('001/PPID/XI/2026');
    // 10 working days; 18-24 Mar Nyepi, Idul Fitri and cuti bersama, 3 Apr Wafat Yesus Kristus.
    expect(screen.getByTestId('due-date')).toHaveTextContent('8 April 2026');
    const sent = backend.callsTo('requests:create')[0] as { receivedAt: string; requester: { idNumber: string }; officer: string };
    expect(sent.receivedAt).toBe('2026-03-17T10:00:00+08:00');
    expect(sent.officer).toBe('Rina');

    await user.click(screen.getByRole('button', { name: 'Buka di Kotak Masuk' }));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    expect(await within(pane).findByRole('heading', { name: '001/PPID/XI/2026' })).toBeInTheDocument();
  });

  it('sends the same clientKey when a save is retried, and a new one for the next request', async () => {
    const user = userEvent.setup();
    const backend = await openIntake();
    // The first save "fails" (e.g. its answer was lost); the officer presses save again.
    backend.override('requests:create', () => fail('internal', 'Terjadi kesalahan di dalam aplikasi.'));
    await fillIntake(user, VALID_INTAKE);
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await screen.findByText(/Terjadi kesalahan di dalam aplikasi/);
    backend.override('requests:create', null);
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await screen.findByTestId('registration-number');
    await user.click(screen.getByRole('button', { name: 'Catat permohonan lain' }));
    await fillIntake(user, VALID_INTAKE);
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await screen.findByTestId('registration-number');

    const keys = backend.callsTo('requests:create').map((input) => (input as { clientKey?: string }).clientKey);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[\x21-\x7e]{8,100}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('starts a fresh form for another request', async () => {
    const user = userEvent.setup();
    await openIntake();
    await fillIntake(user, VALID_INTAKE);
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await screen.findByTestId('registration-number');
    await user.click(screen.getByRole('button', { name: 'Catat permohonan lain' }));
    expect(await screen.findByRole('button', { name: 'Simpan permohonan' })).toBeInTheDocument();
    expect(field('Nama pemohon')).toHaveValue('');
  });
});
