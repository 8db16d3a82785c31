// Pengaturan › Maklumat pelayanan with the fake backend: the paper size and format chosen are what
// is asked of the core, the file is downloaded and named; without a complete profile the core's
// refusal names the missing fields, in English too when the UI is.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend, validProfileInput } from '../support/fakeTransport';
import { renderApp } from '../support/renderApp';

let downloads: Blob[] = [];
beforeEach(() => {
  downloads = [];
  URL.createObjectURL = (blob: Blob) => (downloads.push(blob), 'blob:maklumat');
  URL.revokeObjectURL = () => undefined;
});

async function openSection(opts: { profile: boolean; language?: 'en' }) {
  const backend = createFakeBackend(opts.language ? { ui: { language: opts.language } } : {});
  if (opts.profile) await backend.invoke('settings:saveProfile', validProfileInput());
  backend.calls.length = 0;
  renderApp(backend, '/settings?section=maklumat');
  const name = opts.language === 'en' ? 'Public information service notice (maklumat pelayanan)' : 'Maklumat pelayanan informasi publik';
  const section = await screen.findByRole('group', { name }, { timeout: 5_000 });
  return { backend, section };
}

describe('Pengaturan › Maklumat pelayanan', () => {
  it('downloads the A3 PDF poster by default, and the A4 DOCX when chosen', async () => {
    const user = userEvent.setup();
    const { backend, section } = await openSection({ profile: true });
    await user.click(within(section).getByRole('button', { name: 'Unduh maklumat' }));
    expect(await within(section).findByText('Maklumat pelayanan diunduh: maklumat-pelayanan-a3.pdf.')).toBeInTheDocument();
    expect(downloads.map((b) => b.type)).toEqual(['application/pdf']);

    await user.click(within(section).getByRole('radio', { name: 'A4' }));
    await user.click(within(section).getByRole('radio', { name: 'DOCX' }));
    await user.click(within(section).getByRole('button', { name: 'Unduh maklumat' }));
    expect(await within(section).findByText('Maklumat pelayanan diunduh: maklumat-pelayanan-a4.docx.')).toBeInTheDocument();
    expect(backend.callsTo('settings:maklumat')).toEqual([
      { size: 'a3', format: 'pdf' },
      { size: 'a4', format: 'docx' },
    ]);
    expect(downloads).toHaveLength(2);
  });

  it('shows the refusal naming the missing profile fields and downloads nothing', async () => {
    const user = userEvent.setup();
    const { section } = await openSection({ profile: false });
    await user.click(within(section).getByRole('button', { name: 'Unduh maklumat' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Belum diisi: nama instansi, alamat, nama PPID.');
    expect(downloads).toEqual([]);
  });

  it('shows the refusal in English with the UI in English', async () => {
    const user = userEvent.setup();
    const { section } = await openSection({ profile: false, language: 'en' });
    await user.click(within(section).getByRole('button', { name: 'Download notice' }));
    await waitFor(() => expect(within(section).getByRole('alert')).toHaveTextContent('Missing: office name, address, PPID name. Fill them in under Settings → Office profile'));
  });
});
