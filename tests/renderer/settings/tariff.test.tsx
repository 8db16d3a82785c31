// Pengaturan › Tarif biaya with the fake backend: the decree and the items, Indonesian messages
// from the shared schema before anything is sent, saving, removing, and the unsaved-changes guard.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend, validProfileInput } from '../support/fakeTransport';
import { renderApp } from '../support/renderApp';

async function openTariff(seed?: Parameters<typeof createFakeBackend>[0]) {
  const backend = createFakeBackend(seed);
  await backend.invoke('settings:saveProfile', validProfileInput());
  backend.calls.length = 0;
  renderApp(backend, '/settings?section=tarif');
  const form = await screen.findByRole('form', { name: 'Tarif biaya salinan informasi' }, { timeout: 5_000 });
  return { backend, form };
}

describe('Pengaturan › Tarif biaya', () => {
  it('adds items, refuses an incomplete one in Indonesian, and saves the decree with its items', async () => {
    const user = userEvent.setup();
    const { backend, form } = await openTariff();
    expect(within(form).getByText(/Belum ada butir tarif/)).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Tambah butir' }));
    await user.type(within(form).getByLabelText('Tanggal keputusan'), '31/02/2026');
    await user.click(within(form).getByRole('button', { name: 'Simpan tarif' }));
    expect(await within(form).findByText('Nama butir tarif wajib diisi.')).toBeInTheDocument();
    expect(within(form).getByText('Satuan wajib diisi.')).toBeInTheDocument();
    expect(within(form).getByText('Biaya harus berupa angka rupiah.')).toBeInTheDocument();
    expect(within(form).getByText(/31\/02\/2026/)).toBeInTheDocument(); // the date field says the day does not exist
    expect(backend.callsTo('tariff:save')).toEqual([]);

    const date = within(form).getByLabelText('Tanggal keputusan');
    await user.clear(date);
    await user.type(date, '02/01/2026');
    await user.type(within(form).getByLabelText('Nomor keputusan penetapan tarif'), '188.4/12/PPID/2026');
    await user.type(within(form).getByLabelText('Nama butir 1'), 'Fotokopi A4');
    await user.type(within(form).getByLabelText('Satuan butir 1'), 'lembar');
    await user.type(within(form).getByLabelText('Harga (Rp) butir 1'), '500');
    await user.click(within(form).getByRole('button', { name: 'Tambah butir' }));
    await waitFor(() => expect(within(form).getByLabelText('Nama butir 2')).toHaveFocus());
    await user.selectOptions(within(form).getByLabelText('Jenis butir 2'), 'media');
    await user.type(within(form).getByLabelText('Nama butir 2'), 'Flashdisk 8 GB');
    await user.type(within(form).getByLabelText('Satuan butir 2'), 'buah');
    await user.type(within(form).getByLabelText('Harga (Rp) butir 2'), '75.000');
    await user.click(within(form).getByRole('button', { name: 'Simpan tarif' }));
    expect(await within(form).findByText('Tarif tersimpan (2 butir).')).toBeInTheDocument();
    expect(backend.callsTo('tariff:save')).toEqual([
      {
        decreeNumber: '188.4/12/PPID/2026',
        decreeDate: '2026-01-02',
        items: [
          { kind: 'halaman', label: 'Fotokopi A4', unit: 'lembar', priceRp: 500 },
          { kind: 'media', label: 'Flashdisk 8 GB', unit: 'buah', priceRp: 75000 },
        ],
        version: 0,
      },
    ]);
    expect(backend.state.tariff.items.map((i) => i.priceRp)).toEqual([500, 75000]);
  });

  it('edits and removes a saved item, and asks before leaving with the change unsaved', async () => {
    const user = userEvent.setup();
    const { backend, form } = await openTariff({
      tariff: {
        decreeNumber: '188.4/12/PPID/2026',
        decreeDate: '2026-01-02',
        items: [
          { id: 1, kind: 'halaman', label: 'Fotokopi A4', unit: 'lembar', priceRp: 500 },
          { id: 2, kind: 'media', label: 'CD-R', unit: 'keping', priceRp: 10000 },
        ],
        updatedAt: '2026-01-02T02:00:00.000Z',
        version: 1,
      },
    });
    expect(within(form).getByLabelText('Nama butir 2')).toHaveValue('CD-R');
    await user.click(within(form).getByRole('button', { name: 'Hapus butir 1' }));
    expect(within(form).getByLabelText('Nama butir 1')).toHaveValue('CD-R');

    await user.click(screen.getByRole('link', { name: 'Arsip' }));
    const dialog = await screen.findByRole('dialog', { name: 'Perubahan belum disimpan' });
    expect(within(dialog).getByText('Perubahan tarif biaya belum disimpan.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Tetap di sini' }));

    const price = within(form).getByLabelText('Harga (Rp) butir 1');
    await user.clear(price);
    await user.type(price, '12000');
    await user.click(within(form).getByRole('button', { name: 'Simpan tarif' }));
    expect(await within(form).findByText('Tarif tersimpan (1 butir).')).toBeInTheDocument();
    expect(backend.callsTo('tariff:save')).toEqual([
      { decreeNumber: '188.4/12/PPID/2026', decreeDate: '2026-01-02', items: [{ kind: 'media', label: 'CD-R', unit: 'keping', priceRp: 12000 }], version: 1 },
    ]);
    // Saved: leaving asks nothing.
    await user.click(screen.getByRole('link', { name: 'Arsip' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Arsip' })).toBeInTheDocument();
  });
});

describe('Pengaturan › Tarif biaya in English', () => {
  it('says what is missing in English', async () => {
    const user = userEvent.setup();
    const { form } = await openTariffIn('en');
    await user.click(within(form).getByRole('button', { name: 'Add item' }));
    await user.click(within(form).getByRole('button', { name: 'Save tariff' }));
    expect(await within(form).findByText('Tariff item name is required.')).toBeInTheDocument();
    expect(within(form).getByText('Unit is required.')).toBeInTheDocument();
    expect(within(form).getByText('The cost must be a number of rupiah.')).toBeInTheDocument();
  });
});

async function openTariffIn(language: 'en') {
  const backend = createFakeBackend({ ui: { language } });
  await backend.invoke('settings:saveProfile', validProfileInput());
  renderApp(backend, '/settings?section=tarif');
  const form = await screen.findByRole('form', { name: 'Copying cost tariff' }, { timeout: 5_000 });
  return { backend, form };
}
