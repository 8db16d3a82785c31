import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail } from '../../shared/ipc/result';
import { createFakeBackend } from './support/fakeTransport';
import { renderApp } from './support/renderApp';

// Mantine puts the description inside the label, so the accessible name starts with the label.
const CUTI_SWITCH = /^Cuti bersama dihitung sebagai hari libur/;

async function openCalendar(backend = createFakeBackend()) {
  renderApp(backend, '/settings');
  const section = (await screen.findByRole('group', { name: 'Kalender hari kerja' })) as HTMLElement;
  await within(section).findByText(/Versi kalender/);
  return { backend, section };
}

describe('Pengaturan: working-day calendar', () => {
  it('lists the days off of a year with their kind and decree', async () => {
    const user = userEvent.setup();
    const { section } = await openCalendar();
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Tahun' }), '2026');
    const table = await within(section).findByRole('table', { name: 'Hari libur tahun 2026' });
    const nyepi = within(table).getByRole('row', { name: /Rabu, 18 Maret 2026/ });
    expect(nyepi).toHaveTextContent('Cuti bersama');
    expect(nyepi).toHaveTextContent(/SKB/);
    // 17 libur nasional + 8 cuti bersama in 2026 (DOMAIN.md); one header row.
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 25);
    expect(section).toHaveTextContent('Versi kalender: id-2024-2026.1');
  });

  it('adds a local day off, reports the recomputed deadlines, and can remove it again', async () => {
    const user = userEvent.setup();
    const { section, backend } = await openCalendar();
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Tahun' }), '2026');
    await user.type(within(section).getByLabelText('Tanggal libur'), '09/12/2026');
    await user.type(within(section).getByLabelText('Nama hari libur'), 'Pemungutan suara pilkada ulang');
    await user.type(within(section).getByLabelText('Dasar penetapan'), 'Keputusan Gubernur No. 123/2026');
    await user.click(within(section).getByRole('button', { name: 'Tambah' }));
    expect(await within(section).findByText(/Hari libur lokal ditambahkan\. 2 tenggat kasus terbuka berubah \(dari 4/)).toBeInTheDocument();
    expect(backend.callsTo('calendar:addDay')).toEqual([{ date: '2026-12-09', kind: 'lokal', name: 'Pemungutan suara pilkada ulang', basis: 'Keputusan Gubernur No. 123/2026' }]);
    const row = await within(section).findByRole('row', { name: /Rabu, 9 Desember 2026/ });
    expect(row).toHaveTextContent('Libur lokal');
    await user.click(within(row).getByRole('button', { name: 'Hapus hari libur kantor Rabu, 9 Desember 2026' }));
    expect(await within(section).findByText(/Hari libur dihapus/)).toBeInTheDocument();
    expect(backend.callsTo('calendar:removeDay')).toEqual([{ date: '2026-12-09' }]);
  });

  it('moves a shipped cuti bersama: cancels it with its decree, adds the new date, and can restore it', async () => {
    const user = userEvent.setup();
    const { section, backend } = await openCalendar();
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Tahun' }), '2026');
    const table = await within(section).findByRole('table', { name: 'Hari libur tahun 2026' });
    const day = within(table).getByRole('row', { name: /Selasa, 24 Maret 2026/ });
    await user.click(within(day).getByRole('button', { name: 'Batalkan hari libur bawaan Selasa, 24 Maret 2026' }));
    const form = within(section).getByRole('form', { name: /Batalkan hari libur Selasa, 24 Maret 2026/ });
    // The decree is required; focus is already in its field.
    expect(within(form).getByLabelText('Dasar pembatalan (nomor keputusan)')).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Batalkan hari libur' }));
    expect(within(form).getByLabelText('Dasar pembatalan (nomor keputusan)')).toHaveAccessibleDescription(/Dasar pembatalan \(nomor keputusan\) wajib diisi/);
    await user.type(within(form).getByLabelText('Dasar pembatalan (nomor keputusan)'), 'SKB perubahan No. 9/2026{Enter}');
    expect(await within(section).findByText(/Selasa, 24 Maret 2026 kini dihitung sebagai hari kerja\. 2 tenggat/)).toBeInTheDocument();
    expect(backend.callsTo('calendar:cancelShippedDay')).toEqual([{ date: '2026-03-24', basis: 'SKB perubahan No. 9/2026' }]);
    const cancelled = await within(section).findByRole('table', { name: 'Hari libur bawaan tahun 2026 yang dibatalkan' });
    expect(within(cancelled).getByRole('row', { name: /Selasa, 24 Maret 2026/ })).toHaveTextContent('SKB perubahan No. 9/2026');
    expect(within(table).queryByRole('row', { name: /Selasa, 24 Maret 2026/ })).toBeNull();

    // The new date, as cuti bersama.
    await user.type(within(section).getByLabelText('Tanggal libur'), '27/03/2026');
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Jenis' }), 'Cuti bersama');
    await user.type(within(section).getByLabelText('Nama hari libur'), 'Cuti bersama Idul Fitri (digeser)');
    await user.type(within(section).getByLabelText('Dasar penetapan'), 'SKB perubahan No. 9/2026');
    await user.click(within(section).getByRole('button', { name: 'Tambah' }));
    expect(await within(section).findByText(/^Cuti bersama ditambahkan\./)).toBeInTheDocument();
    expect(backend.callsTo('calendar:addDay')).toEqual([{ date: '2026-03-27', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri (digeser)', basis: 'SKB perubahan No. 9/2026' }]);

    await user.click(within(cancelled).getByRole('button', { name: 'Pulihkan hari libur bawaan Selasa, 24 Maret 2026' }));
    expect(await within(section).findByText(/Selasa, 24 Maret 2026 kembali menjadi hari libur/)).toBeInTheDocument();
    expect(backend.callsTo('calendar:restoreShippedDay')).toEqual([{ date: '2026-03-24' }]);
  });

  it('refuses an incomplete local day in Indonesian before sending it', async () => {
    const user = userEvent.setup();
    const { section, backend } = await openCalendar();
    await user.click(within(section).getByRole('button', { name: 'Tambah' }));
    expect(within(section).getByLabelText('Nama hari libur')).toHaveAccessibleDescription(/Nama hari libur wajib diisi/);
    expect(backend.callsTo('calendar:addDay')).toHaveLength(0);
  });

  it('shows the core’s refusal (e.g. a date already a holiday) and keeps the input', async () => {
    const user = userEvent.setup();
    const { section, backend } = await openCalendar();
    backend.override('calendar:addDay', () => fail('conflict', '25 Desember 2026 sudah hari libur (Hari Raya Natal).'));
    await user.type(within(section).getByLabelText('Tanggal libur'), '25/12/2026');
    await user.type(within(section).getByLabelText('Nama hari libur'), 'Natal');
    await user.type(within(section).getByLabelText('Dasar penetapan'), 'SK');
    await user.click(within(section).getByRole('button', { name: 'Tambah' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Kalender tidak berubah: 25 Desember 2026 sudah hari libur');
    expect(within(section).getByLabelText('Nama hari libur')).toHaveValue('Natal');
  });
  it('switches cuti bersama to working days and back, with the recompute notice', async () => {
    const user = userEvent.setup();
    const { section, backend } = await openCalendar();
    const toggle = within(section).getByRole('switch', { name: CUTI_SWITCH });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(await within(section).findByText(/Cuti bersama kini dihitung sebagai hari kerja\. 2 tenggat kasus terbuka berubah \(dari 4 yang dihitung ulang\)\. Versi kalender: id-2024-2026\.1\+cb-kerja\./)).toBeInTheDocument();
    expect(backend.callsTo('calendar:setCutiBersama')).toEqual([{ dayOff: false }]);
    await within(section).findByText(/Versi kalender: id-2024-2026\.1\+cb-kerja · Cuti bersama dihitung sebagai hari kerja\./);
    expect(within(section).getByRole('switch', { name: CUTI_SWITCH })).not.toBeChecked();
    await user.click(within(section).getByRole('switch', { name: CUTI_SWITCH }));
    expect(await within(section).findByText(/Cuti bersama kini dihitung sebagai hari libur\./)).toBeInTheDocument();
    expect(backend.callsTo('calendar:setCutiBersama')).toEqual([{ dayOff: false }, { dayOff: true }]);
  });

  it('keeps the switch as it was when the core refuses', async () => {
    const user = userEvent.setup();
    const { section, backend } = await openCalendar();
    backend.override('calendar:setCutiBersama', () => fail('internal', 'Basis data terkunci.'));
    await user.click(within(section).getByRole('switch', { name: CUTI_SWITCH }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Kalender tidak berubah: Basis data terkunci.');
    expect(within(section).getByRole('switch', { name: CUTI_SWITCH })).toBeChecked();
  });
});

describe('Kotak Masuk: the calendar running out', () => {
  it('warns in December that next year’s holidays are missing, linking to the calendar', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    backend.state.now = '2026-12-04T01:00:00.000Z';
    renderApp(backend, '/');
    const notice = await screen.findByRole('region', { name: 'Libur nasional tahun 2027 belum ada di kalender hari kerja.' });
    expect(notice).toHaveTextContent('Mulai 1 Januari 2027 permohonan dan keberatan tidak dapat dicatat');
    await user.click(within(notice).getByRole('link', { name: 'Buka Pengaturan › Kalender hari kerja' }));
    await screen.findByRole('heading', { level: 1, name: 'Pengaturan' });
    await waitFor(() => expect(screen.getByRole('group', { name: 'Kalender hari kerja' })).toHaveFocus());
  });

  it('says new requests cannot be logged once the year began without its holidays', async () => {
    const backend = createFakeBackend();
    backend.state.now = '2027-01-04T01:00:00.000Z';
    renderApp(backend, '/');
    expect(await screen.findByRole('region', { name: 'Permohonan baru tidak dapat dicatat: libur nasional tahun 2027 belum ada di kalender hari kerja.' })).toBeInTheDocument();
  });

  it('is quiet in October', async () => {
    const backend = createFakeBackend();
    backend.state.now = '2026-10-20T01:00:00.000Z';
    renderApp(backend, '/');
    await screen.findByText('Belum ada kasus terbuka. Tekan N untuk mencatat permohonan.');
    await waitFor(() => expect(backend.callsTo('calendar:get').length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/belum ada di kalender hari kerja/)).toBeNull();
  });
});
