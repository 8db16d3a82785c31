// Pengaturan › Penomoran registrasi: numbering:get / numbering:set with a live preview written by
// the shared numbering helper, and the shared schema's Indonesian messages before anything is sent.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { romanMonth } from '../../shared/domain/requests/numbering';
import { fail } from '../../shared/ipc/result';
import { createFakeBackend } from './support/fakeTransport';
import { renderApp } from './support/renderApp';

const now = new Date();
const MONTH = romanMonth(now.getMonth() + 1);
const YEAR = now.getFullYear();

async function openNumbering(backend = createFakeBackend()) {
  renderApp(backend, '/settings');
  const section = (await screen.findByRole('group', { name: 'Penomoran registrasi' })) as HTMLElement;
  await within(section).findByLabelText('Pola nomor permohonan');
  return { backend, section };
}

async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  // user-event reads { and [ as key descriptors: double them to type them literally.
  if (text !== '') await user.type(input, text.replace(/[{[]/g, (c) => c + c));
}

describe('Pengaturan: registration numbering', () => {
  it('shows the saved patterns and a preview of the next number of each register', async () => {
    const { section } = await openNumbering();
    expect(within(section).getByLabelText('Pola nomor permohonan')).toHaveValue('{seq}/PPID/{roman_month}/{year}');
    expect(within(section).getByLabelText('Pola nomor keberatan')).toHaveValue('{seq}/KEB/PPID/{roman_month}/{year}');
    expect(within(section).getByLabelText(/Lebar nomor urut/)).toHaveValue(3);
    expect(within(section).getByLabelText(/Kode unit/)).toHaveValue('PPID');
    expect(section).toHaveTextContent(`Pratinjau: 001/PPID/${MONTH}/${YEAR}`);
    expect(section).toHaveTextContent(`Pratinjau: 001/KEB/PPID/${MONTH}/${YEAR}`);
  });

  it('updates the preview while typing and saves through numbering:set', async () => {
    const user = userEvent.setup();
    const { section, backend } = await openNumbering();
    await retype(user, within(section).getByLabelText('Pola nomor permohonan'), '{unit}/{seq}/{month}/{year}');
    await retype(user, within(section).getByLabelText(/Kode unit/), 'DISKOMINFO');
    await retype(user, within(section).getByLabelText(/Lebar nomor urut/), '4');
    const month = String(now.getMonth() + 1).padStart(2, '0');
    expect(section).toHaveTextContent(`Pratinjau: DISKOMINFO/0001/${month}/${YEAR}`);
    expect(section).toHaveTextContent(`Pratinjau: 0001/KEB/PPID/${MONTH}/${YEAR}`);
    await user.click(within(section).getByRole('button', { name: 'Simpan penomoran' }));
    expect(await within(section).findByText('Penomoran disimpan. Berlaku untuk nomor registrasi berikutnya.')).toBeInTheDocument();
    expect(backend.callsTo('numbering:set')).toEqual([
      { requestPattern: '{unit}/{seq}/{month}/{year}', objectionPattern: '{seq}/KEB/PPID/{roman_month}/{year}', seqWidth: 4, unitCode: 'DISKOMINFO' },
    ]);
  });

  it('refuses an unusable pattern in Indonesian before sending it', async () => {
    const user = userEvent.setup();
    const { section, backend } = await openNumbering();
    const pattern = within(section).getByLabelText('Pola nomor permohonan');
    await retype(user, pattern, '{seq}/PPID');
    expect(section).toHaveTextContent('Pratinjau belum dapat dibuat');
    await retype(user, within(section).getByLabelText(/Kode unit/), '');
    await retype(user, within(section).getByLabelText('Pola nomor keberatan'), '{seq}/{unit}/{year}');
    await retype(user, within(section).getByLabelText(/Lebar nomor urut/), '9');
    await user.click(within(section).getByRole('button', { name: 'Simpan penomoran' }));
    expect(pattern).toHaveAccessibleDescription(/Pola nomor permohonan: Pola nomor wajib memuat \{year\}/);
    expect(within(section).getByLabelText(/Lebar nomor urut/)).toHaveAccessibleDescription(/Lebar nomor urut paling banyak 8\./);
    expect(backend.callsTo('numbering:set')).toHaveLength(0);
    // {unit} without a unit code is refused too.
    await retype(user, pattern, '{seq}/PPID/{year}');
    await retype(user, within(section).getByLabelText(/Lebar nomor urut/), '3');
    await user.click(within(section).getByRole('button', { name: 'Simpan penomoran' }));
    expect(within(section).getByLabelText(/Kode unit/)).toHaveAccessibleDescription(/Kode unit wajib diisi karena pola nomor memuat \{unit\}\./);
    expect(backend.callsTo('numbering:set')).toHaveLength(0);
  });

  it('shows the core’s refusal and keeps the input', async () => {
    const user = userEvent.setup();
    const { section, backend } = await openNumbering();
    backend.override('numbering:set', () => fail('internal', 'Basis data terkunci.'));
    await retype(user, within(section).getByLabelText(/Kode unit/), 'BAPPEDA');
    await user.click(within(section).getByRole('button', { name: 'Simpan penomoran' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Penomoran tidak disimpan: Basis data terkunci.');
    expect(within(section).getByLabelText(/Kode unit/)).toHaveValue('BAPPEDA');
  });
});
