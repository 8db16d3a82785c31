// The date field on the intake form: dd/mm/yyyy HH:mm with WITA beside it, defaulting to the core's
// clock (the browser host's --now), with the reason in Indonesian when the text is no date.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend } from '../support/fakeTransport';
import { field, fillIntake, VALID_INTAKE } from '../support/requestForm';
import { renderApp } from '../support/renderApp';

async function openIntake(backend = createFakeBackend()) {
  renderApp(backend, '/requests/new');
  await screen.findByRole('button', { name: 'Simpan permohonan' });
  return backend;
}

describe('intake date field and the app clock', () => {
  it("defaults to the core's clock in the past, and saving at that time succeeds", async () => {
    const user = userEvent.setup();
    // 17 March 2025, 11:00 WITA: over a year before the PC's clock.
    const backend = await openIntake(createFakeBackend({ now: '2025-03-17T03:00:00.000Z' }));
    const received = field('Waktu diterima') as HTMLInputElement;
    expect(received).toHaveValue('17/03/2025 11:00');
    expect(received).toHaveAttribute('type', 'text');
    expect(screen.getByText('WITA')).toBeInTheDocument();
    await fillIntake(user, VALID_INTAKE);
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await screen.findByTestId('registration-number');
    expect((backend.callsTo('requests:create')[0] as { receivedAt: string }).receivedAt).toBe('2025-03-17T11:00:00+08:00');
  });

  it("refuses a time after the core's now even when the PC's clock has passed it", async () => {
    const user = userEvent.setup();
    const backend = await openIntake(createFakeBackend({ now: '2025-03-17T03:00:00.000Z' }));
    await fillIntake(user, { ...VALID_INTAKE, 'Waktu diterima': '18/03/2025 09:00' });
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await waitFor(() => expect(field('Waktu diterima')).toHaveAccessibleDescription(/Waktu diterima tidak boleh di masa depan\./));
    expect(backend.callsTo('requests:create')).toHaveLength(0);
  });

  it('says in Indonesian why a typed text is not a date, on leaving the field', async () => {
    const user = userEvent.setup();
    const backend = await openIntake();
    const received = field('Waktu diterima');
    await user.clear(received);
    await user.type(received, '31022026 1000');
    expect(received).toHaveValue('31/02/2026 10:00');
    await user.tab();
    expect(received).toHaveAccessibleDescription(/Tanggal 31\/02\/2026 10:00 tidak ada di kalender/);

    await user.clear(received);
    await user.type(received, '17/03/2026 25:00');
    await user.tab();
    expect(received).toHaveAccessibleDescription(/Jam harus jj:mm dalam 24 jam/);

    // The form refuses to send it, with the field's own reason.
    await user.click(screen.getByRole('button', { name: 'Simpan permohonan' }));
    await screen.findByRole('alert');
    expect(received).toHaveAccessibleDescription(/Jam harus jj:mm dalam 24 jam/);
    expect(backend.callsTo('requests:create')).toHaveLength(0);
  });

  it('steps the day with the arrow keys and writes the canonical form on leaving', async () => {
    const user = userEvent.setup();
    await openIntake(createFakeBackend({ now: '2025-03-17T03:00:00.000Z' }));
    const received = field('Waktu diterima') as HTMLInputElement;
    received.focus();
    received.setSelectionRange(1, 1);
    fireEvent.keyDown(received, { key: 'ArrowDown' });
    expect(received).toHaveValue('16/03/2025 11:00');
    await user.clear(received);
    // A pasted machine date is read too.
    await user.paste('2025-03-16T08:05');
    await user.tab();
    expect(received).toHaveValue('16/03/2025 08:05');
  });
});
