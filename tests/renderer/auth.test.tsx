// The login gate of the renderer (issue 14): the login screen when nobody is signed in, the
// officer in the header with Keluar, and a session that ends mid-work covering the app with the
// lock screen while the typed input stays.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend, FAKE_OFFICER } from './support/fakeTransport';
import { renderApp } from './support/renderApp';

describe('signing in', () => {
  it('shows the login screen, refuses a wrong password in Indonesian, then opens the app', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ accounts: { officers: [FAKE_OFFICER], me: null, audit: [] } });
    renderApp(backend, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk ke PPID Desk' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Isi nama pengguna dan kata sandi.');
    await user.type(screen.getByLabelText('Nama pengguna'), 'siti');
    await user.type(screen.getByLabelText('Kata sandi'), 'salah');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat masuk: Nama pengguna atau kata sandi salah.');
    await user.clear(screen.getByLabelText('Kata sandi'));
    await user.type(screen.getByLabelText('Kata sandi'), 'kata-sandi-panjang-1');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    const menu = await screen.findByRole('button', { name: `Akun ${FAKE_OFFICER.name}` });
    expect(menu).toHaveTextContent('Admin, PPID, Petugas layanan');
    // The token of the login never reaches the page's state: the fake's token is not rendered anywhere.
    expect(document.body.textContent).not.toContain('fake-token');
  });

  it('on a fresh archive asks for the first Admin (Buat akun Admin), checking the repeated password', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ accounts: { officers: [], me: null, audit: [] } });
    renderApp(backend, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Buat akun Admin' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Dra. Siti Rahmawati, M.Si.');
    await user.type(screen.getByLabelText(/^Nama pengguna/), 'siti');
    await user.type(screen.getByLabelText(/^Kata sandi \(paling sedikit 10 karakter\)/), 'kata-sandi-panjang-1');
    await user.type(screen.getByLabelText(/^Ulangi kata sandi/), 'kata-sandi-lain-12');
    await user.click(screen.getByRole('button', { name: 'Buat akun Admin dan masuk' }));
    expect(await screen.findByText('Kedua kata sandi tidak sama.')).toBeInTheDocument();
    expect(backend.callsTo('auth:setup')).toHaveLength(0);
    await user.clear(screen.getByLabelText(/^Ulangi kata sandi/));
    await user.type(screen.getByLabelText(/^Ulangi kata sandi/), 'kata-sandi-panjang-1');
    await user.click(screen.getByRole('button', { name: 'Buat akun Admin dan masuk' }));
    expect(await screen.findByRole('button', { name: 'Akun Dra. Siti Rahmawati, M.Si.' })).toHaveTextContent('Admin');
  });

  it('Keluar ends the session and shows the login screen', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    renderApp(backend, '/');
    await screen.findByRole('button', { name: `Akun ${FAKE_OFFICER.name}` });
    await user.click(screen.getByRole('button', { name: 'Keluar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk ke PPID Desk' })).toBeInTheDocument();
    expect(backend.callsTo('auth:logout')).toHaveLength(1);
  });

  it('an unauthenticated answer covers the app with the lock screen; unlocking keeps the typed input', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    renderApp(backend, '/requests/new');
    const name = await screen.findByRole('textbox', { name: 'Nama pemohon' });
    await user.type(name, 'Dewi Lestari');
    // The session ends elsewhere (revoked by the Admin, expired); the next call says so.
    backend.state.accounts.me = null;
    backend.emit('settings:changed', { key: 'office_profile' }); // the header's profile is fetched again
    expect(await screen.findByRole('heading', { level: 1, name: 'Layar terkunci' })).toBeInTheDocument();
    expect(screen.getByText('Masuk sebagai Siti Rahmawati (siti)')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Kata sandi'), 'kata-sandi-panjang-1');
    await user.click(screen.getByRole('button', { name: 'Buka kunci' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Layar terkunci' })).toBeNull());
    expect(screen.getByRole('textbox', { name: 'Nama pemohon' })).toHaveValue('Dewi Lestari');
  });
});
