// Meja media with the fake backend: the inquiry form (Indonesian validation first), inquiries in
// the inbox with hours left as text, the detail pane's status steps with a library statement,
// the directory's duplicate notice, the per-priority hours in Pengaturan, and the exports (written
// statement PDF/DOCX, media log XLSX/PDF).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail, ok } from '../../shared/ipc/result';
import { createFakeBackend, validProfileInput } from './support/fakeTransport';
import { validCreateInput } from './support/requestForm';
import { renderApp } from './support/renderApp';

async function backend() {
  const b = createFakeBackend();
  await b.invoke('settings:saveProfile', validProfileInput());
  return b;
}

describe('Meja media', () => {
  it('logs a new inquiry, listing every missing field in Indonesian first', async () => {
    const user = userEvent.setup();
    const b = await backend();
    renderApp(b, '/media?tab=new');
    const form = await screen.findByRole('form', { name: 'Pertanyaan baru' });
    await user.click(within(form).getByRole('button', { name: 'Simpan pertanyaan' }));
    const summary = await within(form).findByText('Periksa isian berikut:');
    const box = summary.closest('[role="alert"], .mantine-Alert-root') as HTMLElement;
    for (const message of ['Nama wartawan wajib diisi.', 'Nama media wajib diisi.', 'Topik wajib diisi.', 'Pertanyaan wajib diisi.']) {
      expect(within(box).getByText(message)).toBeInTheDocument();
    }
    expect(b.callsTo('inquiries:create')).toHaveLength(0);

    await user.selectOptions(within(form).getByLabelText('Prioritas'), 'mendesak');
    await user.type(within(form).getByLabelText(/^Nama wartawan/), 'Rina Kartika');
    await user.type(within(form).getByLabelText(/^Media/), 'Kaltim Post');
    await user.type(within(form).getByLabelText(/^Topik/), 'Banjir Samarinda');
    await user.type(within(form).getByLabelText(/^Pertanyaan/), 'Berapa anggaran penanganan banjir?');
    await user.click(within(form).getByRole('button', { name: 'Simpan pertanyaan' }));
    expect(await within(form).findByText('Pertanyaan 001/MEDIA/2026 tercatat; sisa 1 jam.')).toBeInTheDocument();
    expect(b.callsTo('inquiries:create')[0]).toMatchObject({ priority: 'mendesak', channel: 'whatsapp', journalist: { name: 'Rina Kartika', outlet: 'Kaltim Post' }, topic: 'Banjir Samarinda' });
  });

  it('shows the due time in the list and takes an inquiry to approval with a library statement', async () => {
    const user = userEvent.setup();
    const b = await backend();
    await b.invoke('media:saveStatement', { title: 'Anggaran banjir 2026', body: 'Anggaran penanganan banjir 2026 sebesar Rp 120 miliar.' });
    // Received 09:20 WITA, now 10:00: acknowledge by 10:20.
    await b.invoke('inquiries:create', {
      receivedAt: '2026-11-23T09:20:00+08:00', channel: 'telepon', priority: 'mendesak', topic: 'Banjir Samarinda', question: 'Berapa anggarannya?',
      journalist: { name: 'Rina Kartika', outlet: 'Kaltim Post' },
    });
    renderApp(b, '/media');
    // Media lists every inquiry (the register); an open one shows its due time on the office clock.
    const list = await screen.findByRole('listbox', { name: /^Daftar register/ });
    const row = await within(list).findByRole('option', { name: /001\/MEDIA\/2026/ });
    expect(row).toHaveTextContent('tenggat 23 Nov 10.20');
    expect(row).toHaveTextContent('Rina Kartika (Kaltim Post)');

    await user.click(within(row).getByText('001/MEDIA/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(within(pane).getByRole('button', { name: 'Tugaskan' }));
    expect(await within(pane).findByText('Juru bicara wajib diisi untuk menugaskan pertanyaan.')).toBeInTheDocument();
    await user.type(within(pane).getByLabelText('Juru bicara'), 'Kepala Dinas PUPR');
    await user.click(within(pane).getByRole('button', { name: 'Tugaskan' }));
    await waitFor(() => expect(b.callsTo('inquiries:move')).toContainEqual(expect.objectContaining({ to: 'ditugaskan', spokesperson: 'Kepala Dinas PUPR' })));

    const use = await within(pane).findByLabelText('Pakai pernyataan');
    await waitFor(() => expect(within(use).getByRole('option', { name: 'Anggaran banjir 2026' })).toBeInTheDocument());
    await user.selectOptions(use, 'Anggaran banjir 2026');
    expect(within(pane).getByLabelText('Jawaban')).toHaveValue('Anggaran penanganan banjir 2026 sebesar Rp 120 miliar.');
    await user.click(within(pane).getByRole('button', { name: 'Ajukan untuk disetujui' }));
    await waitFor(() =>
      expect(b.callsTo('inquiries:move')).toContainEqual(expect.objectContaining({ to: 'menunggu_persetujuan', statementId: 1, answer: 'Anggaran penanganan banjir 2026 sebesar Rp 120 miliar.' })),
    );
    expect(await within(pane).findByRole('button', { name: 'Setujui dan catat dijawab' })).toBeInTheDocument();
  });

  it('says when a journalist is already in the directory', async () => {
    const user = userEvent.setup();
    const b = await backend();
    renderApp(b, '/media?tab=directory');
    const form = await screen.findByRole('form', { name: 'Tambah wartawan' });
    await user.type(within(form).getByLabelText(/^Nama wartawan/), 'Rina Kartika');
    await user.type(within(form).getByLabelText(/^Media/), 'Kaltim Post');
    await user.click(within(form).getByRole('button', { name: 'Tambah wartawan' }));
    expect(await within(form).findByText('Rina Kartika ditambahkan ke direktori.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/^Nama wartawan/), 'rina kartika');
    await user.click(within(form).getByRole('button', { name: 'Tambah wartawan' }));
    expect(await within(form).findByText('Rina Kartika sudah ada di direktori (sama nama dan media); data yang ada dipakai.')).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Rina Kartika' })).toBeInTheDocument();
  });

  it('sets the per-priority hours in Pengaturan, refusing 0 in Indonesian', async () => {
    const user = userEvent.setup();
    const b = await backend();
    renderApp(b, '/settings');
    const form = await screen.findByRole('form', { name: 'Meja media: jam tenggat' });
    const urgent = await within(form).findByLabelText('Jawaban, prioritas mendesak (jam)');
    expect(urgent).toHaveValue('4');
    await user.clear(urgent);
    await user.type(urgent, '0');
    await user.click(within(form).getByRole('button', { name: 'Simpan jam tenggat' }));
    expect(await within(form).findByText('Jumlah jam harus lebih dari 0.')).toBeInTheDocument();
    await user.clear(urgent);
    await user.type(urgent, '3');
    await user.click(within(form).getByRole('button', { name: 'Simpan jam tenggat' }));
    expect(await within(form).findByText('Jam tenggat disimpan.')).toBeInTheDocument();
    expect(b.callsTo('media:setHours')).toEqual([{ acknowledge: 1, answer: { biasa: 24, mendesak: 3, krisis: 2 } }]);
  });

  it('downloads the written statement of an approved on-the-record answer as PDF and DOCX, and shows the precondition error', async () => {
    const user = userEvent.setup();
    const b = await backend();
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:statement');
    URL.revokeObjectURL = () => undefined;
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const inq = (await b.invoke('inquiries:create', {
      channel: 'telepon', priority: 'mendesak', topic: 'Banjir Samarinda', question: 'Berapa anggarannya?', journalist: { name: 'Rina Kartika', outlet: 'Kaltim Post' },
    })) as { ok: true; value: { id: number } };
    await b.invoke('inquiries:move', { id: inq.value.id, to: 'ditugaskan', spokesperson: 'Kepala Dinas PUPR' });
    await b.invoke('inquiries:move', { id: inq.value.id, to: 'menunggu_persetujuan', answer: 'Rp 120 miliar.' });
    renderApp(b, `/media?open=${inq.value.id}`);
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await within(pane).findByRole('button', { name: 'Setujui dan catat dijawab' });
    // Not before approval: the core would refuse, so the buttons are not offered.
    expect(within(pane).queryByRole('button', { name: 'Unduh pernyataan tertulis (PDF)' })).toBeNull();
    await user.click(within(pane).getByRole('button', { name: 'Setujui dan catat dijawab' }));

    const section = await within(pane).findByRole('region', { name: 'Pernyataan tertulis' });
    await user.click(within(section).getByRole('button', { name: 'Unduh pernyataan tertulis (PDF)' }));
    expect(await within(section).findByText('Pernyataan tertulis diunduh ke pernyataan-tertulis-001-MEDIA-2026.pdf.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Unduh pernyataan tertulis (DOCX)' }));
    expect(await within(section).findByText('Pernyataan tertulis diunduh ke pernyataan-tertulis-001-MEDIA-2026.docx.')).toBeInTheDocument();
    expect(b.callsTo('inquiries:exportStatement')).toEqual([{ id: inq.value.id, format: 'pdf' }, { id: inq.value.id, format: 'docx' }]);
    expect(names).toEqual(['pernyataan-tertulis-001-MEDIA-2026.pdf', 'pernyataan-tertulis-001-MEDIA-2026.docx']);
    expect(created.map((blob) => blob.type)).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);

    const message = 'Profil kantor belum lengkap: isi Pengaturan → Profil kantor (kop surat, PPID, Atasan PPID) sebelum membuat pernyataan tertulis.';
    b.override('inquiries:exportStatement', () => fail('precondition', message));
    await user.click(within(section).getByRole('button', { name: 'Unduh pernyataan tertulis (PDF)' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(message);
    expect(click).toHaveBeenCalledTimes(2);
    click.mockRestore();
  });

  it('downloads the media log of a period as XLSX or PDF, refusing a period that ends before it starts', async () => {
    const user = userEvent.setup();
    const b = await backend();
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:log');
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp(b, '/media?tab=log');
    const form = await screen.findByRole('form', { name: 'Log media' });
    await user.clear(within(form).getByLabelText('Dari tanggal'));
    await user.type(within(form).getByLabelText('Dari tanggal'), '30/11/2026');
    await user.clear(within(form).getByLabelText('Sampai tanggal'));
    await user.type(within(form).getByLabelText('Sampai tanggal'), '01/11/2026');
    await user.click(within(form).getByRole('button', { name: 'Unduh log media' }));
    expect(await within(form).findByText('Tanggal awal tidak boleh sesudah tanggal akhir.')).toBeInTheDocument();
    await user.clear(within(form).getByLabelText('Dari tanggal'));
    await user.type(within(form).getByLabelText('Dari tanggal'), '01/11/2026');
    await user.clear(within(form).getByLabelText('Sampai tanggal'));
    await user.type(within(form).getByLabelText('Sampai tanggal'), '23/11/2026');
    await user.click(within(form).getByRole('button', { name: 'Unduh log media' }));
    expect(await within(form).findByText('0 pertanyaan diunduh ke log-media-2026-11-01-2026-11-23.xlsx.')).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    expect(created[0]?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    await user.selectOptions(within(form).getByLabelText('Format'), 'pdf');
    await user.click(within(form).getByRole('button', { name: 'Unduh log media' }));
    expect(await within(form).findByText('0 pertanyaan diunduh ke log-media-2026-11-01-2026-11-23.pdf.')).toBeInTheDocument();
    expect(b.callsTo('media:exportLog').at(-1)).toEqual({ from: '2026-11-01', to: '2026-11-23', format: 'pdf' });
    expect(created[1]?.type).toBe('application/pdf');
    click.mockRestore();
  });
});

describe('Meja media: shortcuts', () => {
  it('N on the list opens the new-inquiry form, not a new KIP request, and the hint says so', async () => {
    const user = userEvent.setup();
    const b = await backend();
    renderApp(b, '/media');
    expect(await screen.findByText('Pintasan: ↑/↓ atau j/k pindah, Enter buka rincian, Esc tutup, / cari, N atau Shift+N pertanyaan baru')).toBeInTheDocument();
    await user.keyboard('n');
    const form = await screen.findByRole('form', { name: 'Pertanyaan baru' });
    expect(screen.queryByRole('heading', { level: 1, name: 'Catat permohonan informasi' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Pertanyaan baru' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(within(form).getByLabelText('Prioritas')).toHaveFocus());
  });

  it('N on Kotak Masuk still opens a new request', async () => {
    const user = userEvent.setup();
    renderApp(await backend(), '/');
    expect(await screen.findByText('Pintasan: ↑/↓ atau j/k pindah, Enter buka rincian, Esc tutup, / cari, N permohonan baru, Shift+N pertanyaan media baru')).toBeInTheDocument();
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { level: 1, name: 'Catat permohonan informasi' })).toBeInTheDocument();
  });
});

describe('Permohonan dari pertanyaan media', () => {
  it("shows the inquiry a request was converted from in the request's pane, linking to it", async () => {
    const user = userEvent.setup();
    const b = await backend();
    await b.invoke('inquiries:create', {
      receivedAt: '2026-11-23T09:20:00+08:00', channel: 'telepon', priority: 'biasa', topic: 'Anggaran banjir', question: 'Berapa anggarannya?',
      journalist: { name: 'Rina Kartika', outlet: 'Kaltim Post' },
    });
    await b.invoke('requests:create', validCreateInput());
    await b.invoke('requests:create', validCreateInput());
    // Request 1 was converted from inquiry 1 (the conversion itself is tested in the core).
    b.override('inquiries:forRequest', (input) => ok((input as { requestId: number }).requestId === 1 ? { inquiryId: 1, number: '001/MEDIA/2026' } : null));

    const plain = renderApp(b, '/?open=2');
    const plainPane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await within(plainPane).findByText('Tenggat semula (10 hari kerja)');
    await waitFor(() => expect(b.callsTo('inquiries:forRequest')).toContainEqual({ requestId: 2 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(plainPane).queryByText('Asal')).toBeNull();
    plain.unmount();

    renderApp(b, '/?open=1');
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    const origin = await within(pane).findByRole('link', { name: 'Berasal dari pertanyaan media 001/MEDIA/2026' });
    expect(origin.closest('tr')).toHaveTextContent('Asal');
    await user.click(origin);
    await screen.findByRole('heading', { level: 1, name: 'Media' });
    const inquiryPane = await screen.findByRole('region', { name: 'Rincian kasus' });
    expect(await within(inquiryPane).findByText('Anggaran banjir', { exact: false })).toBeInTheDocument();
    expect(inquiryPane).toHaveTextContent('001/MEDIA/2026');
  });
});
