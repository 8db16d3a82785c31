import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FAKE_OFFICER, createFakeBackend, type FakeBackend } from './support/fakeTransport';
import { sampleItems } from './support/fakeCases';
import { validCreateInput } from './support/requestForm';
import { renderApp } from './support/renderApp';

async function openInbox(backend: FakeBackend, path = '/') {
  renderApp(backend, path);
  await screen.findByRole('heading', { level: 1, name: path === '/' ? 'Kotak Masuk' : 'Permohonan' });
  return screen.findByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
}

async function withRequests(n: number) {
  const backend = createFakeBackend();
  for (let i = 0; i < n; i += 1) {
    await backend.invoke('requests:create', validCreateInput({ requester: { ...validCreateInput().requester, name: `Pemohon ${i + 1}` } }));
  }
  backend.calls.length = 0;
  return backend;
}

describe('Kotak Masuk: triage', () => {
  it('shows each due state as text, not colour alone', async () => {
    const backend = createFakeBackend();
    backend.state.cases.extraItems = sampleItems(5);
    const list = await openInbox(backend);
    const rows = within(list).getAllByRole('option');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent('Terlambat 3 hari kerja');
    expect(rows[0]).toHaveTextContent('Permohonan');
    expect(rows[0]).toHaveTextContent('Tenggat 18 November 2026');
    expect(rows[1]).toHaveTextContent('Jatuh tempo hari ini');
    expect(rows[2]).toHaveTextContent('2 hari kerja lagi');
    expect(rows[3]).toHaveTextContent('Menunggu pemohon; tenggat berhenti');
    expect(rows[3]).toHaveTextContent('Keberatan');
    expect(rows[4]).toHaveTextContent('8 hari kerja lagi');
    expect(screen.getByText(/↑\/↓ atau j\/k pindah, Enter buka rincian/)).toBeInTheDocument();
  });

  it('says why a paused request waits, and names the "0 working days" filter plainly', async () => {
    const backend = createFakeBackend();
    backend.state.cases.extraItems = sampleItems(4).map((item, i) => (i === 3 ? { ...item, status: 'answered' } : item));
    const list = await openInbox(backend);
    expect(within(list).getAllByRole('option')[3]).toHaveTextContent('Sudah dijawab; menunggu penyerahan');
    expect(within(screen.getByLabelText('Jatuh tempo dalam')).getByRole('option', { name: 'hari ini atau sudah lewat' })).toBeInTheDocument();
  });

  it('moves with j/k and arrows and opens the detail with Enter; the NIK stays masked until revealed', async () => {
    const user = userEvent.setup();
    const backend = await withRequests(3);
    const list = await openInbox(backend);
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(3));
    expect(within(list).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('j');
    await user.keyboard('j');
    await user.keyboard('k');
    expect(within(list).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    expect(list).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(list).getAllByRole('option')[2]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{Enter}');

    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    expect(await within(pane).findByRole('heading', { name: '002/PPID/XI/2026' })).toBeInTheDocument();
    expect(within(pane).getByText('Pemohon 2')).toBeInTheDocument();
    expect(within(pane).getByTestId('id-number')).toHaveTextContent('************0003');
    expect(pane).not.toHaveTextContent('6472014512900003');
    expect((await within(pane).findAllByText(/8 April 2026/)).length).toBeGreaterThan(0);
    expect(within(pane).getAllByText(/Nyepi/).length).toBeGreaterThan(0);
    expect(backend.callsTo('requests:revealNik')).toHaveLength(0);

    // The reason first: refused short, then sent with the NIK shown.
    await user.click(within(pane).getByRole('button', { name: 'Tampilkan NIK' }));
    const reason = within(pane).getByRole('textbox', { name: 'Alasan membuka NIK' });
    expect(reason).toHaveFocus();
    await user.type(reason, 'cek');
    await user.click(within(pane).getByRole('button', { name: 'Tampilkan' }));
    expect(reason).toHaveAccessibleDescription(/sedikitnya 10 karakter/);
    expect(backend.callsTo('requests:revealNik')).toHaveLength(0);
    expect(within(pane).getByTestId('id-number')).toHaveTextContent('************0003');
    await user.type(reason, ' identitas di loket');
    await user.click(within(pane).getByRole('button', { name: 'Tampilkan' }));
    await waitFor(() => expect(within(pane).getByTestId('id-number')).toHaveTextContent('6472014512900003'));
    expect(backend.callsTo('requests:revealNik')).toEqual([{ id: 2, reason: 'cek identitas di loket' }]);
    expect(within(pane).queryByRole('textbox', { name: 'Alasan membuka NIK' })).not.toBeInTheDocument();
    await user.click(within(pane).getByRole('button', { name: 'Sembunyikan' }));
    expect(within(pane).getByTestId('id-number')).toHaveTextContent('************0003');
  });

  it('processes and extends a request, showing the new due date', async () => {
    const user = userEvent.setup();
    const backend = await withRequests(1);
    const list = await openInbox(backend);
    await user.click(await within(list).findByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Proses' }));
    await within(pane).findByText('Status diubah menjadi Diproses.');
    await user.click(within(pane).getByRole('button', { name: 'Perpanjang' }));
    await user.type(within(pane).getByLabelText('Alasan perpanjangan'), 'Informasi tersebar di beberapa bidang.');
    await user.click(within(pane).getByRole('button', { name: 'Simpan perpanjangan' }));
    expect(await within(pane).findByText('Tenggat diperpanjang sampai 17 April 2026.')).toBeInTheDocument();
    expect(within(pane).getByTestId('current-due')).toHaveTextContent('Tenggat 17 April 2026');
    expect(backend.callsTo('requests:transition').at(-1)).toEqual({ id: 1, version: 2, to: 'extended', reason: 'Informasi tersebar di beberapa bidang.' });
    expect(within(pane).queryByRole('button', { name: 'Perpanjang' })).not.toBeInTheDocument();
  });

  it('shows a petugas no PPID decision on a request, only the objection it may register', async () => {
    const user = userEvent.setup();
    const backend = await withRequests(1);
    backend.state.accounts.me = { ...FAKE_OFFICER, id: 7, username: 'rudi', name: 'Rudi Hartono', roles: ['petugas'] };
    const list = await openInbox(backend);
    await user.click(await within(list).findByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await within(pane).findByRole('button', { name: 'Ajukan keberatan' });
    for (const name of ['Proses', 'Perpanjang', 'Tarik']) expect(within(pane).queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('refuses a request on the Ps 17 letters ticked, with the other law and the consequence test', async () => {
    const user = userEvent.setup();
    const backend = await withRequests(1);
    const list = await openInbox(backend);
    await user.click(await within(list).findByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Proses' }));
    await within(pane).findByText('Status diubah menjadi Diproses.');
    await user.click(within(pane).getByRole('button', { name: 'Jawab' }));
    // A full grant asks for no exemption at all.
    expect(within(pane).queryByRole('checkbox', { name: /^Huruf h:/ })).not.toBeInTheDocument();
    await user.selectOptions(within(pane).getByLabelText('Keputusan'), 'ditolak');
    await user.click(within(pane).getByRole('checkbox', { name: 'Huruf h: mengungkap rahasia pribadi' }));
    await user.click(within(pane).getByRole('checkbox', { name: /^Huruf j:/ }));
    await user.type(within(pane).getByLabelText('Undang-undang lain yang menjadi dasar (bila ada)'), 'UU 27/2022 Pasal 4');
    // The uji konsekuensi in its steps, as the archive's classification has them (Perki 1/2021 Ps 49(2)).
    const paste = async (label: string | RegExp, text: string) => {
      await user.click(within(pane).getByLabelText(label));
      await user.paste(text);
    };
    await paste('Akibat bila informasi dibuka', 'Membuka data kesehatan pegawai merugikan subjek data.');
    await paste(/^Pertimbangan kepentingan publik/, 'Pengawasan tidak memerlukan data kesehatan.');
    await paste('Jangka waktu pengecualian (tahun)', '5');
    await user.click(within(pane).getByRole('button', { name: 'Simpan jawaban' }));
    await waitFor(() =>
      expect(backend.callsTo('requests:transition').at(-1)).toMatchObject({
        to: 'answered',
        decision: 'ditolak',
        refusalPs17: ['h', 'j'],
        refusalOtherLaw: 'UU 27/2022 Pasal 4',
        consequenceHarm: 'Membuka data kesehatan pegawai merugikan subjek data.',
        consequencePublicInterest: 'Pengawasan tidak memerlukan data kesehatan.',
        exemptionYears: 5,
        exemptionPermanent: false,
      }),
    );
  });

  it('renders only a window of a long list and pages with the cursor', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    backend.state.cases.extraItems = sampleItems(450);
    const list = await openInbox(backend);
    expect(within(list).getAllByRole('option').length).toBeLessThan(40);
    expect(within(list).getAllByRole('option')[0]).toHaveAttribute('aria-setsize', String(100));
    const calls = () => backend.callsTo('inbox:list') as { limit: number; cursor?: string }[];
    expect(calls()[0]).toMatchObject({ limit: 100 });
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(within(list).getAllByRole('option')[0]).toHaveAttribute('aria-setsize', String(200)));
    expect(calls().at(-1)).toMatchObject({ cursor: '100' });
  });

  it('filters by kind, due window and a debounced search; "/" focuses the search', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    backend.state.cases.extraItems = sampleItems(14);
    const list = await openInbox(backend);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jenis' }), 'objection');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jenis' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jatuh tempo dalam' }), '0');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(6));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jatuh tempo dalam' }), '');
    list.focus();
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Cari' });
    expect(search).toHaveFocus();
    await user.type(search, 'Pemohon 12');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    expect(backend.callsTo('inbox:list').at(-1)).toMatchObject({ filters: { search: 'Pemohon 12' } });
  });

  it('opens the intake from the inbox with N and from the button', async () => {
    const user = userEvent.setup();
    renderApp(createFakeBackend(), '/');
    expect(await screen.findByText('Belum ada kasus terbuka. Tekan N untuk mencatat permohonan.')).toBeInTheDocument();
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { level: 1, name: 'Catat permohonan informasi' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Kotak Masuk' }));
    await user.click(await screen.findByRole('button', { name: 'Permohonan baru' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Catat permohonan informasi' })).toBeInTheDocument();
  });

  it('lists every request on the Permohonan page, closed ones too, newest first, with a new-request button', async () => {
    const backend = await withRequests(3);
    backend.state.cases.extraItems = sampleItems(7);
    await backend.invoke('requests:transition', { id: 1, to: 'withdrawn', note: 'Dicabut pemohon' });
    renderApp(backend, '/requests');
    await screen.findByRole('heading', { level: 1, name: 'Permohonan' });
    const list = await screen.findByRole('listbox', { name: /^Daftar register/ });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(3));
    expect(within(list).getAllByRole('option')[2]).toHaveTextContent('Pemohon 1');
    expect(within(list).getAllByRole('option')[2]).toHaveTextContent('Ditarik');
    expect(screen.getByRole('button', { name: 'Permohonan baru' })).toBeInTheDocument();
    expect(backend.callsTo('cases:register')[0]).toMatchObject({ kind: 'request', filters: { status: 'any' } });
  });
});
