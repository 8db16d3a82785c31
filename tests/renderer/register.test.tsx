// The Permohonan register and closing a request: "Selesai" asks for the handover date, fee and
// payment; the closed request stays listed (found by number and name), shows read-only facts, and
// comes back only through "Buka kembali" with a reason.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend, type FakeBackend } from './support/fakeTransport';
import { validCreateInput } from './support/requestForm';
import { archiveState } from './support/fakeArchive';
import { renderApp } from './support/renderApp';

async function answeredRequest(): Promise<FakeBackend> {
  const backend = createFakeBackend();
  await backend.invoke('requests:create', validCreateInput());
  await backend.invoke('requests:create', validCreateInput({ requester: { ...validCreateInput().requester, name: 'Citra Kirana' } }));
  await backend.invoke('requests:transition', { id: 1, to: 'in_process' });
  await backend.invoke('requests:transition', { id: 1, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' });
  backend.calls.length = 0;
  return backend;
}

async function openRegister(backend: FakeBackend) {
  renderApp(backend, '/requests');
  await screen.findByRole('heading', { level: 1, name: 'Permohonan' });
  const list = await screen.findByRole('listbox', { name: /^Daftar register/ }, { timeout: 5_000 });
  await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
  return list;
}

describe('Permohonan register: closing and reopening', () => {
  it('closes with the handover date, fee and payment asked first; the request stays listed and is found by number and name', async () => {
    const user = userEvent.setup();
    const backend = await answeredRequest();
    const list = await openRegister(backend);
    await user.click(within(list).getByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Selesai' }));
    // Nothing is closed by the click alone.
    expect(backend.callsTo('requests:transition')).toEqual([]);
    const form = within(pane).getByRole('form', { name: 'Tutup permohonan: informasi diserahkan' });
    const date = within(form).getByLabelText(/Tanggal informasi diserahkan/);
    expect(date).toHaveFocus();
    await user.clear(date);
    await user.type(date, '20/11/2026');
    await user.type(within(form).getByLabelText('Biaya salinan (Rp)'), '15.000');
    await user.click(within(form).getByRole('button', { name: 'Tutup permohonan' }));
    expect(await within(form).findByText('Biaya harus bilangan bulat rupiah, tanpa titik atau koma, mis. 15000.')).toBeInTheDocument();
    expect(backend.callsTo('requests:transition')).toEqual([]);
    await user.clear(within(form).getByLabelText('Biaya salinan (Rp)'));
    await user.type(within(form).getByLabelText('Biaya salinan (Rp)'), '15000');
    await user.selectOptions(within(form).getByLabelText('Cara pembayaran'), 'tunai');
    await user.click(within(form).getByRole('button', { name: 'Tutup permohonan' }));
    await within(pane).findByText('Status diubah menjadi Selesai.');
    expect(backend.callsTo('requests:transition')).toEqual([{ id: 1, version: 3, to: 'done', deliveredDate: '2026-11-20', costRp: 15000, paymentMethod: 'tunai' }]);
    expect(await within(pane).findByText(/Permohonan ini sudah ditutup \(Selesai\)/)).toBeInTheDocument();
    expect(within(pane).getByText('20 November 2026')).toBeInTheDocument();

    // Still in the register, as Selesai; found by number and by name.
    await waitFor(() => expect(within(list).getAllByRole('option').find((o) => o.textContent?.includes('001/PPID/XI/2026'))).toHaveTextContent('Selesai'));
    const search = screen.getByRole('searchbox', { name: 'Cari' });
    await user.type(search, '001/PPID');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    await user.clear(search);
    await user.type(search, 'Citra');
    await waitFor(() => expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('002/PPID/XI/2026')]));
    // The status filter: closed ones only.
    await user.clear(search);
    await user.selectOptions(screen.getByLabelText('Status'), 'closed');
    // (the list is mounted anew after an empty result in between)
    await waitFor(() =>
      expect(within(screen.getByRole('listbox', { name: /^Daftar register/ })).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('001/PPID/XI/2026')]),
    );
  });

  it('shows the archive documents recorded for a closed request, each linking to Arsip', async () => {
    const user = userEvent.setup();
    const backend = await answeredRequest();
    await backend.invoke('requests:transition', { id: 1, to: 'done', deliveredDate: '2026-11-20' });
    archiveState(backend.state).links.set(1, [{ documentId: 7, title: 'DPA Dinas Kominfo 2026', fileName: 'dpa-2026.pdf', category: 'berkala', linkedAt: '2026-11-20T02:00:00.000Z' }]);
    const list = await openRegister(backend);
    await user.click(within(list).getByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    const linked = await within(pane).findByRole('region', { name: 'Dokumen arsip untuk permohonan ini' });
    expect(within(linked).getByRole('link', { name: 'DPA Dinas Kominfo 2026' })).toHaveAttribute('href', expect.stringMatching(/archive\?doc=7$/));
  });

  it('reopens a closed request only with a reason, and Enter or the down arrow moves from the search into the list', async () => {
    const user = userEvent.setup();
    const backend = await answeredRequest();
    await backend.invoke('requests:transition', { id: 1, to: 'done', deliveredDate: '2026-11-20' });
    const list = await openRegister(backend);
    await user.click(screen.getByRole('searchbox', { name: 'Cari' }));
    await user.keyboard('{ArrowDown}');
    expect(list).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Buka kembali' }));
    await user.click(within(pane).getByRole('button', { name: 'Buka kembali' }));
    // No reason, no reopening: the field says what is missing.
    expect((await within(pane).findAllByText(/Alasan membuka kembali wajib diisi/)).length).toBeGreaterThan(0);
    expect(within(pane).queryByText(/dibuka kembali; statusnya/)).toBeNull();
    await user.type(within(pane).getByLabelText('Alasan membuka kembali'), 'Salah klik Selesai; salinan belum diserahkan.');
    await user.click(within(pane).getByRole('button', { name: 'Buka kembali' }));
    expect(await within(pane).findByText('Permohonan dibuka kembali; statusnya kini "Dijawab".')).toBeInTheDocument();
    expect(backend.callsTo('requests:reopen').at(-1)).toEqual({ id: 1, version: 4, reason: 'Salah klik Selesai; salinan belum diserahkan.' });
  });
});
