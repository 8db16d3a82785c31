// Review reminders for exempt documents at the top of Kotak Masuk (issue #5): only when something is
// due, only on the main inbox, each line linking to the document in Arsip.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DocumentDetail } from '../../shared/ipc/channels/archive';
import { createFakeBackend, type FakeBackend } from './support/fakeTransport';
import { addFakeDocument, archiveState } from './support/fakeArchive';
import { renderApp } from './support/renderApp';

function exempt(backend: FakeBackend, title: string, reviewDate: string, category: DocumentDetail['fields']['category'] = 'dikecualikan') {
  const id = addFakeDocument(backend.state, { title, text: title });
  const doc = archiveState(backend.state).docs.find((d) => d.detail.id === id)!;
  doc.detail.fields = { ...doc.detail.fields, category, exemptionLetter: category === 'dikecualikan' ? 'h' : null, reviewDate: category === 'dikecualikan' ? reviewDate : null };
  return id;
}

async function openPage(backend: FakeBackend, path: string, heading: string) {
  renderApp(backend, path);
  await screen.findByRole('heading', { level: 1, name: heading });
}

describe('Kotak Masuk: dokumen dikecualikan yang perlu ditinjau ulang', () => {
  it('lists overdue and coming reviews, each linking to the document in Arsip', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend();
    exempt(backend, 'Rekam medis pegawai', '2026-11-20');
    exempt(backend, 'Berkas penyidikan', '2026-12-01');
    exempt(backend, 'Masih lama', '2027-03-01');
    exempt(backend, 'Laporan keuangan', '2026-11-25', 'berkala');
    await openPage(backend, '/', 'Kotak Masuk');

    const notice = await screen.findByRole('region', { name: '2 dokumen dikecualikan perlu ditinjau ulang' });
    const lines = within(notice).getAllByRole('listitem');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveTextContent('Rekam medis pegawai — terlambat: seharusnya ditinjau paling lambat 20 November 2026 (Pasal 17 huruf h)');
    expect(lines[1]).toHaveTextContent('Berkas penyidikan — tinjau paling lambat 1 Desember 2026 (Pasal 17 huruf h)');
    expect(notice).not.toHaveTextContent('Masih lama');
    expect(notice).not.toHaveTextContent('Laporan keuangan');
    expect(backend.callsTo('archive:reviewsDue')).toEqual([{}]);

    await user.click(within(notice).getByRole('link', { name: 'Berkas penyidikan' }));
    await screen.findByRole('heading', { level: 1, name: 'Arsip' });
    expect(await screen.findByRole('region', { name: 'Berkas penyidikan' })).toBeInTheDocument();
  });

  it('is hidden when nothing is due', async () => {
    const backend = createFakeBackend();
    exempt(backend, 'Masih lama', '2027-03-01');
    await openPage(backend, '/', 'Kotak Masuk');
    await screen.findByText('Belum ada kasus terbuka. Tekan N untuk mencatat permohonan.');
    expect(backend.callsTo('archive:reviewsDue')).toHaveLength(1);
    // Let the (empty) answer arrive before asserting that nothing is shown.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/perlu ditinjau ulang/)).toBeNull();
  });

  it.each([
    ['/requests', 'Permohonan'],
    ['/objections', 'Keberatan'],
    ['/media', 'Media'],
  ])('does not show on %s', async (path, heading) => {
    const backend = createFakeBackend();
    exempt(backend, 'Rekam medis pegawai', '2026-11-20');
    await openPage(backend, path, heading);
    await screen.findByText(/^Belum ada (permohonan|keberatan|pertanyaan media)\./);
    expect(screen.queryByText(/perlu ditinjau ulang/)).toBeNull();
    expect(backend.callsTo('archive:reviewsDue')).toEqual([]);
  });
});
