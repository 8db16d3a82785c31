// Pengaturan › Cadangan (list, back up now with progress, folder, restore with confirmation) and
// the Kotak Masuk warning when the newest backup is older than 7 days.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { fail, ok } from '../../shared/ipc/result';
import { appReload } from '../../renderer/src/shell/reload';
import { createFakeBackend, type FakeBackend } from './support/fakeTransport';
import { backupState, fakeBackupEntry, setBackupAge } from './support/fakeBackup';
import { renderApp } from './support/renderApp';

afterEach(() => vi.restoreAllMocks());

async function openBackups(backend: FakeBackend = createFakeBackend()) {
  renderApp(backend, '/settings');
  const section = (await screen.findByRole('group', { name: 'Cadangan' })) as HTMLElement;
  await within(section).findByTestId('backup-folder');
  return { backend, section };
}

describe('Pengaturan › Cadangan', () => {
  it('lists the backups with time in the office zone, size, check and kind', async () => {
    const backend = createFakeBackend();
    backupState(backend.state).backups.push(fakeBackupEntry('2026-11-20T08:30:00.000Z', { trigger: 'manual', checkOk: null, blobs: null, bytes: 900 * 1024 }));
    const { section } = await openBackups(backend);
    expect(within(section).getByTestId('backup-folder')).toHaveTextContent('/data/backups (bawaan, di folder data)');
    expect(section).toHaveTextContent('Ruang kosong: 48,4 GB');
    const table = within(section).getByRole('table', { name: 'Cadangan di folder ini (terbaru di atas)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/Senin, 23 November 2026 10\.00.*ppid-desk-20261123-020000\.db/);
    expect(rows[0]).toHaveTextContent(/2,3 MB.*12 berkas.*Lolos.*Otomatis \(buka\)/);
    expect(rows[1]).toHaveTextContent(/Jumat, 20 November 2026 16\.30.*900 KB.*Belum diperiksa.*Dibuat sendiri/);
  });

  it('"Buat cadangan sekarang" shows progress, then the new backup on top', async () => {
    const user = userEvent.setup();
    const { section, backend } = await openBackups();
    await user.click(within(section).getByRole('button', { name: 'Buat cadangan sekarang' }));
    expect(await within(section).findByRole('progressbar', { name: 'Kemajuan pencadangan' })).toBeInTheDocument();
    expect(await within(section).findByText('Menyalin berkas 6 dari 12…')).toBeInTheDocument();
    expect(await within(section).findByText('Cadangan tersimpan dan lolos pemeriksaan: ppid-desk-20261123-031500.db.')).toBeInTheDocument();
    expect(within(section).queryByRole('progressbar')).toBeNull();
    expect(backend.callsTo('backup:create')).toEqual([{}]);
    const table = within(section).getByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/11\.15.*Dibuat sendiri/));
  });

  it('shows the core’s Indonesian message when the backup fails (e.g. a full disk)', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    backend.override('backup:create', () => fail('disk', 'Disk penuh: cadangan memerlukan sekitar 80 MB ruang kosong, tersedia 3 MB.'));
    const { section } = await openBackups(backend);
    await user.click(within(section).getByRole('button', { name: 'Buat cadangan sekarang' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Gagal: Disk penuh: cadangan memerlukan sekitar 80 MB ruang kosong, tersedia 3 MB.');
  });

  it('changes the backup folder, with the core’s message on the field when it cannot be used', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    const { section } = await openBackups(backend);
    const field = within(section).getByRole('textbox', { name: /^Folder cadangan baru/ });
    backend.override('backup:setFolder', () => fail('invalid_input', 'Isian belum benar', [{ path: 'folder', message: 'Tulis letak folder lengkap, mis. E:\\Cadangan PPID atau /media/usb/cadangan-ppid.' }]));
    await user.type(field, 'cadangan{Enter}');
    expect(field).toHaveAccessibleDescription(/Tulis letak folder lengkap/);
    backend.override('backup:setFolder', null);
    await user.clear(field);
    await user.type(field, '/media/usb/cadangan-ppid');
    await user.click(within(section).getByRole('button', { name: 'Pakai folder ini' }));
    expect(await within(section).findByText('Folder cadangan diubah.')).toBeInTheDocument();
    expect(backend.callsTo('backup:setFolder').at(-1)).toEqual({ folder: '/media/usb/cadangan-ppid' });
    await waitFor(() => expect(within(section).getByTestId('backup-folder')).toHaveTextContent(/^\/media\/usb\/cadangan-ppid$/));
    await user.click(within(section).getByRole('button', { name: 'Kembali ke folder bawaan' }));
    expect(backend.callsTo('backup:setFolder').at(-1)).toEqual({ folder: null });
  });

  it('restores after a confirmation that says the current archive is kept aside, then reloads the app', async () => {
    const user = userEvent.setup();
    const reload = vi.spyOn(appReload, 'reload').mockImplementation(() => undefined);
    const { section, backend } = await openBackups();
    await user.click(within(section).getByRole('button', { name: 'Pulihkan cadangan Senin, 23 November 2026 10.00' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pulihkan arsip dari cadangan Senin, 23 November 2026 10.00?' });
    expect(dialog).toHaveTextContent('Arsip sekarang TIDAK dihapus: disimpan utuh di folder pre-restore-<waktu> di folder data');
    expect(dialog).toHaveTextContent('Setelah pemulihan, aplikasi dimuat ulang.');

    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.callsTo('backup:restore')).toEqual([]);

    await user.click(within(section).getByRole('button', { name: /^Pulihkan cadangan/ }));
    const again = await screen.findByRole('dialog');
    await user.click(within(again).getByRole('button', { name: 'Ya, pulihkan' }));
    expect(await within(again).findByText(/Arsip dipulihkan dari \/data\/backups\/ppid-desk-20261123-020000\.db\. Arsip sebelumnya disimpan di \/data\/pre-restore-20261123-031600\./)).toBeInTheDocument();
    expect(backend.callsTo('backup:restore')).toEqual([{ file: '/data/backups/ppid-desk-20261123-020000.db' }]);
    await waitFor(() => expect(reload).toHaveBeenCalledOnce(), { timeout: 4000 });
  });

  it('offers no restore in the browser host, and says where to do it', async () => {
    const backend = createFakeBackend();
    backend.override('app:info', () => ok({ name: 'PPID Desk', version: '0.0.0-test', schemaVersion: 1, dataDir: '/data', host: 'browser' }));
    const { section } = await openBackups(backend);
    expect(within(section).queryByRole('button', { name: /^Pulihkan/ })).toBeNull();
    expect(section).toHaveTextContent('Pemulihan hanya dapat dilakukan di aplikasi desktop PPID Desk atau dengan perintah ppid-desk restore');
  });
});

describe('Kotak Masuk: backup warning', () => {
  it('warns when the newest backup is older than 7 days, linking to Pengaturan › Cadangan', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    setBackupAge(backend.state, 9);
    backupState(backend.state).lastAuto = { trigger: 'start', at: '2026-11-23T02:00:00.000Z', status: 'failed', message: 'Cadangan otomatis gagal: Folder cadangan E:\\PPID tidak ditemukan (flashdisk belum dipasang?).' };
    renderApp(backend, '/');
    const notice = await screen.findByRole('region', { name: 'Cadangan arsip terakhir dibuat 9 hari yang lalu (Sabtu, 14 November 2026).' });
    expect(notice).toHaveTextContent('Cadangan otomatis terakhir gagal: Cadangan otomatis gagal: Folder cadangan E:\\PPID tidak ditemukan');
    await user.click(within(notice).getByRole('link', { name: 'Buka Pengaturan › Cadangan' }));
    await screen.findByRole('heading', { level: 1, name: 'Pengaturan' });
    await waitFor(() => expect(screen.getByRole('group', { name: 'Cadangan' })).toHaveFocus());
  });

  it('warns when there is no backup at all', async () => {
    const backend = createFakeBackend();
    setBackupAge(backend.state, null);
    renderApp(backend, '/');
    expect(await screen.findByRole('region', { name: 'Belum ada cadangan arsip.' })).toBeInTheDocument();
  });

  it('is quiet with a backup of 7 days or newer', async () => {
    const backend = createFakeBackend();
    setBackupAge(backend.state, 7);
    renderApp(backend, '/');
    await screen.findByText('Belum ada kasus terbuka. Tekan N untuk mencatat permohonan.');
    await waitFor(() => expect(backend.callsTo('backup:status')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/cadangan arsip/i)).toBeNull();
  });
});
