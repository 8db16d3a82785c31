// Local days off: merged with the shipped calendar, versioned, and every change recomputes the
// deadlines of open cases in the same transaction with ONE audit entry.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, readDb, requestInput } from '../../../helpers/requests';

const ELECTION = { date: '2026-03-25', name: 'Pemungutan suara ulang Pilkada', basis: 'Keputusan Gubernur Kalimantan Timur No. 100.3/K.12/2026' };

async function cases() {
  const core = testCore({ clock: fixedClock('2026-03-18T01:00:00Z') });
  // Open, received 17 Mar 10:00 → due 8 Apr; extended → 17 Apr (see extend.test.ts).
  const open = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00+08:00' }));
  const extended = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00+08:00' }));
  await call(core, 'requests:transition', { id: extended.id, to: 'in_process' });
  await call(core, 'requests:transition', { id: extended.id, to: 'extended', reason: 'Dokumen di arsip pusat' });
  // Answered and withdrawn requests keep their dates: their clock has stopped.
  const answered = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00+08:00' }));
  await call(core, 'requests:transition', { id: answered.id, to: 'in_process' });
  await call(core, 'requests:transition', { id: answered.id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' });
  const withdrawn = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00+08:00' }));
  await call(core, 'requests:transition', { id: withdrawn.id, to: 'withdrawn', note: 'Dicabut' });
  // Objection registered 17 Mar 11:00 → Atasan due 7 May.
  const objection = await call(core, 'objections:create', { requestId: answered.id, grounds: ['d'], caseSummary: 'Tidak sesuai', registeredAt: '2026-03-17T11:00:00+08:00' });
  return { core, open, extended, answered, withdrawn, objection };
}

describe('calendar:addDay', () => {
  it('recomputes open deadlines on the new version and writes one audit entry', async () => {
    const { core, open, extended, answered, withdrawn, objection } = await cases();
    const auditBefore = auditRows(core).length;
    const change = await call(core, 'calendar:addDay', ELECTION);
    // Two open requests and one objection were recomputed; all three moved by one working day.
    expect(change).toEqual({ version: 'id-2024-2026.1+lokal.1', recomputed: { requests: 2, objections: 1, disputes: 0, changed: 3 } });
    // 25 Mar is now off: 26 = 1 ... 8 Apr = 9, 9 Apr = 10 → due Thu 9 Apr; extension 10, 13-17, 20 → Mon 20 Apr.
    expect(await call(core, 'requests:get', { id: open.id })).toMatchObject({ dueDate: '2026-04-09', calendarVersion: 'id-2024-2026.1+lokal.1' });
    expect(await call(core, 'requests:get', { id: extended.id })).toMatchObject({ dueDate: '2026-04-09', extendedDueDate: '2026-04-20', calendarVersion: 'id-2024-2026.1+lokal.1' });
    expect(await call(core, 'requests:get', { id: answered.id })).toMatchObject({ dueDate: '2026-04-08', calendarVersion: 'id-2024-2026.1' });
    expect(await call(core, 'requests:get', { id: withdrawn.id })).toMatchObject({ dueDate: '2026-04-08', calendarVersion: 'id-2024-2026.1' });
    // The Atasan's 30 days move from 7 May to Fri 8 May.
    expect(await call(core, 'objections:get', { id: objection.id })).toMatchObject({ atasanDue: '2026-05-08', calendarVersion: 'id-2024-2026.1+lokal.1' });

    const audit = auditRows(core).slice(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'calendar.day.add', entity: 'calendar', entity_id: '2026-03-25' });
    const data = JSON.parse(audit[0]!.data);
    expect(data).toMatchObject({ ...ELECTION, previousVersion: 'id-2024-2026.1', version: 'id-2024-2026.1+lokal.1', movedCount: 3 });
    expect(data.moved).toContainEqual({ kind: 'request', id: extended.id, before: '2026-04-17', after: '2026-04-20' });

    const timeline = await call(core, 'requests:timeline', { id: open.id });
    expect(timeline.at(-1)).toMatchObject({ action: 'deadline_recomputed', note: expect.stringMatching(/^Tenggat dihitung ulang: 8 April 2026 → 9 April 2026/) });
    // New requests use the new calendar too.
    const later = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00+08:00' }));
    expect(later).toMatchObject({ dueDate: '2026-04-09', calendarVersion: 'id-2024-2026.1+lokal.1' });
    // And the explanation names the local day.
    const explained = await call(core, 'deadline:explain', { kind: 'request', id: open.id });
    expect(explained.clocks[0]!.result.skipped).toContainEqual({ date: '2026-03-25', reason: '25 Mar: libur lokal Pemungutan suara ulang Pilkada' });
  });

  it('is listed by calendar:get with the shipped days, and removing it restores the dates', async () => {
    const { core, open } = await cases();
    await call(core, 'calendar:addDay', ELECTION);
    const view = await call(core, 'calendar:get', {});
    expect(view).toMatchObject({ version: 'id-2024-2026.1+lokal.1', shippedVersion: 'id-2024-2026.1', localRevision: 1, cutiBersamaIsDayOff: true, coveredYears: [2024, 2025, 2026] });
    expect(view.localDays).toEqual([{ ...ELECTION, kind: 'lokal', addedAt: '2026-03-18T01:00:00.000Z', addedBy: 'tester' }]);
    expect(view.days).toContainEqual({ ...ELECTION, kind: 'lokal' });
    expect(view.days).toContainEqual(expect.objectContaining({ date: '2026-03-19', kind: 'libur_nasional' }));

    const removed = await call(core, 'calendar:removeDay', { date: ELECTION.date });
    expect(removed).toMatchObject({ version: 'id-2024-2026.1+lokal.2', recomputed: { requests: 2, changed: 3 } });
    expect(await call(core, 'requests:get', { id: open.id })).toMatchObject({ dueDate: '2026-04-08', calendarVersion: 'id-2024-2026.1+lokal.2' });
    expect(auditRows(core).filter((r) => r.action.startsWith('calendar.')).map((r) => r.action)).toEqual(['calendar.day.add', 'calendar.day.remove']);
  });

  it('refuses a day already off, a weekend, and a second entry for the same date', async () => {
    const core = testCore();
    expect(await core.handle('calendar:addDay', { ...ELECTION, date: '2026-03-19' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Kamis, 19 Maret 2026 sudah hari libur dalam kalender bawaan (19 Mar: libur nasional Hari Suci Nyepi Tahun Baru Saka 1948).' },
    });
    expect(await core.handle('calendar:addDay', { ...ELECTION, date: '2026-03-28' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Sabtu, 28 Maret 2026 jatuh pada akhir pekan, sudah bukan hari kerja; tidak perlu ditambahkan.' },
    });
    await call(core, 'calendar:addDay', ELECTION);
    expect(await core.handle('calendar:addDay', ELECTION)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/sudah tercatat sebagai hari libur kantor/) } });
    expect(await core.handle('calendar:removeDay', { date: '2026-03-19' })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/bukan hari libur yang ditambahkan kantor/) } });
    expect(await core.handle('calendar:addDay', { date: '2026-02-30', name: 'x', basis: 'y' })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'date' }] } });
    expect(await core.handle('calendar:addDay', { date: '2026-04-06', name: 'x', basis: '' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'basis', message: 'Dasar penetapan (nomor keputusan) wajib diisi.' }] },
    });
    // Nothing was half-written by the refusals.
    expect(readDb(core).prepare('SELECT count(*) FROM calendar_local_days').pluck().get()).toBe(1);
  });
});
