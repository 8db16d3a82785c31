// The officer's keyboard: N lands in the first field of a new request, Shift+N opens a new press
// inquiry, Enter or ↓ in the search goes on into the results.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend } from './support/fakeTransport';
import { validCreateInput } from './support/requestForm';
import { renderApp } from './support/renderApp';

async function inboxWith(names: string[]) {
  const backend = createFakeBackend();
  for (const name of names) await backend.invoke('requests:create', validCreateInput({ requester: { ...validCreateInput().requester, name } }));
  renderApp(backend, '/');
  const list = await screen.findByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
  await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(names.length));
  return list;
}

describe('keyboard', () => {
  it('N opens a new request with the cursor in its first field, not on the heading', async () => {
    const user = userEvent.setup();
    await inboxWith(['Budi Santoso']);
    await user.keyboard('n');
    await screen.findByRole('heading', { level: 1, name: 'Catat permohonan informasi' });
    await waitFor(() => expect(screen.getByLabelText('Saluran permohonan')).toHaveFocus());
  });

  it('Shift+N opens a new press inquiry from Kotak Masuk and from Permohonan', async () => {
    const user = userEvent.setup();
    await inboxWith(['Budi Santoso']);
    await user.keyboard('{Shift>}N{/Shift}');
    const priority = await screen.findByRole('combobox', { name: 'Prioritas' });
    await waitFor(() => expect(priority).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Pertanyaan baru' })).toHaveAttribute('aria-current', 'page');
  });

  it('Enter or ↓ in the search goes into the results, with the search applied at once', async () => {
    const user = userEvent.setup();
    const list = await inboxWith(['Budi Santoso', 'Siti Aminah']);
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Cari' });
    expect(search).toHaveFocus();
    await user.keyboard('Siti{Enter}');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    expect(list).toHaveFocus();
    expect(within(list).getByRole('option')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    expect(await within(pane).findByText('Siti Aminah')).toBeInTheDocument();

    await user.click(search);
    await user.clear(search);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    expect(list).toHaveFocus();
  });
});
