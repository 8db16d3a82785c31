// The history says "akun komputer …" for what was recorded under the computer account instead of
// a bare "(root)". (The desk's officer name in Pengaturan is gone once officers sign in: every page
// now needs a login, tests/renderer/auth.test.tsx and officers.test.tsx.)
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend } from './support/fakeTransport';
import { validCreateInput } from './support/requestForm';
import { renderApp } from './support/renderApp';

describe('officer at this desk', () => {
  it('shows entries of the computer account as such, and named entries by name', async () => {
    const user = userEvent.setup();
    // The fake records its entries as "petugas": here that is the computer account.
    const backend = createFakeBackend({ officer: { name: '', account: 'petugas' } });
    await backend.invoke('requests:create', validCreateInput());
    backend.state.cases.timeline.push({ id: 50, at: '2026-11-23T03:00:00.000Z', actor: 'Rina Marlina', action: 'nik_revealed', subjectKind: 'request', subjectId: 1, fromStatus: null, toStatus: null, note: 'cek identitas' });
    renderApp(backend, '/');
    const list = await screen.findByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    await user.click(within(list).getAllByRole('option')[0]!);
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    expect(await within(pane).findByText(/Terdaftar.*\(akun komputer petugas\)/)).toBeInTheDocument();
    expect(within(pane).getByText(/NIK dibuka: cek identitas \(Rina Marlina\)/)).toBeInTheDocument();
  });
});
