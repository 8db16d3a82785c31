// Closing a request with the tariff (Perki 1/2010 Ps 27-28): quantities per tariff item, the total
// in rupiah shown before saving, costItems sent (the fake prices them as the core does); with an
// empty tariff the fee is an amount (tests/renderer/register.test.tsx).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend, type FakeBackend } from '../support/fakeTransport';
import { validCreateInput } from '../support/requestForm';
import { renderApp } from '../support/renderApp';

const TARIFF = {
  decreeNumber: '188.4/12/PPID/2026',
  decreeDate: '2026-01-02',
  items: [
    { id: 1, kind: 'halaman' as const, label: 'Fotokopi A4', unit: 'lembar', priceRp: 500 },
    { id: 2, kind: 'media' as const, label: 'Flashdisk 8 GB', unit: 'buah', priceRp: 75000 },
  ],
  updatedAt: '2026-01-02T02:00:00.000Z',
  version: 1,
};

async function answered(): Promise<FakeBackend> {
  const backend = createFakeBackend({ tariff: TARIFF });
  await backend.invoke('requests:create', validCreateInput());
  await backend.invoke('requests:transition', { id: 1, to: 'in_process' });
  await backend.invoke('requests:transition', { id: 1, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' });
  backend.calls.length = 0;
  return backend;
}

async function inProcess(tariff: typeof TARIFF | null): Promise<FakeBackend> {
  const backend = createFakeBackend(tariff ? { tariff } : {});
  await backend.invoke('requests:create', validCreateInput());
  await backend.invoke('requests:transition', { id: 1, to: 'in_process' });
  backend.calls.length = 0;
  return backend;
}

async function openAnswer(backend: FakeBackend) {
  renderApp(backend, '/requests');
  const list = await screen.findByRole('listbox', { name: /^Daftar register/ }, { timeout: 5_000 });
  await userEvent.click(await within(list).findByText('001/PPID/XI/2026'));
  const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
  await userEvent.click(await within(pane).findByRole('button', { name: 'Jawab' }));
  return pane;
}

describe('The fee on the answer (for item g of the written notice)', () => {
  it('prices a granted answer from the tariff and asks nothing of a refusal', async () => {
    const user = userEvent.setup();
    const backend = await inProcess(TARIFF);
    const pane = await openAnswer(backend);
    const pages = await within(pane).findByLabelText('Jumlah Fotokopi A4 (lembar, Rp500 per lembar)');
    await user.type(pages, '30');
    expect(within(pane).getByText('Total biaya: Rp15.000')).toBeInTheDocument();
    await user.selectOptions(within(pane).getByLabelText('Keputusan'), 'ditolak');
    expect(within(pane).queryByLabelText(/^Jumlah Fotokopi A4/)).not.toBeInTheDocument();
    await user.selectOptions(within(pane).getByLabelText('Keputusan'), 'diterima_seluruhnya');
    await user.click(within(pane).getByRole('button', { name: 'Simpan jawaban' }));
    await waitFor(() =>
      expect(backend.callsTo('requests:transition')).toEqual([
        expect.objectContaining({ id: 1, to: 'answered', decision: 'diterima_seluruhnya', costItems: [{ tariffId: 1, quantity: 30 }] }),
      ]),
    );
    await waitFor(() => expect(backend.state.cases.requests[0]?.costRp).toBe(15000));
  });

  it('takes an amount when the tariff is empty', async () => {
    const user = userEvent.setup();
    const backend = await inProcess(null);
    const pane = await openAnswer(backend);
    await user.type(await within(pane).findByLabelText('Biaya salinan (Rp)'), '12500');
    await user.click(within(pane).getByRole('button', { name: 'Simpan jawaban' }));
    await waitFor(() => expect(backend.callsTo('requests:transition')).toEqual([expect.objectContaining({ to: 'answered', costRp: 12500 })]));
    expect(backend.callsTo('requests:transition')[0]).not.toHaveProperty('costItems');
  });
});

describe('Closing a request with the tariff', () => {
  it('prices the quantities, shows the total before saving and sends costItems', async () => {
    const user = userEvent.setup();
    const backend = await answered();
    renderApp(backend, '/requests');
    const list = await screen.findByRole('listbox', { name: /^Daftar register/ }, { timeout: 5_000 });
    await user.click(await within(list).findByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Selesai' }));
    const form = within(pane).getByRole('form', { name: 'Tutup permohonan: informasi diserahkan' });

    // The tariff replaces the amount field.
    const pages = await within(form).findByLabelText('Jumlah Fotokopi A4 (lembar, Rp500 per lembar)');
    expect(within(form).queryByLabelText('Biaya salinan (Rp)')).not.toBeInTheDocument();
    expect(within(form).getByText(/188\.4\/12\/PPID\/2026/)).toBeInTheDocument();
    expect(within(form).getByText('Tidak ada biaya.')).toBeInTheDocument();

    await user.type(pages, '12');
    expect(within(form).getByText('Total biaya: Rp6.000')).toBeInTheDocument();
    const media = within(form).getByLabelText('Jumlah Flashdisk 8 GB (buah, Rp75.000 per buah)');
    await user.type(media, '1,5');
    await user.click(within(form).getByRole('button', { name: 'Tutup permohonan' }));
    expect(await within(form).findByText('Jumlah harus bilangan bulat, mis. 12.')).toBeInTheDocument();
    expect(backend.callsTo('requests:transition')).toEqual([]);

    await user.clear(media);
    await user.type(media, '1');
    expect(within(form).getByText('Total biaya: Rp81.000')).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Cara pembayaran'), 'qris');
    await user.click(within(form).getByRole('button', { name: 'Tutup permohonan' }));
    await within(pane).findByText('Status diubah menjadi Selesai.');
    const [sent] = backend.callsTo('requests:transition');
    expect(sent).toMatchObject({ id: 1, to: 'done', paymentMethod: 'qris', costItems: [{ tariffId: 1, quantity: 12 }, { tariffId: 2, quantity: 1 }] });
    expect(sent).not.toHaveProperty('costRp');
    // The total in the rows, and again under the cost lines.
    await waitFor(() => expect(within(pane).getAllByText('Rp81.000')).toHaveLength(2));
    expect(backend.state.cases.requests[0]?.costItems.map((l) => l.subtotalRp)).toEqual([6000, 75000]);
  });

  it('shows the lines charged at the answer and does not price them again when unchanged', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ tariff: TARIFF });
    await backend.invoke('requests:create', validCreateInput());
    await backend.invoke('requests:transition', { id: 1, to: 'in_process' });
    await backend.invoke('requests:transition', { id: 1, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', costItems: [{ tariffId: 2, quantity: 2 }] });
    backend.calls.length = 0;
    renderApp(backend, '/requests');
    const list = await screen.findByRole('listbox', { name: /^Daftar register/ }, { timeout: 5_000 });
    await user.click(await within(list).findByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Selesai' }));
    expect(await within(pane).findByLabelText('Jumlah Flashdisk 8 GB (buah, Rp75.000 per buah)')).toHaveValue('2');
    expect(within(pane).getByText('Total biaya: Rp150.000')).toBeInTheDocument();
    await user.click(within(pane).getByRole('button', { name: 'Tutup permohonan' }));
    await within(pane).findByText('Status diubah menjadi Selesai.');
    expect(backend.callsTo('requests:transition')[0]).not.toHaveProperty('costItems');
    expect(backend.state.cases.requests[0]?.costRp).toBe(150000);
  });

  it('shows the charged lines in the case pane as a table (item, quantity, unit price, subtotal, total); an amount stays one figure', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ tariff: TARIFF });
    await backend.invoke('requests:create', validCreateInput());
    await backend.invoke('requests:transition', { id: 1, to: 'in_process' });
    await backend.invoke('requests:transition', { id: 1, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', costItems: [{ tariffId: 1, quantity: 30 }, { tariffId: 2, quantity: 2 }] });
    renderApp(backend, '/requests');
    const list = await screen.findByRole('listbox', { name: /^Daftar register/ }, { timeout: 5_000 });
    await user.click(await within(list).findByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    const table = await within(pane).findByRole('table', { name: 'Rincian biaya salinan' });
    const rows = within(table).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Butir', 'Jumlah', 'Harga satuan', 'Subtotal'],
      ['Fotokopi A4', '30 lembar', 'Rp500', 'Rp15.000'],
      ['Flashdisk 8 GB', '2 buah', 'Rp75.000', 'Rp150.000'],
      ['Total', 'Rp165.000'],
    ]);

    // An amount entered without the tariff has no lines to show.
    await backend.invoke('requests:transition', { id: 1, to: 'done', deliveredDate: '2026-11-23', costRp: 12500 });
    await waitFor(() => expect(within(pane).queryByRole('table', { name: 'Rincian biaya salinan' })).not.toBeInTheDocument());
    expect(within(pane).getByText('Rp12.500')).toBeInTheDocument();
  });

  it('speaks English with the UI in English', async () => {
    const user = userEvent.setup();
    const backend = await answered();
    backend.state.ui = { language: 'en' };
    renderApp(backend, '/requests');
    const list = await screen.findByRole('listbox', { name: /^Register;/ }, { timeout: 5_000 });
    await user.click(await within(list).findByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Case details' });
    await user.click(await within(pane).findByRole('button', { name: 'Done' }));
    await user.type(await within(pane).findByLabelText('Quantity of Fotokopi A4 (lembar, Rp500 per lembar)'), '3');
    expect(within(pane).getByText('Total fee: Rp1.500')).toBeInTheDocument();
  });
});
