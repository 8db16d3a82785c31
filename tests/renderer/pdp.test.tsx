// Data pribadi (UU 27/2022) in the renderer: Pengaturan › Data pribadi (retention, preview, the
// confirmed anonymisation) and "Ekspor data pemohon" in the request pane, against the fake backend.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import { createFakeBackend, type FakeBackend } from './support/fakeTransport';
import { validCreateInput } from './support/requestForm';
import { renderApp } from './support/renderApp';

let downloads: string[] = [];

beforeEach(() => {
  downloads = [];
  URL.createObjectURL = vi.fn(() => 'blob:uji/1');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

/** Three requests; the first two closed (withdrawn, done), the third still open. */
async function backendWithClosedCases(): Promise<FakeBackend> {
  const backend = createFakeBackend();
  for (const name of ['Pemohon Satu', 'Pemohon Dua', 'Pemohon Tiga']) {
    await backend.invoke('requests:create', validCreateInput({ requester: { ...validCreateInput().requester, name } }));
  }
  backend.state.cases.requests[0]!.status = 'withdrawn';
  backend.state.cases.requests[1]!.status = 'done';
  backend.calls.length = 0;
  return backend;
}

async function openSection(backend: FakeBackend) {
  renderApp(backend, '/settings');
  await screen.findByRole('heading', { level: 1, name: 'Pengaturan' });
  const section = (await screen.findByText('Data pribadi (UU 27/2022)')).closest('fieldset')!;
  await within(section).findByRole('textbox', { name: /Masa retensi/ });
  return section;
}

describe('Pengaturan › Data pribadi', () => {
  it('shows the retention (default 5 years), refuses a bad number beside the field and saves a good one', async () => {
    const user = userEvent.setup();
    const backend = await backendWithClosedCases();
    const section = await openSection(backend);
    const years = within(section).getByRole('textbox', { name: /Masa retensi/ });
    expect(years).toHaveValue('5');
    expect(years).toHaveAccessibleDescription(/Bawaan 5 tahun.*jadwal retensi arsip/);
    await user.clear(years);
    await user.type(years, '0');
    await user.click(within(section).getByRole('button', { name: 'Simpan masa retensi' }));
    expect(years).toHaveAccessibleDescription(/Masa retensi sedikitnya 1 tahun\./);
    expect(backend.callsTo('pdp:setRetention')).toEqual([]);
    await user.clear(years);
    await user.type(years, '10');
    await user.click(within(section).getByRole('button', { name: 'Simpan masa retensi' }));
    expect(await within(section).findByText('Masa retensi tersimpan: 10 tahun.')).toBeInTheDocument();
    expect(backend.callsTo('pdp:setRetention')).toEqual([{ years: 10 }]);
  });

  it('previews without changing anything, then anonymises only after the confirmation', async () => {
    const user = userEvent.setup();
    const backend = await backendWithClosedCases();
    const section = await openSection(backend);
    const run = within(section).getByRole('button', { name: 'Anonimkan sekarang' });
    // Nothing to confirm before the officer has seen the list.
    expect(run).toBeDisabled();

    await user.click(within(section).getByRole('button', { name: 'Pratinjau' }));
    expect(await within(section).findByText(/^2 perkara yang ditutup pada atau sebelum 23 November 2021 akan dianonimkan/)).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: 'Perkara yang akan dianonimkan' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['001/PPID/XI/20265 Maret 2020-', '002/PPID/XI/20265 Maret 2020-']);
    expect(backend.callsTo('pdp:anonymise')).toEqual([{ dryRun: true }]);

    // Cancel leaves everything as it was.
    await user.click(run);
    const dialog = within(section).getByRole('alertdialog', { name: 'Anonimkan 2 perkara?' });
    expect(within(dialog).getByRole('button', { name: 'Ya, anonimkan' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(within(section).queryByRole('alertdialog')).toBeNull();
    expect(backend.callsTo('pdp:anonymise')).toEqual([{ dryRun: true }]);
    expect(backend.state.cases.requests[0]!.requester.name).toBe('Pemohon Satu');

    await user.click(run);
    await user.click(within(section).getByRole('button', { name: 'Ya, anonimkan' }));
    expect(await within(section).findByText('Selesai: 2 perkara dan 0 wartawan dianonimkan (log audit nomor 41).')).toBeInTheDocument();
    expect(backend.callsTo('pdp:anonymise')).toEqual([{ dryRun: true }, { dryRun: false }]);
    expect(backend.state.cases.requests.map((r) => r.requester.name)).toEqual(['[dihapus]', '[dihapus]', 'Pemohon Tiga']);
    // The list of a stale preview is gone; a new preview finds nothing left.
    expect(within(section).queryByRole('table')).toBeNull();
    expect(run).toBeDisabled();
    await user.click(within(section).getByRole('button', { name: 'Pratinjau' }));
    expect(await within(section).findByText(/^Tidak ada perkara yang masa retensinya berakhir/)).toBeInTheDocument();
    expect(run).toBeDisabled();
  });

  it('shows the core’s message when the run fails', async () => {
    const user = userEvent.setup();
    const backend = await backendWithClosedCases();
    const section = await openSection(backend);
    await user.click(within(section).getByRole('button', { name: 'Pratinjau' }));
    await within(section).findByRole('table');
    backend.override('pdp:anonymise', () => ({ ok: false, error: { code: 'disk', message: 'Disk penuh: tidak ada yang diubah.' } }));
    await user.click(within(section).getByRole('button', { name: 'Anonimkan sekarang' }));
    await user.click(within(section).getByRole('button', { name: 'Ya, anonimkan' }));
    expect(await within(section).findByText('Gagal: Disk penuh: tidak ada yang diubah.')).toBeInTheDocument();
    expect(backend.state.cases.requests[0]!.requester.name).toBe('Pemohon Satu');
  });
});

describe('Ekspor data pemohon (request pane)', () => {
  async function openPane(backend: FakeBackend) {
    renderApp(backend, '/');
    const list = await screen.findByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
    await waitFor(() => expect(within(list).getAllByRole('option').length).toBeGreaterThan(0));
    await userEvent.setup().click(within(list).getAllByRole('option')[0]!);
    return screen.findByRole('region', { name: 'Rincian kasus' });
  }

  it('downloads the requester’s data in the chosen format and says what it holds', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    await backend.invoke('requests:create', validCreateInput());
    const pane = await openPane(backend);
    await user.click(await within(pane).findByRole('button', { name: 'Ekspor data pemohon' }));
    const form = within(pane).getByRole('form', { name: 'Ekspor data pemohon' });
    expect(within(form).getByText(/hak akses subjek data \(UU 27\/2022 Pasal 7\)/)).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Format ekspor'), 'json');
    await user.click(within(form).getByRole('button', { name: 'Unduh' }));
    expect(await within(pane).findByText('Data pemohon diekspor: 1 permohonan, 2 surat, 4 catatan audit.')).toBeInTheDocument();
    expect(backend.callsTo('pdp:export')).toEqual([{ requesterId: 1, format: 'json' }]);
    expect(downloads).toEqual(['data-pribadi-uji.json']);
    expect(within(pane).queryByRole('form', { name: 'Ekspor data pemohon' })).toBeNull();
  });

  it('offers neither export nor NIK reveal once the identity is anonymised', async () => {
    const backend = createFakeBackend();
    await backend.invoke('requests:create', validCreateInput());
    Object.assign(backend.state.cases.requests[0]!.requester, { name: '[dihapus]', idNumberMasked: '[dihapus]' });
    const pane = await openPane(backend);
    expect(await within(pane).findByText('Identitas pemohon sudah dianonimkan (masa retensi berakhir).')).toBeInTheDocument();
    expect(within(pane).getByTestId('id-number')).toHaveTextContent('[dihapus]');
    expect(within(pane).queryByRole('button', { name: 'Tampilkan NIK' })).toBeNull();
    expect(within(pane).queryByRole('button', { name: 'Ekspor data pemohon' })).toBeNull();
  });
});
