// The history and the letter panel speak the UI language: "Surat diterbitkan" / "Letter issued",
// never the raw "letter_issued"; in English the reason a letter is not possible yet is English.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend, type FakeBackend } from '../support/fakeTransport';
import { validCreateInput } from '../support/requestForm';
import { renderApp } from '../support/renderApp';

async function withIssuedReceipt(language: 'id' | 'en') {
  const backend = createFakeBackend({ ui: { language } });
  await backend.invoke('requests:create', validCreateInput());
  backend.state.cases.timeline.push({
    id: 99, at: '2026-11-23T02:05:00.000Z', actor: 'petugas', action: 'letter_issued', subjectKind: 'request', subjectId: 1,
    fromStatus: null, toStatus: null, note: 'Tanda Bukti Penerimaan Permohonan Informasi Publik 001/TB/XI/2026',
  });
  return backend;
}

async function openPane(backend: FakeBackend, listName: string, paneName: string) {
  const user = userEvent.setup();
  renderApp(backend, '/');
  const list = await screen.findByRole('listbox', { name: listName });
  await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
  await user.click(within(list).getAllByRole('option')[0]!);
  return screen.findByRole('region', { name: paneName });
}

describe('UI language of the history and the letters', () => {
  it('Indonesian: "Surat diterbitkan", not letter_issued', async () => {
    const pane = await openPane(await withIssuedReceipt('id'), 'Daftar kasus terbuka, urut tenggat', 'Rincian kasus');
    expect(await within(pane).findByText(/Surat diterbitkan: Tanda Bukti Penerimaan/)).toBeInTheDocument();
    expect(pane).not.toHaveTextContent('letter_issued');
  });

  it('English: "Letter issued", and the disabled letter explains itself in English', async () => {
    const pane = await openPane(await withIssuedReceipt('en'), 'Open cases by due date', 'Case details');
    expect(await within(pane).findByText(/Letter issued: Tanda Bukti Penerimaan/)).toBeInTheDocument();
    expect(pane).not.toHaveTextContent('letter_issued');
    expect(
      await within(pane).findByText('The written notice can only be made once the decision on request 001/PPID/XI/2026 is recorded (set the status to "dijawab": granted in full, in part, or refused).'),
    ).toBeInTheDocument();
    expect(pane).not.toHaveTextContent('hanya dapat dibuat setelah');
  });

  it('English: a core refusal reads in English, with its link to Settings', async () => {
    const user = userEvent.setup();
    const backend = await withIssuedReceipt('en');
    backend.override('letters:issue', () => ({
      ok: false,
      error: { code: 'precondition', message: 'Profil kantor belum lengkap: isi Pengaturan → Profil kantor (kop surat, PPID, Atasan PPID) sebelum membuat surat.' },
    }));
    const pane = await openPane(backend, 'Open cases by due date', 'Case details');
    const panel = await within(pane).findByRole('region', { name: 'Create letter' });
    await user.click(await within(panel).findByRole('button', { name: /Tanda Bukti Penerimaan Permohonan/ }));
    await user.click(await within(panel).findByRole('button', { name: /^Issue/ }));
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('The office profile is incomplete: fill in Settings → Office profile (letterhead, PPID, Atasan PPID) before making a letter.');
    expect(within(alert).getByRole('link', { name: 'Complete the office profile in Settings' })).toBeInTheDocument();
  });
});

describe('UI language of field validation', () => {
  it('English: the shared schema messages of the intake form read in English, the NIK rule too', async () => {
    const user = userEvent.setup();
    const backend = createFakeBackend({ ui: { language: 'en' } });
    renderApp(backend, '/requests/new');
    const save = await screen.findByRole('button', { name: 'Save request' });
    await user.click(save);
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent("Requester's name is required.");
    expect(summary).toHaveTextContent('Purpose of use is required.');
    expect(summary).not.toHaveTextContent('wajib diisi');
    await user.type(screen.getByRole('textbox', { name: /^Identity number/ }), '12345');
    await user.click(save);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The NIK must have 16 digits; 5 were entered.'));
    expect(backend.callsTo('requests:create')).toHaveLength(0);
  });
});
