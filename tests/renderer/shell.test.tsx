import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend } from './support/fakeTransport';
import { renderApp } from './support/renderApp';
import { ApiError } from '../../renderer/src/api';

const NAV_ID = ['Kotak Masuk', 'Permohonan', 'Keberatan', 'Media', 'Humas', 'Arsip', 'Laporan', 'Pengaturan'];
const NAV_EN = ['Inbox', 'Requests', 'Objections', 'Media', 'Public relations', 'Archive', 'Reports', 'Settings'];

async function navigation() {
  return screen.findByRole('navigation', { name: 'Navigasi utama' });
}

describe('app shell', () => {
  it('shows the eight navigation entries in Indonesian, the inbox as the current page', async () => {
    renderApp(createFakeBackend());
    const nav = await navigation();
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(NAV_ID);
    expect(within(nav).getByRole('link', { name: 'Kotak Masuk' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Pengaturan' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('banner')).toHaveTextContent('PPID Desk');
    expect(await screen.findByText('Belum ada kasus terbuka. Tekan N untuk mencatat permohonan.')).toBeInTheDocument();
    expect(document.title).toBe('Kotak Masuk — PPID Desk');
    expect(document.documentElement.lang).toBe('id');
  });

  it('starts with a skip link that moves focus to the page heading', async () => {
    const user = userEvent.setup();
    renderApp(createFakeBackend());
    await navigation();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Lompat ke konten' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'Kotak Masuk' })).toHaveFocus();
  });

  it('navigates, marks the active link and names the page', async () => {
    const user = userEvent.setup();
    renderApp(createFakeBackend());
    const nav = await navigation();
    await user.click(within(nav).getByRole('link', { name: 'Arsip' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Arsip' })).toHaveFocus();
    expect(within(nav).getByRole('link', { name: 'Arsip' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Arsip — PPID Desk');
  });

  it('switches to English and saves the choice through settings:setUi', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    renderApp(backend);
    await navigation();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(NAV_EN);
    expect(await screen.findByText('No open case yet. Press N to log a request.')).toBeInTheDocument();
    await waitFor(() => expect(backend.state.ui).toEqual({ language: 'en' }));
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Inbox — PPID Desk');
  });

  it('starts in the saved language', async () => {
    renderApp(createFakeBackend({ ui: { language: 'en' } }));
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  });

  it('shows a friendly screen when the backend does not answer, and recovers on retry', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    backend.override('app:info', () => Promise.reject(new ApiError('unreachable', 'down')));
    renderApp(backend);
    expect(await screen.findByRole('heading', { name: 'Tidak dapat terhubung ke PPID Desk' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    backend.override('app:info', null);
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await navigation()).toBeInTheDocument();
  });

  it('covers the app when the backend goes away mid-session, keeping unsaved input', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    renderApp(backend, '/settings');
    const unit = await screen.findByRole('textbox', { name: 'Unit/PPID' });
    await user.type(unit, 'PPID Utama');
    const down = () => Promise.reject(new TypeError('Failed to fetch'));
    backend.override('app:info', down);
    backend.override('settings:getProfile', down);
    // A refetch (here after an event) finds nobody answering: the shell re-checks the backend.
    backend.emit('settings:changed', { key: 'profile' });
    expect(await screen.findByRole('heading', { name: 'Tidak dapat terhubung ke PPID Desk' })).toBeInTheDocument();
    backend.override('app:info', null);
    backend.override('settings:getProfile', null);
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Tidak dapat terhubung ke PPID Desk' })).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Unit/PPID' })).toHaveValue('PPID Utama');
  });
});
