// The Arsip page and the "sudah tersedia" panel, against the fake backend (real zod contract):
// import with a report, search with marked snippets, the DIP form's Indonesian errors, the preview
// sanitised again, the DIP export in three formats, and linking a document to a request from the
// intake form.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail, ok } from '../../shared/ipc/result';
import { importReason } from '../../shared/domain/archive/reasons';
import { createFakeBackend } from './support/fakeTransport';
import { addFakeDocument } from './support/fakeArchive';
import { recordFakeVerdict } from './support/fakeArchiveHistory';
import { fillIntake, VALID_INTAKE } from './support/requestForm';
import { renderApp } from './support/renderApp';

async function openArchive(backend = createFakeBackend()) {
  renderApp(backend, '/archive');
  await screen.findByRole('heading', { level: 1, name: 'Arsip' });
  return backend;
}

describe('Arsip', () => {
  it('imports picked files one per call and shows the report with a verdict per file', async () => {
    const user = userEvent.setup();
    const backend = await openArchive();
    const files = [new File(['Laporan keuangan 2025'], 'laporan.pdf', { type: 'application/pdf' }), new File(['x'], 'data.rusak')];
    await user.upload(screen.getByTestId('archive-file-input'), files);
    expect(await screen.findByText(/Selesai: 2 berkas — 1 diimpor, 0 duplikat, 1 ditolak, 0 terenkripsi, 0 dilewati\./)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Laporan impor' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['laporan.pdf', 'Diimpor', ''],
      ['data.rusak', 'Ditolak', 'Berkas rusak.'],
    ]);
    expect(backend.callsTo('archive:importFile')).toHaveLength(2);
    expect(screen.getByRole('progressbar', { name: 'Kemajuan impor' })).toHaveAttribute('aria-valuenow', '100');
  });

  it.each([
    ['id', 'Arsip', 'Laporan impor', 'Berkas DOCX rusak atau bukan DOCX'],
    ['en', 'Archive', 'Import report', 'The DOCX file is damaged or not a DOCX'],
  ] as const)('says why a file was refused in the UI language (%s), never in the library\'s words', async (language, heading, caption, sentence) => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ ui: { language } });
    const detail = 'End of central directory record signature not found. Either not a zip file, or file is truncated.';
    backend.override('archive:importFile', (input) => {
      const { name, batchId } = input as { name: string; batchId: string };
      const item = {
        name, relativePath: name, verdict: 'rejected' as const, reason: importReason('docx_corrupt').reason,
        reasonCode: 'docx_corrupt' as const, reasonParams: {}, detail, documentId: null, title: null, fileType: null, notes: [],
      };
      recordFakeVerdict(backend.state, batchId, item);
      return ok(item);
    });
    renderApp(backend, '/archive');
    await screen.findByRole('heading', { level: 1, name: heading });
    await user.upload(screen.getByTestId('archive-file-input'), [new File(['PK'], 'potong.docx'), new File(['x'.repeat(10)], 'besar.pdf')]);
    const table = await screen.findByRole('table', { name: caption });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(table).toHaveTextContent(sentence);
    expect(table).not.toHaveTextContent(/central directory|signature/);
  });

  it('keeps the report after leaving the page, filters it by verdict, and records files the page did not send', async () => {
    const user = userEvent.setup();
    const backend = await openArchive();
    const big = new File(['x'], 'video-rapat.mp4');
    Object.defineProperty(big, 'size', { value: 80 * 1024 * 1024 });
    await user.upload(screen.getByTestId('archive-file-input'), [new File(['Laporan keuangan 2025'], 'laporan.pdf'), new File(['x'], 'data.rusak'), big]);
    await screen.findByText(/Selesai: 3 berkas — 1 diimpor, 0 duplikat, 2 ditolak/);
    expect(backend.callsTo('archive:finishImport')).toEqual([
      { batchId: expect.any(String), cancelled: false, unsent: [{ name: 'video-rapat.mp4', relativePath: 'video-rapat.mp4', reasonCode: 'too_large', size: 80 * 1024 * 1024 }] },
    ]);
    const batchIds = new Set(backend.callsTo('archive:importFile').map((c) => (c as { batchId: string }).batchId));
    expect([...batchIds]).toEqual([(backend.callsTo('archive:finishImport')[0] as { batchId: string }).batchId]);

    // Leave Arsip and come back: the report is read from the core's history.
    await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Keberatan' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Arsip' })).toBeNull());
    await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Arsip' }));
    const history = await screen.findByRole('region', { name: 'Riwayat impor' });
    const table = await within(history).findByRole('table', { name: 'Laporan impor' });
    const rows = () => within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()[2]).toEqual(['video-rapat.mp4', 'Ditolak', 'Berkas berukuran 80.0 MB, lebih besar dari batas 50 MB per berkas. Pisahkan atau kecilkan dahulu.']);

    const filters = within(history).getByRole('group', { name: 'Saring menurut hasil' });
    expect(within(filters).getByRole('button', { name: 'Duplikat (0)' })).toBeDisabled();
    await user.click(within(filters).getByRole('button', { name: 'Ditolak (2)' }));
    await waitFor(() => expect(rows().map((r) => r[0])).toEqual(['data.rusak', 'video-rapat.mp4']));
    expect(within(filters).getByRole('button', { name: 'Ditolak (2)' })).toHaveAttribute('aria-pressed', 'true');
    expect(backend.callsTo('archive:importItems').at(-1)).toMatchObject({ verdicts: ['rejected'] });
    await user.click(within(filters).getByRole('button', { name: 'Diimpor (1)' }));
    await waitFor(() => expect(rows().map((r) => r[0])).toEqual(['laporan.pdf']));
  });

  it('downloads the original file and withdraws a document only with a reason, after confirming', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    addFakeDocument(backend.state, { title: 'Konsep surat keliru', text: 'isi konsep surat', fileName: 'konsep.docx' });
    addFakeDocument(backend.state, { title: 'SOP Keberatan', text: 'Tata cara keberatan' });
    await openArchive(backend);
    await user.click(await screen.findByRole('button', { name: /Konsep surat keliru/ }));
    const pane = await screen.findByRole('region', { name: 'Konsep surat keliru' });
    const preview = within(pane).getByRole('region', { name: 'Pratinjau isi dokumen' });
    expect(preview).toHaveAttribute('tabindex', '0');
    expect(preview).toHaveTextContent('isi konsep surat');

    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:asli');
    URL.revokeObjectURL = () => undefined;
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await user.click(within(pane).getByRole('button', { name: 'Unduh berkas asli' }));
    expect(await within(pane).findByText('Berkas asli diunduh: konsep.docx.')).toBeInTheDocument();
    expect(names).toEqual(['konsep.docx']);
    expect(await created[0]!.text()).toBe('isi konsep surat');
    click.mockRestore();

    await user.click(within(pane).getByRole('button', { name: 'Tarik dari arsip…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tarik "Konsep surat keliru" dari arsip?' });
    expect(dialog).toHaveTextContent('tidak dapat dibatalkan');
    await user.type(within(dialog).getByLabelText(/Alasan penarikan/), 'keliru');
    await user.click(within(dialog).getByRole('button', { name: 'Tarik dokumen' }));
    expect(await within(dialog).findByText(/sedikitnya 10 karakter/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Konsep surat keliru' })).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/Alasan penarikan/), ' diunggah, bukan dokumen publik');
    await user.click(within(dialog).getByRole('button', { name: 'Tarik dokumen' }));
    expect(await screen.findByText('"Konsep surat keliru" ditarik dari arsip.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('region', { name: 'Konsep surat keliru' })).toBeNull();
    // The first try was refused by the contract's schema; the second went through.
    expect(backend.callsTo('archive:withdraw')).toEqual([{ id: 1, reason: 'keliru' }, { id: 1, reason: 'keliru diunggah, bukan dokumen publik' }]);
    const results = screen.getByRole('region', { name: 'Hasil pencarian' });
    await waitFor(() => expect(within(results).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('SOP Keberatan')]));
  });

  it('exports the DIP list as XLSX, PDF or DOCX and shows why a PDF cannot be made yet', async () => {
    const user = userEvent.setup();
    const backend = await openArchive();
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:dip');
    URL.revokeObjectURL = () => undefined;
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const control = screen.getByRole('group', { name: 'Ekspor DIP' });
    for (const format of ['XLSX', 'PDF', 'DOCX']) {
      await user.click(within(control).getByRole('button', { name: `Ekspor DIP sebagai ${format}` }));
      expect(await screen.findByText(`Daftar Informasi Publik diunduh ke daftar-informasi-publik.${format.toLowerCase()}.`)).toBeInTheDocument();
    }
    expect(backend.callsTo('archive:exportDip')).toEqual([{ format: 'xlsx' }, { format: 'pdf' }, { format: 'docx' }]);
    expect(names).toEqual(['daftar-informasi-publik.xlsx', 'daftar-informasi-publik.pdf', 'daftar-informasi-publik.docx']);
    expect(created[1]?.type).toBe('application/pdf');

    const message = 'Profil kantor belum lengkap: isi Pengaturan → Profil kantor (kop surat, PPID, Atasan PPID) sebelum membuat Daftar Informasi Publik.';
    backend.override('archive:exportDip', () => fail('precondition', message));
    await user.click(within(control).getByRole('button', { name: 'Ekspor DIP sebagai PDF' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(click).toHaveBeenCalledTimes(3);
    click.mockRestore();
  });

  it('searches while typing and marks the hit in the passage, as text only', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    addFakeDocument(backend.state, { title: 'Realisasi Dana Desa', text: '<img src=x onerror=alert(1)> dana desa tahun 2025' });
    addFakeDocument(backend.state, { title: 'SOP Keberatan', text: 'Tata cara keberatan' });
    await openArchive(backend);
    await user.type(screen.getByLabelText('Kata yang dicari'), 'dana');
    const results = await screen.findByRole('region', { name: 'Hasil pencarian' });
    await waitFor(() => expect(within(results).getAllByRole('listitem')).toHaveLength(1));
    const mark = results.querySelector('mark');
    expect(mark).toHaveTextContent('dana');
    expect(results.querySelector('img')).toBeNull();
    expect(results).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('opens a document: the preview is sanitised again; the DIP form shows Indonesian errors per field, then saves', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    addFakeDocument(backend.state, {
      title: 'Data Pegawai', text: 'data pegawai', fileName: 'pegawai.docx',
      previewHtml: '<p>Isi aman</p><script>window.bad=1</script><img src="x" onerror="window.bad=2"><a href="javascript:alert(1)">tautan</a>',
    });
    await openArchive(backend);
    await user.click(await screen.findByRole('button', { name: /Data Pegawai/ }));
    const pane = await screen.findByRole('region', { name: 'Data Pegawai' });
    const preview = pane.querySelector('.archive-preview')!;
    expect(preview).toHaveTextContent('Isi aman');
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.querySelector('img')?.getAttribute('onerror') ?? null).toBeNull();
    expect(preview.querySelector('a')?.getAttribute('href') ?? null).toBeNull();

    await user.selectOptions(within(pane).getByLabelText('Kategori informasi'), 'dikecualikan');
    await user.click(within(pane).getByRole('button', { name: 'Simpan isian DIP' }));
    const summary = await within(pane).findByRole('alert');
    expect(summary).toHaveTextContent('Pilih sedikitnya satu dasar pengecualian (UU KIP Pasal 17 huruf a-j).');
    expect(summary).toHaveTextContent('Uji konsekuensi wajib diisi: jelaskan akibat yang timbul bila informasi dibuka');

    // The Ps 17 picker takes several letters; the consequence test is entered in its steps.
    await user.click(within(pane).getByRole('checkbox', { name: 'h. mengungkap rahasia pribadi' }));
    await user.click(within(pane).getByRole('checkbox', { name: /^j\. / }));
    await user.type(within(pane).getByLabelText('Peraturan yang menjadi dasar'), 'UU 27/2022');
    await user.type(within(pane).getByLabelText('Informasi yang dikecualikan'), 'Data kesehatan pegawai');
    await user.type(within(pane).getByLabelText('Akibat bila informasi dibuka'), 'Mengungkap riwayat penyakit.');
    await user.type(within(pane).getByLabelText(/^Pertimbangan kepentingan publik/), 'Hak pribadi lebih besar.');
    await user.type(within(pane).getByLabelText('Jangka waktu pengecualian (tahun)'), '5');
    await user.type(within(pane).getByLabelText('Nomor penetapan'), '800/1/2026');
    await user.type(within(pane).getByLabelText('Tanggal penetapan'), '01/02/2026');
    await user.type(within(pane).getByLabelText('Tanggal peninjauan ulang'), '01/02/2027');
    await user.click(within(pane).getByRole('button', { name: 'Simpan isian DIP' }));
    expect(await within(pane).findByText('Isian DIP tersimpan.')).toBeInTheDocument();
    expect(backend.callsTo('archive:update').at(-1)).toMatchObject({
      category: 'dikecualikan', exemptionLetters: ['h', 'j'], consequenceHarm: 'Mengungkap riwayat penyakit.', consequencePublicInterest: 'Hak pribadi lebih besar.', exemptionYears: 5, reviewDate: '2027-02-01',
    });
    // "Buat surat": the classification letters, offered once the document is exempt.
    expect(await within(pane).findByRole('button', { name: /^Buat Keputusan PPID tentang Penetapan Klasifikasi/ })).toBeEnabled();
    expect(within(pane).getByRole('button', { name: /^Buat Lembar Uji Konsekuensi/ })).toBeEnabled();
  }, 60_000);
});

describe('Permohonan baru: sudah tersedia', () => {
  it('shows matching archive documents while the information is typed and links the ticked one on save', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    const id = addFakeDocument(backend.state, { title: 'DPA Dinas Kominfo 2026', text: 'Salinan DPA Dinas Kominfo tahun 2026 lengkap' });
    renderApp(backend, '/requests/new');
    await screen.findByRole('heading', { level: 1, name: 'Catat permohonan informasi' });
    await screen.findByRole('button', { name: 'Simpan permohonan' });
    await fillIntake(user, VALID_INTAKE);
    const panel = await screen.findByRole('group', { name: 'Sudah tersedia di arsip' });
    const box = await within(panel).findByRole('checkbox', { name: 'Catat "DPA Dinas Kominfo 2026" sebagai diberikan' });
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await waitFor(() => expect(backend.callsTo('archive:link')).toHaveLength(1));
    const created = backend.callsTo('requests:create');
    expect(created).toHaveLength(1);
    expect(backend.callsTo('archive:link')[0]).toMatchObject({ documentId: id });
  }, 60_000);
});
