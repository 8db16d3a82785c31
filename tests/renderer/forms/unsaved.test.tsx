// The unsaved-changes guard: a half-filled form asks before a menu click, a closed pane or a
// reload drops it; an untouched one lets the officer go.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend } from '../support/fakeTransport';
import { field, validCreateInput } from '../support/requestForm';
import { renderApp } from '../support/renderApp';

const nav = () => within(screen.getByRole('navigation', { name: 'Navigasi utama' }));

function unloadPrevented(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('unsaved-changes guard', () => {
  it('asks before a menu click leaves a half-filled request, and keeps the input when the officer stays', async () => {
    const user = userEvent.setup();
    renderApp(createFakeBackend(), '/requests/new');
    await screen.findByRole('button', { name: 'Simpan permohonan' });
    expect(unloadPrevented()).toBe(false);
    await user.type(field('Nama pemohon'), 'Budi Santoso');
    expect(unloadPrevented()).toBe(true);

    await user.click(nav().getByRole('link', { name: 'Kotak Masuk' }));
    const dialog = await screen.findByRole('dialog', { name: 'Perubahan belum disimpan' });
    expect(dialog).toHaveTextContent('Ada isian yang belum disimpan. Tinggalkan dan buang isian itu?');
    await user.click(within(dialog).getByRole('button', { name: 'Tetap di sini' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(field('Nama pemohon')).toHaveValue('Budi Santoso');
    expect(screen.getByRole('heading', { level: 1, name: 'Catat permohonan informasi' })).toBeInTheDocument();

    await user.click(nav().getByRole('link', { name: 'Keberatan' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Buang perubahan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Keberatan' })).toBeInTheDocument();
    expect(unloadPrevented()).toBe(false);
  });

  it('lets an untouched form go without asking', async () => {
    const user = userEvent.setup();
    renderApp(createFakeBackend(), '/requests/new');
    await screen.findByRole('button', { name: 'Simpan permohonan' });
    await user.click(nav().getByRole('link', { name: 'Arsip' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Arsip' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks before the Media tabs drop a half-typed inquiry', async () => {
    const user = userEvent.setup();
    renderApp(createFakeBackend(), '/media?tab=new');
    await user.type(await screen.findByRole('textbox', { name: /^Topik/ }), 'Banjir');
    await user.click(screen.getByRole('button', { name: 'Direktori' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tetap di sini' }));
    expect(screen.getByRole('textbox', { name: /^Topik/ })).toHaveValue('Banjir');
  });

  it('Escape and the close button ask before a pane with a half-filled action closes; Escape closes a pane without one', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    await backend.invoke('requests:create', validCreateInput());
    renderApp(backend, '/');
    const list = await screen.findByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
    await user.click(await within(list).findByText('001/PPID/XI/2026'));
    let pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await within(pane).findByRole('heading', { name: '001/PPID/XI/2026' });

    // Nothing typed: Escape closes it, and the focus goes back to the list.
    list.focus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Rincian kasus' })).not.toBeInTheDocument());
    await waitFor(() => expect(list).toHaveFocus());

    await user.keyboard('{Enter}');
    pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Tarik' }));
    const note = within(pane).getByLabelText('Alasan penarikan');
    await user.type(note, 'Pemohon menarik');
    fireEvent.keyDown(note, { key: 'Escape' });
    const dialog = await screen.findByRole('dialog', { name: 'Perubahan belum disimpan' });
    await user.click(within(dialog).getByRole('button', { name: 'Tetap di sini' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Rincian kasus' })).toBeInTheDocument();
    expect(note).toHaveValue('Pemohon menarik');

    await user.click(within(pane).getByRole('button', { name: 'Tutup rincian' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Buang perubahan' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Rincian kasus' })).not.toBeInTheDocument());
  });
});
