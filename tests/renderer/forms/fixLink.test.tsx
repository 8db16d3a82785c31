// A refusal that names a missing step in Pengaturan links to the place that fixes it.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixFor } from '../../../renderer/src/forms/FixLink';
import { createFakeBackend } from '../support/fakeTransport';
import { validCreateInput } from '../support/requestForm';
import { renderApp } from '../support/renderApp';

describe('fix links', () => {
  it('knows the core messages that name a place in Pengaturan', () => {
    expect(fixFor('Profil kantor belum lengkap: isi Pengaturan → Profil kantor (kop surat, PPID, Atasan PPID) sebelum membuat surat.')).toEqual({ key: 'profile', to: '/settings' });
    expect(fixFor('Pola nomor surat memuat {unit}, tetapi kode unit belum diisi: isi Pengaturan → Penomoran → Kode unit.')?.to).toBe('/settings?section=penomoran');
    expect(fixFor('Folder cadangan E:\\Cadangan tidak ditemukan (flashdisk belum dipasang?). Pasang disknya atau pilih folder lain di Pengaturan › Cadangan.')?.to).toBe('/settings?section=cadangan');
    expect(fixFor('Permohonan belum dijawab.')).toBeNull();
  });

  it('a letter refused for an incomplete profile links to Pengaturan', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    await backend.invoke('requests:create', validCreateInput());
    backend.override('letters:issue', () => ({ ok: false, error: { code: 'precondition', message: 'Profil kantor belum lengkap: isi Pengaturan → Profil kantor (kop surat, PPID, Atasan PPID) sebelum membuat surat.' } }));
    renderApp(backend, '/');
    const list = await screen.findByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    await user.click(within(list).getAllByRole('option')[0]!);
    const panel = await within(await screen.findByRole('region', { name: 'Rincian kasus' })).findByRole('region', { name: 'Buat surat' });
    await user.click(await within(panel).findByRole('button', { name: 'Buat Tanda Bukti Penerimaan Permohonan Informasi Publik' }));
    await user.click(await within(panel).findByRole('button', { name: 'Terbitkan surat' }));
    const alert = await within(panel).findByRole('alert');
    await user.click(within(alert).getByRole('link', { name: 'Lengkapi profil kantor di Pengaturan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pengaturan' })).toBeInTheDocument();
  });
});
