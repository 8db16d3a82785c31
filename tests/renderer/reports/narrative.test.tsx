// Laporan's narrative sections (Perki 1/2021 Ps 56) and the report's downloads against the fake
// backend: last year's text offered while this year is empty, a save, a stale save refused and
// shown (the officer's text kept), leaving with unsaved text asked about; PDF/DOCX/XLSX/JSON
// downloaded, a failure said in Indonesian.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend, type FakeBackend } from '../support/fakeTransport';
import { reportsState, saveNarrativeAs } from '../support/fakeReports';
import { renderApp } from '../support/renderApp';

const NOW = '2026-03-17T03:00:00.000Z';
const SECTIONS = [
  'Gambaran umum kebijakan pelayanan informasi publik',
  'Pelaksanaan pelayanan: sarana dan prasarana, sumber daya manusia, anggaran',
  'Kendala eksternal dan internal',
  'Rekomendasi dan rencana tindak lanjut',
];

let clicked: { href: string; download: string }[] = [];
beforeEach(() => {
  clicked = [];
  URL.createObjectURL = vi.fn(() => 'blob:uji/1');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});
afterEach(() => vi.restoreAllMocks());

async function openNarrative(backend: FakeBackend, path = '/reports') {
  renderApp(backend, path);
  const form = await screen.findByRole('form', { name: /^Uraian laporan tahunan / }, { timeout: 5_000 });
  await within(form).findByLabelText(SECTIONS[0]!);
  return form;
}

describe('Laporan: the narrative', () => {
  it('offers last year’s text while this year is empty, and saves the four sections for the period’s year', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ now: NOW, officer: { name: 'Andi Pratama', account: 'andi' } });
    saveNarrativeAs(backend.state, 2025, { policy: 'Kebijakan 2025: SK PPID Nomor 12.', service: 'Dua petugas, satu meja layanan.', obstacles: 'Jaringan sering putus.', recommendations: 'Tambah satu petugas.' }, '2026-01-20T02:00:00.000Z');
    const form = await openNarrative(backend);
    expect(form).toHaveAccessibleName('Uraian laporan tahunan 2026');
    expect(within(form).getByText('Belum pernah disimpan.')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Simpan uraian' })).toBeDisabled();

    await user.click(within(form).getByRole('button', { name: 'Pakai teks tahun lalu (2025)' }));
    expect(within(form).getByLabelText(SECTIONS[0]!)).toHaveValue('Kebijakan 2025: SK PPID Nomor 12.');
    expect(within(form).getByLabelText(SECTIONS[3]!)).toHaveValue('Tambah satu petugas.');
    // Nothing is stored until the officer saves; the offer is gone once the fields hold text.
    expect(backend.callsTo('reports:saveNarrative')).toEqual([]);
    expect(within(form).queryByRole('button', { name: /Pakai teks tahun lalu/ })).toBeNull();

    const policy = within(form).getByLabelText(SECTIONS[0]!);
    await user.clear(policy);
    await user.type(policy, 'Kebijakan 2026: SK PPID Nomor 7.');
    await user.click(within(form).getByRole('button', { name: 'Simpan uraian' }));
    expect(await within(form).findByText('Uraian tahun 2026 tersimpan.')).toBeInTheDocument();
    expect(backend.callsTo('reports:saveNarrative')).toEqual([
      {
        year: 2026,
        sections: { policy: 'Kebijakan 2026: SK PPID Nomor 7.', service: 'Dua petugas, satu meja layanan.', obstacles: 'Jaringan sering putus.', recommendations: 'Tambah satu petugas.' },
        version: 0,
      },
    ]);
    expect(reportsState(backend.state).narratives.get(2026)?.sections.policy).toBe('Kebijakan 2026: SK PPID Nomor 7.');

    // A second save names the version the first one made.
    const firstVersion = reportsState(backend.state).narratives.get(2026)!.version;
    await user.type(within(form).getByLabelText(SECTIONS[2]!), ' Listrik padam.');
    await user.click(within(form).getByRole('button', { name: 'Simpan uraian' }));
    await waitFor(() => expect(backend.callsTo('reports:saveNarrative')).toHaveLength(2));
    expect(backend.callsTo('reports:saveNarrative')[1]).toMatchObject({ version: firstVersion });
    expect(await within(form).findByText('Uraian tahun 2026 tersimpan.')).toBeInTheDocument();
  });

  it('edits the narrative of the year the period ends in', async () => {
    const backend = createFakeBackend({ now: NOW });
    saveNarrativeAs(backend.state, 2025, { policy: 'Kebijakan 2025.' }, '2026-01-20T02:00:00.000Z', 'Rina Marlina');
    const form = await openNarrative(backend, '/reports?period=2025-Q4');
    expect(form).toHaveAccessibleName('Uraian laporan tahunan 2025');
    expect(within(form).getByLabelText(SECTIONS[0]!)).toHaveValue('Kebijakan 2025.');
    expect(within(form).getByText('Terakhir disimpan 20 Januari 2026 10.00 WITA oleh Rina Marlina.')).toBeInTheDocument();
    expect(backend.callsTo('reports:getNarrative')).toEqual([{ year: 2025 }]);
  });

  it('refuses a stale save clearly and keeps the officer’s text; the saved version can then be loaded', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ now: NOW });
    saveNarrativeAs(backend.state, 2026, { obstacles: 'Versi awal.' }, '2026-03-01T02:00:00.000Z');
    const form = await openNarrative(backend);
    // Someone at another desk saves after this form was opened.
    saveNarrativeAs(backend.state, 2026, { obstacles: 'Versi Rina.' }, '2026-03-17T02:30:00.000Z', 'Rina Marlina');
    const obstacles = within(form).getByLabelText(SECTIONS[2]!);
    await user.clear(obstacles);
    await user.type(obstacles, 'Versi saya.');
    await user.click(within(form).getByRole('button', { name: 'Simpan uraian' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Uraian ini sudah diubah orang lain');
    expect(alert).toHaveTextContent('Teks Anda belum disimpan dan masih ada di kolom.');
    expect(alert).toHaveTextContent('Sudah diubah oleh Rina Marlina pukul 11.00; muat ulang.');
    expect(obstacles).toHaveValue('Versi saya.');
    expect(reportsState(backend.state).narratives.get(2026)?.sections.obstacles).toBe('Versi Rina.');

    await user.click(within(alert).getByRole('button', { name: 'Muat versi tersimpan' }));
    await waitFor(() => expect(within(form).getByLabelText(SECTIONS[2]!)).toHaveValue('Versi Rina.'));
    expect(within(form).queryByRole('alert')).toBeNull();
    expect(within(form).getByText(/oleh Rina Marlina\.$/)).toBeInTheDocument();
  });

  it('asks before leaving the page with unsaved text', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ now: NOW });
    const form = await openNarrative(backend);
    await user.type(within(form).getByLabelText(SECTIONS[1]!), 'Satu ruang layanan.');
    await user.click(screen.getByRole('link', { name: 'Permohonan' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Uraian laporan tahunan belum disimpan. Tinggalkan halaman dan buang perubahannya?');
    await user.click(within(dialog).getByRole('button', { name: 'Tetap di sini' }));
    expect(within(form).getByLabelText(SECTIONS[1]!)).toHaveValue('Satu ruang layanan.');
    expect(screen.getByRole('heading', { level: 1, name: 'Laporan' })).toBeInTheDocument();
  });
});

describe('Laporan: the full report', () => {
  it('downloads the period’s report in each format', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ now: NOW });
    renderApp(backend, '/reports?period=2026-S1');
    const group = await screen.findByRole('group', { name: 'Unduh laporan lengkap' });
    expect(group).toHaveTextContent('Laporan Semester I 2026 dengan kop surat');
    for (const format of ['PDF', 'DOCX', 'XLSX', 'JSON']) {
      await user.click(within(group).getByRole('button', { name: `Unduh ${format}` }));
      expect(await within(group).findByText(`Laporan diunduh: laporan-2026-S1.${format.toLowerCase()}.`)).toBeInTheDocument();
    }
    expect(backend.callsTo('reports:export')).toEqual(['pdf', 'docx', 'xlsx', 'json'].map((format) => ({ period: '2026-S1', format })));
    expect(clicked.map((c) => c.download)).toEqual(['laporan-2026-S1.pdf', 'laporan-2026-S1.docx', 'laporan-2026-S1.xlsx', 'laporan-2026-S1.json']);
  });

  it('shows what is being made while it runs, and a failure in Indonesian', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ now: NOW });
    let release: () => void = () => {};
    backend.override('reports:export', () => new Promise((resolve) => (release = () => resolve({ ok: false, error: { code: 'disk', message: 'Disk penuh: laporan tidak dapat disusun.' } }))));
    renderApp(backend, '/reports');
    const group = await screen.findByRole('group', { name: 'Unduh laporan lengkap' });
    await user.click(within(group).getByRole('button', { name: 'Unduh DOCX' }));
    expect(await within(group).findByText('Menyusun laporan DOCX untuk Tahun 2026…')).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Unduh PDF' })).toBeDisabled();
    release();
    expect(await within(group).findByRole('alert')).toHaveTextContent('Laporan DOCX gagal dibuat: Disk penuh: laporan tidak dapat disusun.');
    expect(within(group).queryByText(/Menyusun laporan/)).toBeNull();
    expect(clicked).toEqual([]);
  });
});
