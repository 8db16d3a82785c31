// Pengaturan › Nomor siaran pers: the pattern of the Humas release numbers beside the register
// numbering, previewed as typed, refused in Indonesian before sending when unusable, saved through
// releases:setPattern.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { romanMonth } from '../../../shared/domain/requests/numbering';
import { createFakeBackend } from '../support/fakeTransport';
import { renderApp } from '../support/renderApp';

const now = new Date();
const MONTH = romanMonth(now.getMonth() + 1);
const YEAR = now.getFullYear();

async function openSection() {
  const backend = createFakeBackend();
  renderApp(backend, '/settings');
  const section = (await screen.findByRole('group', { name: 'Nomor siaran pers' })) as HTMLElement;
  const input = await within(section).findByLabelText('Pola nomor siaran pers');
  return { backend, section, input };
}

async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  if (text !== '') await user.type(input, text.replace(/[{[]/g, (c) => c + c));
}

describe('Pengaturan: siaran pers number pattern', () => {
  it('shows the saved pattern with its preview, previews while typing and saves', async () => {
    const user = userEvent.setup();
    const { backend, section, input } = await openSection();
    expect(input).toHaveValue('{seq}/SP/{unit}/{roman_month}/{year}');
    expect(section).toHaveTextContent(`Pratinjau: 001/SP/PPID/${MONTH}/${YEAR}`);
    await retype(user, input, '{seq}/HUMAS/{year}');
    expect(section).toHaveTextContent(`Pratinjau: 001/HUMAS/${YEAR}`);
    await user.click(within(section).getByRole('button', { name: 'Simpan pola' }));
    expect(await within(section).findByText(`Pola nomor siaran pers disimpan. Nomor berikutnya, mis. 001/HUMAS/${YEAR}.`)).toBeInTheDocument();
    expect(backend.callsTo('releases:setPattern')).toEqual([{ pattern: '{seq}/HUMAS/{year}' }]);
  });

  it('refuses a pattern without {year} in Indonesian and sends nothing', async () => {
    const user = userEvent.setup();
    const { backend, section, input } = await openSection();
    await retype(user, input, '{seq}/SP');
    expect(section).toHaveTextContent('Pratinjau belum dapat dibuat');
    await user.click(within(section).getByRole('button', { name: 'Simpan pola' }));
    expect(await within(section).findByText(/Pola nomor siaran pers: Pola nomor wajib memuat \{year\}/)).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(/Pola nomor wajib memuat \{year\}/);
    expect(backend.callsTo('releases:setPattern')).toEqual([]);
  });
});
