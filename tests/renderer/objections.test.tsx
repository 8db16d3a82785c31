import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeDeadline } from '../../shared/domain/clocks';
import { createCalendar, formatTanggal, SHIPPED_CALENDAR } from '../../shared/domain/calendar';
import { createFakeBackend, FAKE_OFFICER, validProfileInput, type FakeBackend } from './support/fakeTransport';
import { validCreateInput } from './support/requestForm';
import { renderApp } from './support/renderApp';

const cal = createCalendar(SHIPPED_CALENDAR);
const REGISTERED = '2026-11-23T10:00';
const ATASAN_DUE = computeDeadline({ clock: 'objection-answer', from: `${REGISTERED}:00+08:00`, zone: 'Asia/Makassar', cutoff: '16:00' }, cal).due;

async function backendWithRequest() {
  const backend = createFakeBackend();
  await backend.invoke('settings:saveProfile', validProfileInput());
  await backend.invoke('requests:create', validCreateInput());
  backend.calls.length = 0;
  return backend;
}

async function openFirstRow(path: string, heading: string) {
  await screen.findByRole('heading', { level: 1, name: heading });
  // Permohonan and Keberatan are registers of every case; Kotak Masuk is the inbox.
  const name = path === '/objections' || path === '/requests' ? /^Daftar register/ : 'Daftar kasus terbuka, urut tenggat';
  const list = await screen.findByRole('listbox', { name });
  await waitFor(() => expect(within(list).getAllByRole('option').length).toBeGreaterThan(0));
  return { list, path };
}

async function fileObjection(backend: FakeBackend) {
  await backend.invoke('objections:create', { requestId: 1, grounds: ['a', 'g'], caseSummary: 'Permohonan ditolak tanpa uji konsekuensi yang memadai.', registeredAt: `${REGISTERED}:00+08:00` });
  backend.calls.length = 0;
}

describe('Keberatan', () => {
  it('files an objection from a request, with Indonesian validation messages first', async () => {
    const user = userEvent.setup();
    const backend = await backendWithRequest();
    renderApp(backend, '/requests');
    const { list } = await openFirstRow('/requests', 'Permohonan');
    await user.click(within(list).getByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Ajukan keberatan' }));
    expect(within(pane).getByRole('heading', { name: 'Catat keberatan (UU KIP Pasal 35 ayat (1))' })).toBeInTheDocument();
    // Every Ps 35(1) ground, a to g, in Indonesian.
    expect(within(pane).getAllByRole('checkbox')).toHaveLength(7);
    expect(within(pane).getByRole('checkbox', { name: /^g\. Penyampaian informasi melebihi waktu/ })).toBeInTheDocument();

    await user.click(within(pane).getByRole('button', { name: 'Simpan keberatan' }));
    expect(await within(pane).findByText('Pilih sedikitnya satu alasan keberatan (UU KIP Pasal 35 ayat (1)).')).toBeInTheDocument();
    expect(within(pane).getByText('Kasus posisi (ringkasan keberatan) wajib diisi.')).toBeInTheDocument();
    expect(within(pane).getByRole('alert')).toHaveTextContent(/^Tindakan gagal:/);
    expect(backend.callsTo('objections:create')).toHaveLength(1);

    await user.click(within(pane).getByRole('checkbox', { name: /^a\. Penolakan permohonan/ }));
    await user.click(within(pane).getByRole('checkbox', { name: /^c\. Tidak ditanggapinya/ }));
    await user.type(within(pane).getByLabelText(/Kasus posisi/), 'Permohonan ditolak tanpa uji konsekuensi.');
    fireEvent.change(within(pane).getByLabelText(/Waktu keberatan diterima/), { target: { value: REGISTERED } });
    await user.type(within(pane).getByLabelText('Nama kuasa pemohon (bila diwakili)'), 'Andi Wijaya');
    await user.click(within(pane).getByRole('button', { name: 'Simpan keberatan' }));
    expect(
      await within(pane).findByText(`Keberatan 001/KEB/PPID/XI/2026 tercatat. Tanggapan atasan PPID paling lambat ${formatTanggal(ATASAN_DUE)}.`),
    ).toBeInTheDocument();
    expect(backend.callsTo('objections:create').at(-1)).toEqual({
      requestId: 1,
      grounds: ['a', 'c'],
      caseSummary: 'Permohonan ditolak tanpa uji konsekuensi.',
      registeredAt: '2026-11-23T10:00:00+08:00',
      proxyName: 'Andi Wijaya',
      clientKey: expect.any(String),
    });
    expect(within(pane).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('shows the backend refusal in Indonesian', async () => {
    const user = userEvent.setup();
    const backend = await backendWithRequest();
    backend.override('objections:create', () => ({ ok: false, error: { code: 'conflict', message: 'Permohonan masih diproses; keberatan belum dapat diajukan.', issues: [] } }));
    renderApp(backend, '/requests');
    const { list } = await openFirstRow('/requests', 'Permohonan');
    await user.click(within(list).getByText('001/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Ajukan keberatan' }));
    await user.click(within(pane).getByRole('checkbox', { name: /^c\. / }));
    await user.type(within(pane).getByLabelText(/Kasus posisi/), 'Tidak ada jawaban.');
    await user.click(within(pane).getByRole('button', { name: 'Simpan keberatan' }));
    expect(await within(pane).findByRole('alert')).toHaveTextContent('Tindakan gagal: Permohonan masih diproses; keberatan belum dapat diajukan.');
  });

  it('lists open objections on the Keberatan page and records the Atasan’s answer, defaulting to the profile', async () => {
    const user = userEvent.setup();
    const backend = await backendWithRequest();
    await fileObjection(backend);
    renderApp(backend, '/objections');
    const { list } = await openFirstRow('/objections', 'Keberatan');
    expect(backend.callsTo('cases:register')[0]).toMatchObject({ kind: 'objection' });
    const row = within(list).getByRole('option');
    expect(row).toHaveTextContent('001/KEB/PPID/XI/2026');
    expect(row).toHaveTextContent(`tenggat ${formatTanggal(ATASAN_DUE, 'short')}`);
    expect(screen.queryByRole('button', { name: 'Permohonan baru' })).not.toBeInTheDocument();

    list.focus();
    await user.keyboard('{Enter}');
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    expect(await within(pane).findByRole('heading', { name: '001/KEB/PPID/XI/2026' })).toBeInTheDocument();
    expect(within(pane).getByText('001/PPID/XI/2026')).toBeInTheDocument();
    expect(within(pane).getByTestId('objection-grounds')).toHaveTextContent('a. Penolakan permohonan berdasarkan alasan pengecualian Pasal 17');
    expect(within(pane).getByTestId('objection-grounds')).toHaveTextContent('g. Penyampaian informasi melebihi waktu');
    expect(await within(pane).findByText('UU KIP Pasal 36 ayat (2)')).toBeInTheDocument();

    await user.click(within(pane).getByRole('button', { name: 'Putuskan' }));
    expect(within(pane).getByLabelText(/Nama atasan PPID/)).toHaveValue('Drs. Ahmad Fauzi, M.M.');
    expect(within(pane).getByLabelText(/Jabatan atasan PPID/)).toHaveValue('Sekretaris Daerah Provinsi Kalimantan Timur');
    await user.click(within(pane).getByRole('button', { name: 'Simpan tanggapan' }));
    expect((await within(pane).findAllByText(/Pertimbangan tanggapan atasan PPID wajib diisi\./)).length).toBeGreaterThan(0);

    await user.selectOptions(within(pane).getByLabelText('Keputusan atasan'), 'dikabulkan_sebagian');
    await user.type(within(pane).getByLabelText(/Pertimbangan tanggapan/), 'Sebagian informasi bukan rahasia; lampiran tetap dikecualikan.');
    fireEvent.change(within(pane).getByLabelText(/Tanggal tanggapan/), { target: { value: '2026-11-23' } });
    await user.click(within(pane).getByRole('button', { name: 'Simpan tanggapan' }));
    expect(await within(pane).findByText(/^Tanggapan atasan tercatat: Dikabulkan sebagian\. Batas pengajuan sengketa ke KI \d+ \w+ \d{4}\.$/)).toBeInTheDocument();
    expect(backend.callsTo('objections:decide').slice(-1)).toEqual([
      {
        id: 1,
        version: 1,
        decision: 'dikabulkan_sebagian',
        reason: 'Sebagian informasi bukan rahasia; lampiran tetap dikecualikan.',
        answerDate: '2026-11-23',
        atasanName: 'Drs. Ahmad Fauzi, M.M.',
        atasanPosition: 'Sekretaris Daerah Provinsi Kalimantan Timur',
        requesterReply: '',
      },
    ]);
    expect(within(pane).queryByRole('button', { name: 'Putuskan' })).not.toBeInTheDocument();
    expect(within(pane).getAllByText('Dikabulkan sebagian').length).toBeGreaterThan(0);
  });

  it('hides Putuskan from an officer without the Atasan role (the core refuses it anyway)', async () => {
    const user = userEvent.setup();
    const backend = await backendWithRequest();
    await fileObjection(backend);
    backend.state.accounts.me = { ...FAKE_OFFICER, roles: ['petugas'] };
    renderApp(backend, '/objections');
    const { list } = await openFirstRow('/objections', 'Keberatan');
    list.focus();
    await user.keyboard('{Enter}');
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    expect(await within(pane).findByRole('button', { name: 'Tarik keberatan' })).toBeInTheDocument();
    expect(within(pane).queryByRole('button', { name: 'Putuskan' })).not.toBeInTheDocument();
    expect(within(pane).queryByRole('button', { name: 'Daftarkan sengketa ke KI' })).not.toBeInTheDocument();
  });

  it('records the requester’s withdrawal, and later the reply to an answer; no "N permohonan baru" hint here', async () => {
    const user = userEvent.setup();
    const backend = await backendWithRequest();
    await fileObjection(backend);
    renderApp(backend, '/objections');
    const { list } = await openFirstRow('/objections', 'Keberatan');
    expect(screen.getByText('Pintasan: ↑/↓ atau j/k pindah, Enter buka rincian, Esc tutup, / cari, Shift+N pertanyaan media baru')).toBeInTheDocument();
    list.focus();
    await user.keyboard('{Enter}');
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await within(pane).findByRole('heading', { name: '001/KEB/PPID/XI/2026' });
    await user.click(within(pane).getByRole('button', { name: 'Tarik keberatan' }));
    const reason = within(pane).getByLabelText(/Keterangan penarikan/);
    expect(reason).toHaveFocus();
    await user.type(reason, 'Surat pemohon tanggal 24 November 2026.');
    await user.click(within(pane).getByRole('button', { name: 'Simpan penarikan' }));
    expect(await within(pane).findByText('Keberatan ditarik dan keluar dari kotak masuk.')).toBeInTheDocument();
    expect(backend.callsTo('objections:withdraw')).toEqual([{ id: 1, version: 1, reason: 'Surat pemohon tanggal 24 November 2026.' }]);
    expect(within(pane).queryByRole('button', { name: 'Putuskan' })).not.toBeInTheDocument();
    // It stays in the register, as withdrawn.
    await waitFor(() => expect(within(list).getByRole('option')).toHaveTextContent('Ditarik'));
  });

  it('records the requester’s reply after the Atasan’s answer', async () => {
    const user = userEvent.setup();
    const backend = await backendWithRequest();
    await fileObjection(backend);
    await backend.invoke('objections:decide', { id: 1, decision: 'ditolak', reason: 'Dikecualikan.', atasanName: 'A', atasanPosition: 'B', requesterReply: '' });
    // Answered objections have left the inbox; ?open= reaches one (as a link from its request would).
    renderApp(backend, '/objections?open=1');
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await within(pane).findByRole('heading', { name: '001/KEB/PPID/XI/2026' });
    expect(within(pane).queryByRole('button', { name: 'Tarik keberatan' })).not.toBeInTheDocument();
    await user.click(within(pane).getByRole('button', { name: 'Catat tanggapan pemohon' }));
    await user.click(within(pane).getByRole('button', { name: 'Simpan tanggapan pemohon' }));
    expect(backend.callsTo('objections:recordReply')).toEqual([{ id: 1, version: 1, reply: '' }]);
    await user.type(within(pane).getByLabelText(/Tanggapan pemohon \(menerima/), 'Pemohon akan mengajukan sengketa ke KI.');
    await user.click(within(pane).getByRole('button', { name: 'Simpan tanggapan pemohon' }));
    expect(await within(pane).findByText('Tanggapan pemohon tercatat.')).toBeInTheDocument();
    expect(within(pane).getByText('Pemohon akan mengajukan sengketa ke KI.')).toBeInTheDocument();
  });

  it('registers a dispute at the KI and updates its stage on the Sengketa list', async () => {
    const user = userEvent.setup();
    const backend = await backendWithRequest();
    await fileObjection(backend);
    // The Kotak Masuk opens the objection pane too.
    renderApp(backend, '/');
    const { list } = await openFirstRow('/', 'Kotak Masuk');
    await user.click(within(list).getByText('001/KEB/PPID/XI/2026'));
    const pane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await user.click(await within(pane).findByRole('button', { name: 'Daftarkan sengketa ke KI' }));
    await user.type(within(pane).getByLabelText('Nomor register Komisi Informasi'), 'REG/045/XI/KI-KT-PS/2026');
    fireEvent.change(within(pane).getByLabelText(/Tanggal pengajuan ke KI/), { target: { value: '' } });
    await user.click(within(pane).getByRole('button', { name: 'Simpan sengketa' }));
    expect((await within(pane).findAllByText(/Tanggal pengajuan sengketa harus tanggal yang ada/)).length).toBeGreaterThan(0);
    fireEvent.change(within(pane).getByLabelText(/Tanggal pengajuan ke KI/), { target: { value: '2026-11-23' } });
    await user.click(within(pane).getByRole('button', { name: 'Simpan sengketa' }));
    expect(await within(pane).findByText(/^Sengketa tercatat\. KI mulai paling lambat \d+ \w+ \d{4}\.$/)).toBeInTheDocument();
    expect(backend.callsTo('disputes:create').slice(-1)).toEqual([{ objectionId: 1, filedDate: '2026-11-23', kiRegisterNumber: 'REG/045/XI/KI-KT-PS/2026', note: '', clientKey: expect.any(String) }]);

    await user.click(await within(list).findByText('REG/045/XI/KI-KT-PS/2026'));
    const disputePane = await screen.findByRole('region', { name: 'Rincian kasus' });
    await within(disputePane).findByRole('heading', { name: 'REG/045/XI/KI-KT-PS/2026' });
    expect(within(disputePane).getByText('Sengketa informasi')).toBeInTheDocument();
    expect(within(disputePane).getByText('001/KEB/PPID/XI/2026')).toBeInTheDocument();
    await user.click(within(disputePane).getByRole('button', { name: 'Perbarui sengketa' }));
    await user.selectOptions(within(disputePane).getByLabelText('Tahap/status'), 'mediation');
    fireEvent.change(within(disputePane).getByLabelText('Tanggal sidang berikutnya'), { target: { value: '2026-12-02' } });
    await user.click(within(disputePane).getByRole('button', { name: 'Simpan perubahan' }));
    expect(await within(disputePane).findByText('Sengketa diperbarui: Mediasi.')).toBeInTheDocument();
    expect(backend.callsTo('disputes:update')).toEqual([{ id: 1, version: 1, status: 'mediation', nextHearingDate: '2026-12-02' }]);
    expect(within(disputePane).getByTestId('current-due')).toHaveTextContent('Tenggat 2 Desember 2026');

    // The outcome is picked from a list (no free text needed); the court stage too.
    await user.click(within(disputePane).getByRole('button', { name: 'Perbarui sengketa' }));
    await user.selectOptions(within(disputePane).getByLabelText('Tahap/status'), 'decided');
    const kinds = within(within(disputePane).getByLabelText(/^Hasil sengketa/)).getAllByRole('option').map((o) => o.textContent);
    expect(kinds).toEqual(['— belum ada hasil —', 'Mediasi berhasil (sepakat)', 'Ajudikasi: dikabulkan', 'Ajudikasi: dikabulkan sebagian', 'Ajudikasi: ditolak', 'Gugur']);
    await user.selectOptions(within(disputePane).getByLabelText(/^Hasil sengketa/), 'adjudication_refused');
    fireEvent.change(within(disputePane).getByLabelText('Tanggal putusan'), { target: { value: '2026-11-23' } });
    await user.selectOptions(within(disputePane).getByLabelText(/^Tahap pengadilan/), 'ptun');
    await user.click(within(disputePane).getByRole('button', { name: 'Simpan perubahan' }));
    expect(await within(disputePane).findByText('Sengketa diperbarui: Diputus/selesai.')).toBeInTheDocument();
    expect(backend.callsTo('disputes:update').at(-1)).toEqual({ id: 1, version: 1, status: 'decided', outcomeKind: 'adjudication_refused', courtStage: 'ptun', outcomeDate: '2026-11-23' });
    expect(within(disputePane).getByText('Ajudikasi: ditolak')).toBeInTheDocument();
    expect(within(disputePane).getByText('Gugatan di PTUN')).toBeInTheDocument();
    // Decided after an adjudication: only the court stage can still change.
    await user.click(within(disputePane).getByRole('button', { name: 'Perbarui tahap pengadilan' }));
    expect(within(disputePane).queryByLabelText('Tahap/status')).toBeNull();
    await user.selectOptions(within(disputePane).getByLabelText(/^Tahap pengadilan/), 'kasasi');
    await user.click(within(disputePane).getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(backend.callsTo('disputes:update').at(-1)).toEqual({ id: 1, version: 1, courtStage: 'kasasi' }));
  });

  it('switches the Keberatan page to disputes', async () => {
    const user = userEvent.setup();
    const backend = await backendWithRequest();
    await fileObjection(backend);
    await backend.invoke('disputes:create', { objectionId: 1, filedDate: '2026-11-23' });
    renderApp(backend, '/objections');
    await openFirstRow('/objections', 'Keberatan');
    await user.click(screen.getByText('Sengketa di Komisi Informasi'));
    await waitFor(() => expect(backend.callsTo('inbox:list').at(-1)).toMatchObject({ filters: { kind: 'dispute' } }));
    const list = await screen.findByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
    await waitFor(() => expect(within(list).getByRole('option')).toHaveTextContent('Sengketa'));
  });
});
