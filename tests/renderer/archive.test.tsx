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
    backend.override('archive:importFile', (input) =>
      ok({
        name: (input as { name: string }).name, relativePath: (input as { name: string }).name, verdict: 'rejected', reason: importReason('docx_corrupt').reason,
        reasonCode: 'docx_corrupt', reasonParams: {}, detail, documentId: null, title: null, fileType: null, notes: [],
      }),
    );
    renderApp(backend, '/archive');
    await screen.findByRole('heading', { level: 1, name: heading });
    await user.upload(screen.getByTestId('archive-file-input'), [new File(['PK'], 'potong.docx'), new File(['x'.repeat(10)], 'besar.pdf')]);
    const table = await screen.findByRole('table', { name: caption });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(table).toHaveTextContent(sentence);
    expect(table).not.toHaveTextContent(/central directory|signature/);
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
    expect(summary).toHaveTextContent('Pilih dasar pengecualian (UU KIP Pasal 17 huruf a-j).');
    expect(summary).toHaveTextContent('Uji konsekuensi wajib diisi (UU KIP Pasal 19).');

    await user.selectOptions(within(pane).getByLabelText('Dasar pengecualian (Pasal 17)'), 'h');
    await user.type(within(pane).getByLabelText('Peraturan yang menjadi dasar'), 'UU 27/2022');
    await user.type(within(pane).getByLabelText('Uji konsekuensi (Pasal 19)'), 'Data pribadi pegawai.');
    await user.type(within(pane).getByLabelText('Jangka waktu pengecualian (tahun)'), '5');
    await user.type(within(pane).getByLabelText('Nomor penetapan'), '800/1/2026');
    await user.type(within(pane).getByLabelText('Tanggal penetapan'), '2026-02-01');
    await user.type(within(pane).getByLabelText('Tanggal peninjauan ulang'), '2027-02-01');
    await user.click(within(pane).getByRole('button', { name: 'Simpan isian DIP' }));
    expect(await within(pane).findByText('Isian DIP tersimpan.')).toBeInTheDocument();
    expect(backend.callsTo('archive:update').at(-1)).toMatchObject({ category: 'dikecualikan', exemptionLetter: 'h', exemptionYears: 5, reviewDate: '2027-02-01' });
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
