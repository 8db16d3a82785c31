import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend } from './support/fakeTransport';
import { renderApp } from './support/renderApp';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function png(size: number, name = 'logo.png') {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_HEADER);
  return new File([bytes], name, { type: 'image/png' });
}

async function openSettings() {
  const backend = createFakeBackend();
  renderApp(backend, '/settings');
  // Generous wait: the first render of the settings page is slow on a loaded 2-core machine.
  const input = await screen.findByLabelText('Logo', {}, { timeout: 5_000 });
  return { backend, input: input as HTMLInputElement };
}

describe('Pengaturan: logo', () => {
  it('rejects a file over 1 MB before sending it', async () => {
    const { backend, input } = await openSettings();
    await userEvent.setup().upload(input, png(1024 * 1024 + 1));
    expect(await screen.findByText('Logo terlalu besar (1 MB): paling besar 1 MB.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(backend.callsTo('settings:setLogo')).toHaveLength(0);
  });

  it('says how large a too-large logo is', async () => {
    const { input } = await openSettings();
    await userEvent.setup().upload(input, png(Math.round(2.5 * 1024 * 1024)));
    expect(await screen.findByText('Logo terlalu besar (2,5 MB): paling besar 1 MB.')).toBeInTheDocument();
  });

  it('rejects a file that is not a PNG or JPEG, by type and by content', async () => {
    const { backend, input } = await openSettings();
    // fireEvent: userEvent would drop a file the accept attribute excludes.
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], 'surat.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByText('Logo harus berupa gambar PNG atau JPEG.')).toBeInTheDocument();
    fireEvent.change(input, { target: { files: [new File(['bukan gambar'], 'palsu.png', { type: 'image/png' })] } });
    await waitFor(() => expect(screen.getByText('Logo harus berupa gambar PNG atau JPEG.')).toBeInTheDocument());
    expect(backend.callsTo('settings:setLogo')).toHaveLength(0);
  });

  it('uploads a PNG as base64, previews it, and removes it', async () => {
    const user = userEvent.setup();
    const { backend, input } = await openSettings();
    await user.upload(input, png(2048, 'kaltim.png'));
    expect(await screen.findByRole('img', { name: 'Logo kop surat yang terpasang' })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/png;base64,iVBORw0KGgo/),
    );
    expect(screen.getByText('Logo tersimpan.')).toBeInTheDocument();
    expect(backend.callsTo('settings:setLogo')).toEqual([{ fileName: 'kaltim.png', dataBase64: expect.stringMatching(/^iVBORw0KGgo/) }]);

    await user.click(screen.getByRole('button', { name: 'Lepas logo' }));
    expect(await screen.findByText('Belum ada logo.')).toBeInTheDocument();
    expect(backend.state.logo).toBeNull();
  });
});
