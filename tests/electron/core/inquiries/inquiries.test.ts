// Inquiries through core.handle on a real archive: hour clocks, the directory's de-duplication,
// the status machine with its audit, and the statement library.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, readDb } from '../../../helpers/requests';
import { inquiryInput } from '../../../helpers/inquiryInput';

const NOW = '2026-11-23T02:00:00Z'; // Monday 10:00 WITA

describe('inquiries:create', () => {
  it('numbers the inquiry and sets the hour clocks from the priority, capped by the outlet deadline', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    const urgent = await call(core, 'inquiries:create', inquiryInput({ receivedAt: '2026-11-23T09:30:00+08:00' }));
    expect(urgent.number).toBe('001/MEDIA/2026');
    expect(urgent.status).toBe('baru');
    expect(urgent.ackDueAt).toBe('2026-11-23T02:30:00.000Z');
    expect(urgent.answerDueAt).toBe('2026-11-23T05:30:00.000Z');
    expect(urgent.dueAt).toBe(urgent.ackDueAt);
    expect(urgent.minutesLeft).toBe(30);
    expect(urgent.events[0]!.note).toContain('jawaban paling lambat 2026-11-23 13:30 WITA');

    const capped = await call(core, 'inquiries:create', inquiryInput({ priority: 'biasa', deadlineAt: '2026-11-23T12:00:00+08:00' }));
    expect(capped.number).toBe('002/MEDIA/2026');
    expect(capped.answerDueAt).toBe('2026-11-23T04:00:00.000Z');
  });

  it('refuses a receipt time in the future and a deadline before receipt, in Indonesian', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    const future = await core.handle('inquiries:create', inquiryInput({ receivedAt: '2026-11-23T11:00:00+08:00' }));
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'receivedAt' }] } });
    if (!future.ok) expect(future.error.message).toMatch(/tidak boleh di masa depan/);
    const early = await core.handle('inquiries:create', inquiryInput({ deadlineAt: '2026-11-23T08:00:00+08:00' }));
    expect(early).toMatchObject({ ok: false, error: { issues: [{ path: 'deadlineAt' }] } });
  });

  it('uses the hours set in Pengaturan for new inquiries', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    await call(core, 'media:setHours', { acknowledge: 0.5, answer: { krisis: 1, mendesak: 3, biasa: 8 } });
    const inq = await call(core, 'inquiries:create', inquiryInput({ receivedAt: '2026-11-23T09:00:00+08:00' }));
    expect(inq.ackDueAt).toBe('2026-11-23T01:30:00.000Z');
    expect(inq.answerDueAt).toBe('2026-11-23T04:00:00.000Z');
    expect(auditRows(core).map((r) => r.action)).toContain('media.hours.update');
  });
});

describe('directory', () => {
  it('returns the existing journalist for the same name+outlet or the same phone', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    const first = await call(core, 'media:saveJournalist', { name: 'Rina Kartika', outlet: 'Kaltim Post', outletType: 'cetak', phone: '0811-5400-123' });
    expect(first.created).toBe(true);
    const sameName = await call(core, 'media:saveJournalist', { name: 'rina  kartika', outlet: 'KALTIM POST', email: 'rina@kaltimpost.id' });
    expect(sameName).toMatchObject({ created: false, matchedBy: 'name_outlet', journalist: { id: first.journalist.id, email: 'rina@kaltimpost.id' } });
    const samePhone = await call(core, 'media:saveJournalist', { name: 'Rina K.', outlet: 'Tribun Kaltim', phone: '+62 811 5400 123' });
    expect(samePhone).toMatchObject({ created: false, matchedBy: 'phone', journalist: { id: first.journalist.id } });
    const other = await call(core, 'media:saveJournalist', { name: 'Andi', outlet: 'Kaltim Post' });
    expect(other.created).toBe(true);
    expect(other.journalist.outlet.id).toBe(first.journalist.outlet.id);
    expect((await call(core, 'media:journalists', { search: 'kaltim' })).map((j) => j.name).sort()).toEqual(['Andi', 'Rina Kartika']);
    expect((await call(core, 'media:journalists', { search: '5400' })).map((j) => j.name)).toEqual(['Rina Kartika']);
    const outlets = await call(core, 'media:outlets', { search: 'kal' });
    expect(outlets.map((o) => o.name)).toEqual(['Kaltim Post', 'Tribun Kaltim']);
    expect(await call(core, 'media:outlets', { search: 'tribun' })).toEqual([expect.objectContaining({ name: 'Tribun Kaltim', type: 'online' })]);
  });

  it('logs two inquiries from one journalist against one directory entry', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    const a = await call(core, 'inquiries:create', inquiryInput());
    const b = await call(core, 'inquiries:create', inquiryInput({ journalist: { name: 'Rina Kartika', outlet: 'kaltim post' } }));
    expect(b.journalist.id).toBe(a.journalist.id);
  });
});

describe('inquiries:move', () => {
  it('walks the status machine, each step audited with who and when, and refuses skipped steps', async () => {
    const clock = fixedClock(NOW);
    const core = testCore({ clock });
    const inq = await call(core, 'inquiries:create', inquiryInput());
    const skip = await core.handle('inquiries:move', { id: inq.id, to: 'dijawab', answer: 'x' });
    expect(skip).toMatchObject({ ok: false, error: { code: 'precondition' } });
    const noSpokesperson = await core.handle('inquiries:move', { id: inq.id, to: 'ditugaskan' });
    expect(noSpokesperson).toMatchObject({ ok: false, error: { issues: [{ path: 'spokesperson' }] } });

    const assigned = await call(core, 'inquiries:move', { id: inq.id, to: 'ditugaskan', spokesperson: 'Kepala Dinas PUPR', unit: 'Dinas PUPR' });
    expect(assigned.dueAt).toBe(inq.answerDueAt);
    const statement = await call(core, 'media:saveStatement', { title: 'Anggaran banjir 2026', body: 'Anggaran penanganan banjir 2026 sebesar Rp 120 miliar.', topic: 'banjir' });
    const pending = await call(core, 'inquiries:move', { id: inq.id, to: 'menunggu_persetujuan', answer: statement.body, statementId: statement.id });
    expect(pending.statementId).toBe(statement.id);
    clock.set('2026-11-23T03:00:00Z');
    const answered = await call(core, 'inquiries:move', { id: inq.id, to: 'dijawab' });
    expect(answered).toMatchObject({ status: 'dijawab', approvedBy: 'tester', answeredAt: '2026-11-23T03:00:00.000Z', dueAt: null, minutesLeft: null });
    const done = await call(core, 'inquiries:move', { id: inq.id, to: 'selesai' });
    expect(done.events.map((e) => e.toStatus)).toEqual(['baru', 'ditugaskan', 'menunggu_persetujuan', 'dijawab', 'selesai']);
    const moves = auditRows(core).filter((r) => r.action === 'inquiry.move');
    expect(moves.map((r) => JSON.parse(r.data).to)).toEqual(['ditugaskan', 'menunggu_persetujuan', 'dijawab', 'selesai']);
  });

  it('records coverage, hak jawab and attachments on the inquiry', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    const inq = await call(core, 'inquiries:create', inquiryInput());
    await call(core, 'inquiries:addCoverage', { inquiryId: inq.id, link: 'https://kaltimpost.id/banjir', publishedOn: '2026-11-23', tone: 'netral' });
    await call(core, 'inquiries:addPressRight', { inquiryId: inq.id, kind: 'hak_koreksi', sentOn: '2026-11-23', text: 'Angka yang benar Rp 120 miliar.' });
    const detail = await call(core, 'inquiries:setAttachments', { id: inq.id, documentIds: [7, 7, 9] });
    expect(detail.coverage).toEqual([expect.objectContaining({ outlet: 'Kaltim Post', tone: 'netral' })]);
    expect(detail.pressRights).toEqual([expect.objectContaining({ kind: 'hak_koreksi', outlet: 'Kaltim Post' })]);
    expect(detail.attachments).toEqual([7, 9]);
    const future = await core.handle('inquiries:addCoverage', { inquiryId: inq.id, publishedOn: '2026-11-24', tone: 'positif' });
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: 'publishedOn' }] } });
  });
});

describe('statement library', () => {
  it('finds approved statements by quoted prefix words, never as raw FTS syntax', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    await call(core, 'media:saveStatement', { title: 'Anggaran banjir 2026', body: 'Anggaran penanganan banjir.', topic: 'banjir' });
    await call(core, 'media:saveStatement', { title: 'Jalan tol', body: 'Progres jalan tol Balikpapan-Samarinda.' });
    expect((await call(core, 'media:statements', { search: 'banj' })).map((s) => s.title)).toEqual(['Anggaran banjir 2026']);
    expect((await call(core, 'media:statements', { search: 'tol" OR "banjir' })).map((s) => s.title)).toEqual([]);
    expect(await call(core, 'media:statements', { search: '"*' })).toEqual([]);
    expect(await call(core, 'media:statements', {})).toHaveLength(2);
    expect(readDb(core).prepare("SELECT count(*) FROM audit_log WHERE action = 'media.statement.create'").pluck().get()).toBe(2);
  });
});
