// Pengaturan › Akun petugas and the Log audit view (issue 14), against the fake backend.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend } from './support/fakeTransport';
import { renderApp } from './support/renderApp';

const admin = { id: 1, username: 'admin', name: 'Rina Admin', nip: '', jabatan: '', roles: ['admin' as const], active: true };

describe('Pengaturan › Akun petugas', () => {
  it('adds an officer with several roles, checking the form first', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    backend.state.accounts.officers.push({ ...admin });
    backend.state.accounts.me = { ...admin };
    renderApp(backend, '/settings');
    const section = await screen.findByRole('group', { name: 'Akun petugas' }, { timeout: 15_000 });
    await within(section).findByRole('table', { name: 'Daftar akun petugas' });
    await user.click(within(section).getByRole('button', { name: 'Tambah petugas' }));
    const form = within(section).getByRole('form', { name: 'Petugas baru' });
    await user.type(within(form).getByRole('textbox', { name: /Nama pengguna/ }), 'budi');
    await user.type(within(form).getByRole('textbox', { name: /Nama lengkap/ }), 'Budi Santoso');
    await user.type(within(form).getByLabelText(/Kata sandi awal/), 'pendek');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    // Checked before sending: no role, a short password.
    expect(await within(form).findByText('Pilih paling sedikit satu peran.')).toBeInTheDocument();
    expect(within(form).getByText('Kata sandi paling sedikit 10 karakter.')).toBeInTheDocument();
    expect(backend.callsTo('officers:add')).toEqual([]);
    await user.type(within(form).getByLabelText(/Kata sandi awal/), '-panjang-sekali');
    await user.click(within(form).getByRole('checkbox', { name: 'Petugas layanan' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Humas / juru bicara' }));
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect(await within(section).findByText('Akun budi dibuat.')).toBeInTheDocument();
    expect(backend.callsTo('officers:add')).toEqual([{ username: 'budi', name: 'Budi Santoso', nip: '', jabatan: '', roles: ['petugas', 'humas'], password: 'pendek-panjang-sekali' }]);
    const row = (await within(section).findByRole('cell', { name: 'budi' })).closest('tr')!;
    expect(within(row).getByText('Petugas layanan, Humas / juru bicara')).toBeInTheDocument();
  }, 90_000);

  it('edits the roles, disables and resets the password', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    backend.state.accounts.officers.push({ ...admin }, { id: 2, username: 'budi', name: 'Budi Santoso', nip: '', jabatan: '', roles: ['petugas', 'humas'], active: true });
    backend.state.accounts.me = { ...admin };
    renderApp(backend, '/settings');
    const section = await screen.findByRole('group', { name: 'Akun petugas' }, { timeout: 15_000 });
    const row = (await within(section).findByRole('cell', { name: 'budi' })).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: 'Ubah budi' }));
    const edit = within(section).getByRole('form', { name: 'Ubah petugas budi' });
    await user.click(within(edit).getByRole('checkbox', { name: 'Humas / juru bicara' }));
    await user.click(within(edit).getByRole('checkbox', { name: 'Atasan PPID' }));
    await user.click(within(edit).getByRole('button', { name: 'Simpan' }));
    expect(await within(section).findByText('Akun budi tersimpan.')).toBeInTheDocument();
    expect(backend.callsTo('officers:update')).toEqual([{ id: 2, name: 'Budi Santoso', nip: '', jabatan: '', roles: ['petugas', 'atasan'] }]);

    await user.click(within(row).getByRole('button', { name: 'Nonaktifkan budi' }));
    expect(await within(section).findByText('Akun budi dinonaktifkan; sesinya berakhir.')).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByText('Nonaktif')).toBeInTheDocument());

    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(within(row).getByRole('button', { name: 'Atur ulang sandi budi' }));
    expect(await within(section).findByText(/Kata sandi sementara untuk budi: Sementara2345ab/)).toBeInTheDocument();
  }, 90_000);

  it('is hidden from a signed-in officer without the Admin role', async () => {
    const backend = createFakeBackend();
    const petugas = { ...admin, id: 2, username: 'budi', roles: ['petugas' as const] };
    backend.state.accounts.officers.push({ ...admin }, petugas);
    backend.state.accounts.me = petugas;
    renderApp(backend, '/settings');
    await screen.findByRole('heading', { name: 'Pengaturan' }, { timeout: 15_000 });
    await waitFor(() => expect(backend.callsTo('auth:me').length).toBeGreaterThan(0));
    await screen.findByRole('group', { name: 'Tarif biaya salinan informasi' });
    expect(screen.queryByRole('group', { name: 'Akun petugas' })).toBeNull();
    // Signed in, the history names the account: the desk's officer name is not asked for.
    expect(screen.queryByRole('textbox', { name: 'Nama petugas' })).toBeNull();
    expect(backend.callsTo('officers:list')).toEqual([]);
  });
});

describe('Log audit', () => {
  it('lists entries with the officer, filters by officer and kind, and exports XLSX', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    backend.state.accounts.officers.push({ ...admin }, { ...admin, id: 2, username: 'wahyuni', name: 'Dr. Sri Wahyuni', roles: ['atasan'] });
    backend.state.accounts.audit.push(
      { seq: 1, at: '2026-11-23T01:00:00.000Z', actor: 'CLI (root)', officerId: null, action: 'officer.add', entity: 'officer', entityId: '2', data: '{"username":"wahyuni"}' },
      { seq: 2, at: '2026-11-23T02:00:00.000Z', actor: 'Dr. Sri Wahyuni', officerId: 2, action: 'objection.decide', entity: 'objection', entityId: '7', data: '{"decision":"ditolak"}' },
    );
    renderApp(backend, '/audit');
    const table = await screen.findByRole('table', { name: 'Entri log audit, terbaru dahulu' }, { timeout: 15_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]!.textContent)).toEqual(['Dr. Sri Wahyuni', 'CLI (root)']);
    // Office time (WITA by default): 02:00Z is 10:00.
    expect(within(rows[0]!).getByText('2026-11-23 10:00')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Petugas' }), 'Dr. Sri Wahyuni (wahyuni)');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jenis tindakan' }), 'objection');
    await user.click(screen.getByRole('button', { name: 'Terapkan saringan' }));
    await waitFor(() => expect(backend.callsTo('audit:list').at(-1)).toEqual({ filter: { kind: 'objection.', officerId: 2 }, limit: 100 }));
    expect(await screen.findByText('1 dari 1 entri')).toBeInTheDocument();

    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    await user.click(screen.getByRole('button', { name: 'Ekspor XLSX' }));
    expect(await screen.findByText('Diekspor: log-audit-2026-11-23.xlsx (2 entri).')).toBeInTheDocument();
    expect(backend.callsTo('audit:export')).toEqual([{ filter: { kind: 'objection.', officerId: 2 } }]);
  });
});
