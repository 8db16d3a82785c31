// A stale save in the renderer (forms/conflict.tsx): the request's action form names the version
// it was opened on; after another officer's change the refusal shows with "Muat ulang", the typed
// reason stays, and after the reload the same form saves on the newer version.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend } from '../support/fakeTransport';
import { validCreateInput } from '../support/requestForm';
import { renderApp } from '../support/renderApp';

describe('a stale save', () => {
  it('shows the refusal with Muat ulang, keeps the typed input, and saves on the reloaded version', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    await backend.invoke('requests:create', validCreateInput());
    renderApp(backend, '/');
    const list = await screen.findByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
    await user.click(await within(list).findByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Tarik' }));
    const reason = within(pane).getByLabelText(/Alasan penarikan/);
    await user.type(reason, 'Pemohon menarik lewat telepon.');
    // Another officer changes the request while the form is open (no event reaches this window).
    backend.state.cases.requests[0]!.version += 1;
    await user.click(within(pane).getByRole('button', { name: /Simpan/ }));
    const conflict = await within(pane).findByTestId('conflict');
    expect(conflict).toHaveTextContent('Sudah diubah oleh Rina Marlina pukul 10.05; muat ulang.');
    expect(reason).toHaveValue('Pemohon menarik lewat telepon.');
    expect(backend.state.cases.requests[0]!.status).toBe('registered');

    await user.click(within(conflict).getByRole('button', { name: 'Muat ulang' }));
    expect(await within(pane).findByText(/Data terbaru sudah dimuat/)).toBeInTheDocument();
    expect(within(pane).queryByTestId('conflict')).toBeNull();
    expect(reason).toHaveValue('Pemohon menarik lewat telepon.');
    await user.click(within(pane).getByRole('button', { name: /Simpan/ }));
    expect(await within(pane).findByText('Status diubah menjadi Ditarik.')).toBeInTheDocument();
    expect(backend.callsTo('requests:transition').map((c) => (c as { version: number }).version)).toEqual([1, 2]);
  });
});
