// Kotak Masuk: the unit and officer filters (exact match in the core's inbox:list), debounced.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeBackend } from './support/fakeTransport';
import { sampleItems } from './support/fakeCases';
import { renderApp } from './support/renderApp';

function backendWithStaff() {
  const backend = createFakeBackend();
  const units = ['Bidang Anggaran', 'Bidang Aset', 'Bidang Anggaran', 'Sekretariat', 'Bidang Anggaran', 'Bidang Aset'];
  const officers = ['Rina', 'Budi', 'Budi', 'Rina', 'Rina', 'Rina'];
  backend.state.cases.extraItems = sampleItems(6).map((item, i) => ({ ...item, unit: units[i]!, officer: officers[i]! }));
  return backend;
}

async function openInbox(backend: ReturnType<typeof createFakeBackend>) {
  renderApp(backend, '/');
  await screen.findByRole('heading', { level: 1, name: 'Kotak Masuk' });
  const list = await screen.findByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
  await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(6));
  return list;
}

describe('Kotak Masuk: unit and officer filters', () => {
  it('filters by unit and by officer, together, after the typing settles', async () => {
    const user = userEvent.setup();
    const backend = backendWithStaff();
    const list = await openInbox(backend);

    await user.type(screen.getByRole('searchbox', { name: 'Unit' }), 'Bidang Anggaran');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(3));
    // Debounced: no request per keystroke, and only the settled text is sent.
    const unitCalls = backend.callsTo('inbox:list').filter((c) => (c as { filters: { unit?: string } }).filters.unit !== undefined);
    expect(unitCalls.map((c) => (c as { filters: { unit?: string } }).filters.unit)).toEqual(['Bidang Anggaran']);

    await user.type(screen.getByRole('searchbox', { name: 'Petugas' }), 'Rina');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    expect(backend.callsTo('inbox:list').at(-1)).toMatchObject({ filters: { unit: 'Bidang Anggaran', officer: 'Rina' } });

    // Clearing a field drops the filter instead of sending an empty string.
    await user.clear(screen.getByRole('searchbox', { name: 'Unit' }));
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(4));
    const last = backend.callsTo('inbox:list').at(-1) as { filters: Record<string, unknown> };
    expect(last.filters).toEqual({ officer: 'Rina' });
  });

  it('trims the text and keeps the other filters', async () => {
    const user = userEvent.setup();
    const backend = backendWithStaff();
    const list = await openInbox(backend);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jenis' }), 'request');
    await user.type(screen.getByRole('searchbox', { name: 'Petugas' }), '  Budi ');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    expect(backend.callsTo('inbox:list').at(-1)).toMatchObject({ filters: { kind: 'request', officer: 'Budi' } });
    expect(screen.getByRole('searchbox', { name: 'Petugas' })).toHaveAttribute('placeholder', 'Nama petugas, persis');
  });
});
