// First run: no office profile and nothing logged. The home page is the setup (profile with PPID
// and Atasan, logo, numbering, calendar check) before the inbox; then the empty inbox says what to do.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SETUP_SKIPPED_KEY } from '../../renderer/src/features/settings/setup/firstRun';
import { createFakeBackend, validProfileInput } from './support/fakeTransport';
import { fillProfile, VALID_FORM } from './support/profileForm';
import { validCreateInput } from './support/requestForm';
import { renderApp } from './support/renderApp';

// tests/renderer/setup.ts counts the setup as skipped for every other test.
beforeEach(() => window.localStorage.removeItem(SETUP_SKIPPED_KEY));

const { 'Nama instansi baris 2': _second, ...PROFILE } = VALID_FORM;

describe('first run', () => {
  it('asks for the office profile before the inbox, with the calendar check, then shows an inbox that says what to do', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ now: '2026-03-17T03:00:00.000Z' });
    renderApp(backend, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Persiapan PPID Desk' })).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Nama PPID', { exact: true })).toBeInTheDocument();
    expect(screen.getByLabelText('Nama Atasan PPID', { exact: true })).toBeInTheDocument();
    expect(screen.getByLabelText('Logo', { exact: true })).toBeInTheDocument();
    expect(await screen.findByLabelText('Pola nomor permohonan')).toBeInTheDocument();
    expect(await screen.findByTestId('calendar-check')).toHaveTextContent(/libur nasional dan cuti bersama tahun 2026 sudah termasuk/);
    expect(screen.getByText(/Profil kantor belum tersimpan: surat belum dapat dibuat/)).toBeInTheDocument();

    await fillProfile(user, PROFILE);
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Profil kantor tersimpan.');
    expect(backend.state.profile?.ppid.name).toBe('Dra. Siti Rahmawati, M.Si.');
    // Still the setup: the officer may go on with the numbering.
    expect(screen.getByRole('heading', { level: 1, name: 'Persiapan PPID Desk' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Selesai, ke Kotak Masuk' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kotak Masuk' })).toBeInTheDocument();
    expect(await screen.findByText('Belum ada kasus terbuka. Tekan N untuk mencatat permohonan.')).toBeInTheDocument();
  });

  it('can be skipped, and stays skipped in this browser', async () => {
    const user = userEvent.setup();
    const first = renderApp(createFakeBackend(), '/');
    await user.click(await screen.findByRole('button', { name: 'Lewati dulu, ke Kotak Masuk' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kotak Masuk' })).toBeInTheDocument();
    first.unmount();
    renderApp(createFakeBackend(), '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kotak Masuk' })).toBeInTheDocument();
  });

  it('says when the calendar does not cover this year, with a link to Pengaturan', async () => {
    renderApp(createFakeBackend({ now: '2031-02-03T03:00:00.000Z' }), '/');
    const check = await screen.findByTestId('calendar-check');
    expect(check).toHaveTextContent(/tahun 2031 belum termasuk/);
    expect(within(check).getByRole('link', { name: 'Tambahkan di Pengaturan › Kalender' })).toHaveAttribute('href', '/settings');
  });

  it('is not shown once a profile is saved, nor to an office that already logs cases', async () => {
    const withProfile = renderApp(createFakeBackend({ profile: { ...validProfileInput(), logo: null, updatedAt: '2026-03-17T03:00:00.000Z' } }), '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kotak Masuk' })).toBeInTheDocument();
    withProfile.unmount();

    const backend = createFakeBackend();
    await backend.invoke('requests:create', validCreateInput());
    renderApp(backend, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kotak Masuk' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('listbox')).toBeInTheDocument());
  });
});
