// Laporan's dashboard against the fake backend: the office's current year by default, every number
// on the page the one reports:figures answered, each chart followed by its table, the other
// periods, and a figure drilled down to its cases, which open in their register.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReportFigures } from '../../../shared/ipc/channels/reports';
import { createFakeBackend, type FakeBackend } from '../support/fakeTransport';
import { setCases, setFigures } from '../support/fakeReports';
import { validCreateInput } from '../support/requestForm';
import { renderApp } from '../support/renderApp';

// 17 March 2026, 11:00 WITA on the app clock.
const NOW = '2026-03-17T03:00:00.000Z';

function year2026(backend: FakeBackend): ReportFigures {
  return setFigures(backend.state, '2026', {
    requests: {
      received: 14,
      by_month: [
        { month: '2026-01', received: 5 },
        { month: '2026-02', received: 6 },
        { month: '2026-03', received: 3 },
        ...['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => ({ month: `2026-${m}`, received: 0 })),
      ],
      by_channel: { langsung: 8, email: 6 },
      by_requester_kind: { perorangan: 11, badan_hukum: 3 },
      by_unit: [{ unit: 'Bidang IKP', received: 9 }, { unit: '(tanpa unit)', received: 5 }],
      granted_full: 7,
      granted_partial: 2,
      refused: 3,
      refusal_reasons: { ps17_h: 2, not_held: 1 },
      extended: 4,
      late: 1,
      withdrawn: 1,
      open_at_end: 2,
      fulfilment_days: { count: 12, mean: 8.36, median: 7, max: 19, within_10: 9, within_17: 2, later: 1 },
    },
    objections: { received: 2, by_ground: { a: 1, e: 1 }, answered: 1, answered_in_time: 1, not_upheld: 1, open_at_end: 1 },
    disputes: { registered: 1, by_outcome: { mediation_agreed: 1 } },
    inquiries: { received: 5, by_priority: { biasa: 3, mendesak: 2 }, answered: 5, answered_in_time: 4 },
    archive: { dip_by_category: { berkala: 12, setiap_saat: 4 }, exempt: 2, reviews_overdue: 1 },
  });
}

/** The value at a figure path ("requests.refusal_reasons.ps17_h", "requests.by_month.2026-03"). */
function valueAt(figures: ReportFigures, path: string): number {
  const [group, key, sub] = path.split('.') as [keyof ReportFigures, string, string | undefined];
  const node = (figures[group] as Record<string, unknown>)[key];
  if (key === 'by_month') return (node as { month: string; received: number }[]).find((m) => m.month === sub)!.received;
  if (key === 'by_unit') return (node as { received: number }[])[Number(sub)]!.received;
  return (sub === undefined ? node : (node as Record<string, number>)[sub]) as number;
}

async function openReports(backend: FakeBackend, path = '/reports') {
  renderApp(backend, path);
  await screen.findByRole('heading', { level: 1, name: 'Laporan' });
  return screen.findByRole('region', { name: /^Ringkasan / }, { timeout: 5_000 });
}

describe('Laporan: the dashboard', () => {
  it('shows the current office year by default, every number as reports:figures gave it, and each chart with its table', async () => {
    const backend = createFakeBackend({ now: NOW });
    const figures = year2026(backend);
    const dashboard = await openReports(backend);
    expect(screen.getByTestId('period-label')).toHaveTextContent('Periode: Tahun 2026 (1 Januari 2026 s.d. 31 Desember 2026)');
    expect(backend.callsTo('reports:figures')).toEqual([{ period: '2026' }]);
    await within(dashboard).findByRole('heading', { name: 'Ringkasan Tahun 2026' });

    const buttons = await within(dashboard).findAllByRole('button', { name: /Lihat kasus$/ });
    // Headline 8, four charts' tables, seven tables below: each a number the officer can open.
    expect(buttons.length).toBeGreaterThan(40);
    for (const button of buttons) {
      const path = button.getAttribute('data-figure')!;
      expect(button.textContent, path).toBe(String(valueAt(figures, path)));
    }
    expect(within(dashboard).getByRole('button', { name: 'Ditolak: 3. Lihat kasus' })).toBeInTheDocument();
    expect(within(dashboard).getByTestId('fulfilment-days')).toHaveTextContent('Rata-rata waktu pemenuhan: 8,4 hari kerja · Median waktu pemenuhan: 7 hari kerja · Waktu pemenuhan terlama: 19 hari kerja');

    for (const name of ['Permohonan diterima per bulan', 'Keputusan atas permohonan', 'Alasan penolakan', 'Sebaran waktu pemenuhan']) {
      const chart = within(dashboard).getByRole('region', { name });
      // The drawing is an image named for its table; the table has every number.
      expect(within(chart).getByRole('img')).toHaveAccessibleName(`Grafik batang "${name}". Angkanya ada di tabel di bawah grafik.`);
      expect(within(chart).getByRole('table', { name: `Tabel: ${name}` })).toBeInTheDocument();
    }
    const months = within(within(dashboard).getByRole('region', { name: 'Permohonan diterima per bulan' })).getByRole('table');
    // Twelve months run across: one column each.
    expect(within(months).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Uraian', 'Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']);
    expect(within(months).getAllByRole('row')[1]).toHaveTextContent(/^Diterima563000000000$/);
    // Only the reasons given are charted.
    const reasons = within(within(dashboard).getByRole('region', { name: 'Alasan penolakan' })).getByRole('table');
    expect(within(reasons).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Ps 17 h. Rahasia pribadi2', 'Informasi tidak dikuasai1']);
    // A unit's name is free text: its count drills by its place in the list.
    expect(within(dashboard).getByRole('button', { name: 'Permohonan menurut unit: (tanpa unit): 5. Lihat kasus' })).toHaveAttribute('data-figure', 'requests.by_unit.1');
  });

  it('switches to a quarter, a month and a date range, with the label; an impossible range is refused in Indonesian', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ now: NOW });
    year2026(backend);
    setFigures(backend.state, '2026-Q3', { requests: { received: 4, granted_full: 4 } });
    const dashboard = await openReports(backend);
    await within(dashboard).findByRole('button', { name: 'Diterima: 14. Lihat kasus' });

    await user.selectOptions(screen.getByLabelText('Jenis periode'), 'quarter');
    await user.selectOptions(screen.getByLabelText('Triwulan'), '3');
    await within(dashboard).findByRole('button', { name: 'Diterima: 4. Lihat kasus' });
    expect(screen.getByTestId('period-label')).toHaveTextContent('Periode: Triwulan III 2026 (1 Juli 2026 s.d. 30 September 2026)');
    expect(within(dashboard).getByRole('heading', { level: 2 })).toHaveTextContent('Ringkasan Triwulan III 2026');
    expect(backend.callsTo('reports:figures').at(-1)).toEqual({ period: '2026-Q3' });

    await user.selectOptions(screen.getByLabelText('Jenis periode'), 'month');
    await user.selectOptions(screen.getByLabelText('Bulan'), '11');
    await waitFor(() => expect(backend.callsTo('reports:figures').at(-1)).toEqual({ period: '2026-11' }));
    expect(screen.getByTestId('period-label')).toHaveTextContent('Periode: November 2026 (1 November 2026 s.d. 30 November 2026)');

    await user.selectOptions(screen.getByLabelText('Jenis periode'), 'range');
    const picker = within(screen.getByRole('group', { name: 'Periode laporan' }));
    const from = picker.getByLabelText(/Dari tanggal/);
    const to = picker.getByLabelText(/Sampai tanggal/);
    await user.clear(from);
    await user.type(from, '15/01/2026');
    await user.clear(to);
    await user.type(to, '20/02/2026');
    await waitFor(() => expect(backend.callsTo('reports:figures').at(-1)).toEqual({ period: '2026-01-15..2026-02-20' }));
    expect(screen.getByTestId('period-label')).toHaveTextContent('Periode: 15 Januari 2026 s.d. 20 Februari 2026');
    await user.clear(to);
    await user.type(to, '01/01/2026');
    expect(await screen.findByRole('alert')).toHaveTextContent('tanggal awal sesudah tanggal akhir');
    expect(backend.callsTo('reports:figures').at(-1)).toEqual({ period: '2026-01-15..2026-02-20' });
  });

  it('opens a period from the address (?period=2025-S2)', async () => {
    const backend = createFakeBackend({ now: NOW });
    setFigures(backend.state, '2025-S2', { requests: { received: 21 } });
    const dashboard = await openReports(backend, '/reports?period=2025-S2');
    await within(dashboard).findByRole('button', { name: 'Diterima: 21. Lihat kasus' });
    expect(screen.getByTestId('period-label')).toHaveTextContent('Periode: Semester II 2025 (1 Juli 2025 s.d. 31 Desember 2025)');
    expect(screen.getByLabelText('Semester')).toHaveValue('2');
  });

  it('drills a figure down to its cases, each opening in its register with its pane', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ now: NOW });
    await backend.invoke('requests:create', validCreateInput());
    const request = (backend.state.cases.requests[0]!);
    year2026(backend);
    setCases(backend.state, '2026', 'requests.refusal_reasons.ps17_h', [
      { kind: 'request', id: request.id, number: request.number, name: 'Budi Santoso', date: '2026-02-10', status: 'done', summary: 'Salinan DPA Dinas Kominfo tahun 2026' },
      { kind: 'request', id: 99, number: '014/PPID/II/2026', name: 'Citra Kirana', date: '2026-02-12', status: 'answered', summary: 'Data kepegawaian' },
    ]);
    const dashboard = await openReports(backend);
    const reasons = within(dashboard).getByRole('region', { name: 'Alasan penolakan' });
    await user.click(within(reasons).getByRole('button', { name: 'Alasan penolakan: Ps 17 h. Rahasia pribadi: 2. Lihat kasus' }));

    const dialog = await screen.findByRole('dialog', { name: 'Alasan penolakan: Ps 17 h. Rahasia pribadi — Tahun 2026 (1 Januari 2026 s.d. 31 Desember 2026)' });
    const table = await within(dialog).findByTestId('drill-cases');
    expect(within(dialog).getByText('Menampilkan 2 dari 2 kasus.')).toBeInTheDocument();
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      `${request.number}PermohonanBudi Santoso10 Februari 2026SelesaiSalinan DPA Dinas Kominfo tahun 2026`,
      '014/PPID/II/2026PermohonanCitra Kirana12 Februari 2026DijawabData kepegawaian',
    ]);
    expect(backend.callsTo('reports:cases')).toEqual([{ period: '2026', figure: 'requests.refusal_reasons.ps17_h', limit: 500 }]);

    await user.click(within(table).getByRole('link', { name: `Buka ${request.number} di registernya` }));
    await screen.findByRole('heading', { level: 1, name: 'Permohonan' });
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    expect(await within(pane).findByRole('heading', { name: request.number })).toBeInTheDocument();
  });

  it('links every kind of case to its own register', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ now: NOW });
    year2026(backend);
    setCases(backend.state, '2026', 'disputes.registered', [{ kind: 'dispute', id: 3, number: 'KI/2026/07', name: 'Budi Santoso', date: '2026-02-01', status: 'mediation', summary: 'Sengketa data pegawai' }]);
    setCases(backend.state, '2026', 'inquiries.received', [{ kind: 'inquiry', id: 4, number: 'MED-004', name: 'Rudi (Kaltim Post)', date: '2026-01-05', status: 'answered', summary: 'Banjir' }]);
    setCases(backend.state, '2026', 'archive.exempt', [{ kind: 'document', id: 5, number: 'DIP-005', name: 'Data pegawai', date: '2026-03-17', status: 'dikecualikan', summary: '' }]);
    setCases(backend.state, '2026', 'objections.received', [{ kind: 'objection', id: 6, number: '001/KEB/PPID/II/2026', name: 'Budi Santoso', date: '2026-02-12', status: 'answered', summary: '' }]);
    const dashboard = await openReports(backend);
    const cases: [string, string, string][] = [
      ['Sengketa informasi: Didaftarkan di Komisi Informasi: 1. Lihat kasus', 'KI/2026/07', '/objections?view=dispute&open=3'],
      ['Pertanyaan media: Diterima: 5. Lihat kasus', 'MED-004', '/media?open=4'],
      ['Arsip dan Daftar Informasi Publik: Dokumen dikecualikan: 2. Lihat kasus', 'DIP-005', '/archive?doc=5'],
      ['Keberatan: Diterima: 2. Lihat kasus', '001/KEB/PPID/II/2026', '/objections?open=6'],
    ];
    for (const [button, number, href] of cases) {
      await user.click(await within(dashboard).findByRole('button', { name: button }));
      const dialog = await screen.findByRole('dialog');
      expect(await within(dialog).findByRole('link', { name: `Buka ${number} di registernya` })).toHaveAttribute('href', expect.stringMatching(new RegExp(`${href.replace(/[?]/g, '\\?')}$`)));
      await user.click(within(dialog).getByRole('button', { name: 'Tutup' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    }
  });

  it('opens a linked dispute on Keberatan in the dispute view', async () => {
    const backend = createFakeBackend({ now: NOW });
    renderApp(backend, '/objections?view=dispute');
    await screen.findByRole('heading', { level: 1, name: 'Keberatan' });
    expect(await screen.findByRole('radio', { name: 'Sengketa di Komisi Informasi' })).toBeChecked();
  });

  it('says so when a figure has no cases, or the list cannot be loaded', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ now: NOW });
    year2026(backend);
    const dashboard = await openReports(backend);
    await user.click(await within(dashboard).findByRole('button', { name: 'Dijawab terlambat: 1. Lihat kasus' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Tidak ada kasus di balik angka ini.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Tutup' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    backend.override('reports:cases', () => ({ ok: false, error: { code: 'invalid_input', message: 'Angka yang dipilih tidak dikenal.' } }));
    await user.click(within(dashboard).getByRole('button', { name: 'Diperpanjang: 4. Lihat kasus' }));
    expect(await within(await screen.findByRole('dialog')).findByRole('alert')).toHaveTextContent('Daftar kasus tidak dapat dimuat: Angka yang dipilih tidak dikenal.');
  });

  it('shows why the figures could not be counted', async () => {
    const backend = createFakeBackend({ now: NOW });
    backend.override('reports:figures', () => ({ ok: false, error: { code: 'disk', message: 'Arsip tidak dapat dibaca.' } }));
    const dashboard = await openReports(backend);
    expect(await within(dashboard).findByRole('alert')).toHaveTextContent('Angka laporan tidak dapat dihitung: Arsip tidak dapat dibaca.');
  });
});

describe('Laporan in English', () => {
  it('speaks the UI language: headings, figures, charts and their tables', async () => {
    const backend = createFakeBackend({ now: NOW, ui: { language: 'en' } });
    year2026(backend);
    renderApp(backend, '/reports');
    await screen.findByRole('heading', { level: 1, name: 'Reports' });
    const dashboard = await screen.findByRole('region', { name: /^Summary, / });
    expect(await within(dashboard).findByRole('button', { name: 'Refused: 3. Show cases' })).toBeInTheDocument();
    const chart = within(dashboard).getByRole('region', { name: 'Reasons for refusal' });
    expect(within(chart).getByRole('img')).toHaveAccessibleName('Bar chart "Reasons for refusal". Its numbers are in the table below the chart.');
    expect(within(chart).getByRole('table', { name: 'Table: Reasons for refusal' })).toHaveTextContent('Art. 17 h. Personal secrets2');
    expect(screen.getByRole('group', { name: 'Report period' })).toHaveTextContent('Kind of period');
    expect(await screen.findByRole('form', { name: 'Annual report narrative 2026' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeInTheDocument();
  });
});
