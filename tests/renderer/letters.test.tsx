// "Buat surat" in a request's pane, the in-app preview and downloads, the register export on
// Laporan, and the letter number patterns in Pengaturan, against the fake backend.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import { createFakeBackend, validProfileInput, type FakeBackend } from './support/fakeTransport';
import { validCreateInput } from './support/requestForm';
import { renderApp } from './support/renderApp';

let clicked: { href: string; download: string }[] = [];

beforeEach(() => {
  clicked = [];
  let n = 0;
  URL.createObjectURL = vi.fn(() => `blob:uji/${++n}`);
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});
afterEach(() => vi.restoreAllMocks());

async function openRequestPane(backend: FakeBackend) {
  renderApp(backend, '/');
  // Generous waits: the suite shares a 2-core machine with other work.
  const list = await screen.findByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' }, { timeout: 5_000 });
  await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
  await userEvent.setup().click(within(list).getAllByRole('option')[0]!);
  const pane = await screen.findByRole('region', { name: 'Rincian kasus' }, { timeout: 5_000 });
  return within(pane).findByRole('region', { name: 'Buat surat' }, { timeout: 5_000 });
}

describe('Buat surat', () => {
  it('asks before issuing a new version, saying the old one stays stored', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    await backend.invoke('settings:saveProfile', validProfileInput());
    await backend.invoke('requests:create', validCreateInput());
    await backend.invoke('letters:issue', { caseKind: 'request', caseId: 1, type: 'tanda-bukti' });
    const panel = await openRequestPane(backend);
    backend.calls.length = 0;
    await user.click(await within(panel).findByRole('button', { name: 'Terbitkan versi baru' }));
    const confirm = within(panel).getByRole('alertdialog', { name: 'Terbitkan versi baru' });
    expect(confirm).toHaveTextContent(/versi 2\? Surat mendapat nomor baru; versi 1 tetap tersimpan/);
    expect(backend.callsTo('letters:issue')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(within(panel).queryByRole('alertdialog')).toBeNull();
    expect(backend.callsTo('letters:issue')).toEqual([]);
    await user.click(within(panel).getByRole('button', { name: 'Terbitkan versi baru' }));
    await user.click(within(panel).getByRole('button', { name: 'Ya, terbitkan versi baru' }));
    await waitFor(() => expect(backend.callsTo('letters:issue')).toEqual([expect.objectContaining({ type: 'tanda-bukti', newVersion: true })]));
  });

  it('offers the letters that fit, explains the others, issues with a preview and downloads both files', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    await backend.invoke('requests:create', validCreateInput());
    const panel = await openRequestPane(backend);

    const receipt = await within(panel).findByRole('button', { name: 'Buat Tanda Bukti Penerimaan Permohonan Informasi Publik' });
    expect(receipt).toBeEnabled();
    const refusal = within(panel).getByRole('button', { name: /Buat Keputusan PPID tentang Penolakan/ });
    expect(refusal).toBeDisabled();
    // The reason is on screen and tied to the button for screen readers.
    expect(refusal).toHaveAccessibleDescription(/^Surat penolakan hanya dapat dibuat setelah permohonan .* ditolak/);
    expect(within(panel).getByRole('button', { name: /Buat Pemberitahuan Perpanjangan/ })).toBeDisabled();

    await user.click(receipt);
    const form = await within(panel).findByRole('form', { name: 'Isi Tanda Bukti Penerimaan Permohonan Informasi Publik' });
    // A receipt is a form without the Nomor/Sifat/Lampiran head: not asked what it would not print.
    expect(within(form).queryByLabelText('Sifat')).toBeNull();
    expect(within(form).queryByLabelText('Lampiran')).toBeNull();
    // Items d-f of Ps 22(7) belong to the written notice only.
    expect(within(form).queryByLabelText(/huruf d/)).toBeNull();
    await user.type(within(form).getByLabelText(/Tembusan/), 'Atasan PPID{Enter}Arsip');
    await user.click(within(form).getByRole('button', { name: 'Terbitkan surat' }));
    const preview = await within(panel).findByTestId('letter-preview');
    expect(within(panel).queryByRole('form')).toBeNull();
    const frame = await within(preview).findByTitle('Tanda Bukti Penerimaan Permohonan Informasi Publik nomor 001/TB/PPID/XI/2026');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', expect.stringMatching(/^blob:/));
    expect(backend.callsTo('letters:issue')).toEqual([
      {
        caseKind: 'request',
        caseId: 1,
        type: 'tanda-bukti',
        newVersion: false,
        details: { sifat: 'Biasa', lampiran: '-', tembusan: ['Atasan PPID', 'Arsip'], materi: '', hitam: '', media: '', waktu: '' },
      },
    ]);

    await user.click(within(preview).getByRole('button', { name: 'Unduh DOCX' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('tanda-bukti.docx');
    expect(backend.callsTo('letters:file')).toContainEqual({ id: 1, format: 'docx' });
    await user.click(within(preview).getByRole('button', { name: 'Unduh PDF' }));
    await waitFor(() => expect(clicked.map((c) => c.download)).toEqual(['tanda-bukti.docx', 'tanda-bukti.pdf']));

    // Issued: listed with its number, reopened from the stored file, never issued twice.
    const table = await within(panel).findByTestId('issued-letters');
    expect(table).toHaveTextContent('001/TB/PPID/XI/2026');
    expect(await within(panel).findByText(/Sudah diterbitkan: nomor 001\/TB\/PPID\/XI\/2026, 23 November 2026/)).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Tutup pratinjau' }));
    expect(within(panel).queryByTestId('letter-preview')).toBeNull();
    await user.click(within(table).getByRole('button', { name: 'Buka surat nomor 001/TB/PPID/XI/2026 versi 1' }));
    expect(await within(panel).findByTestId('letter-preview')).toBeInTheDocument();
    expect(backend.callsTo('letters:issue')).toHaveLength(1);
  });

  it('asks for items d, e, f of Ps 22(7) and the time of provision for the written notice', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    await backend.invoke('requests:create', validCreateInput());
    // The fake's lifecycle stops before the answer: record the decision in its state.
    Object.assign(backend.state.cases.requests[0]!, { status: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', noticeDate: '2026-11-23' });
    const panel = await openRequestPane(backend);
    await user.click(await within(panel).findByRole('button', { name: 'Buat Pemberitahuan Tertulis atas Permohonan Informasi Publik' }));
    const form = await within(panel).findByRole('form', { name: 'Isi Pemberitahuan Tertulis atas Permohonan Informasi Publik' });
    expect(within(form).getByLabelText('Sifat')).toHaveValue('Biasa');
    await user.type(within(form).getByLabelText(/huruf d/), 'DPA 2025 lengkap dengan lampiran');
    await user.type(within(form).getByLabelText(/Waktu penyediaan/), 'Hari ini melalui e-mail');
    await user.click(within(form).getByRole('button', { name: 'Terbitkan surat' }));
    await within(panel).findByTestId('letter-preview');
    expect(backend.callsTo('letters:issue')[0]).toMatchObject({ type: 'pemberitahuan', details: { materi: 'DPA 2025 lengkap dengan lampiran', waktu: 'Hari ini melalui e-mail', hitam: '' } });
  });

  it('shows the core\'s Indonesian reason when issuing fails', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    await backend.invoke('requests:create', validCreateInput());
    backend.override('letters:issue', () => ({ ok: false, error: { code: 'precondition', message: 'Profil kantor belum lengkap: isi Pengaturan → Profil kantor.' } }));
    const panel = await openRequestPane(backend);
    await user.click(await within(panel).findByRole('button', { name: 'Buat Tanda Bukti Penerimaan Permohonan Informasi Publik' }));
    await user.click(await within(panel).findByRole('button', { name: 'Terbitkan surat' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Surat tidak diterbitkan: Profil kantor belum lengkap: isi Pengaturan → Profil kantor.');
  });
});

describe('Buat surat on an objection', () => {
  it('offers the objection receipt, and the Atasan\'s answer only once it is recorded', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    await backend.invoke('settings:saveProfile', validProfileInput());
    await backend.invoke('requests:create', validCreateInput());
    await backend.invoke('objections:create', { requestId: 1, grounds: ['c'], caseSummary: 'Permohonan tidak dijawab dalam 10 hari kerja.', registeredAt: '2026-11-23T10:00:00+08:00' });
    renderApp(backend, '/objections');
    await screen.findByRole('heading', { level: 1, name: 'Keberatan' }, { timeout: 5_000 });
    const list = await screen.findByRole('listbox', { name: /^Daftar register/ }, { timeout: 5_000 });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    await user.click(within(list).getByRole('option'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    const panel = await within(pane).findByRole('region', { name: 'Buat surat' });
    expect(await within(panel).findByRole('button', { name: 'Buat Tanda Bukti Penerimaan Keberatan' })).toBeEnabled();
    const answer = within(panel).getByRole('button', { name: 'Buat Tanggapan Atasan PPID atas Keberatan' });
    expect(answer).toBeDisabled();
    expect(answer).toHaveAccessibleDescription(/setelah tanggapan atasan PPID dicatat/);
    // Request letters belong to the request's pane.
    expect(within(panel).queryByRole('button', { name: /Tanda Bukti Penerimaan Permohonan/ })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Buat Tanda Bukti Penerimaan Keberatan' }));
    await user.click(await within(panel).findByRole('button', { name: 'Terbitkan surat' }));
    await within(panel).findByTestId('letter-preview');
    expect(backend.callsTo('letters:issue')[0]).toMatchObject({ caseKind: 'objection', caseId: 1, type: 'keberatan-tanda-bukti' });
  });
});

describe('Laporan: register export', () => {
  it('exports the chosen register, period and format as a download', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    renderApp(backend, '/reports');
    const form = await screen.findByRole('form', { name: 'Ekspor register' });
    await user.selectOptions(within(form).getByLabelText('Jenis register'), 'keberatan');
    await user.selectOptions(within(form).getByLabelText('Format'), 'csv');
    const from = within(form).getByLabelText(/Dari tanggal/);
    await user.clear(from);
    await user.type(from, '01/01/2026');
    const to = within(form).getByLabelText(/Sampai tanggal/);
    await user.clear(to);
    await user.type(to, '30/06/2026');
    await user.click(within(form).getByRole('button', { name: 'Unduh register' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('register-keberatan.csv diunduh (0 baris).');
    expect(backend.callsTo('registers:export')).toEqual([{ kind: 'keberatan', format: 'csv', from: '2026-01-01', to: '2026-06-30' }]);
    expect(clicked.map((c) => c.download)).toEqual(['register-keberatan.csv']);
  });

  it('refuses a period that ends before it starts, in Indonesian, without calling the core', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    renderApp(backend, '/reports');
    const form = await screen.findByRole('form', { name: 'Ekspor register' });
    const to = within(form).getByLabelText(/Sampai tanggal/);
    await user.clear(to);
    await user.type(to, '01/01/2000');
    await user.click(within(form).getByRole('button', { name: 'Unduh register' }));
    expect(await within(form).findByText('Tanggal akhir periode tidak boleh sebelum tanggal awal.')).toBeInTheDocument();
    expect(backend.callsTo('registers:export')).toHaveLength(0);
  });
});

describe('Pengaturan: letter numbers', () => {
  it('shows a pattern per letter type and saves them', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    renderApp(backend, '/settings');
    const form = await screen.findByRole('form', { name: 'Penomoran surat' });
    const receipt = await within(form).findByLabelText(/Tanda bukti permohonan/);
    expect(receipt).toHaveValue('{seq}/TB/{unit}/{roman_month}/{year}');
    await user.clear(receipt);
    await user.type(receipt, '045/{{seq}/TB/{{year}');
    await user.click(within(form).getByRole('button', { name: 'Simpan penomoran surat' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Penomoran surat disimpan.');
    expect(backend.callsTo('letters:setPatterns')[0]).toMatchObject({ 'tanda-bukti': '045/{seq}/TB/{year}' });
  });
});
