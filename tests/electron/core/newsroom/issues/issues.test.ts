// Isu through the core: logged, edited, moved dipantau → perlu respons → ditangani → selesai with
// a timeline and audit, linked to inquiries, releases and a clarification id; and the daily brief,
// one page, read back from its PDF and DOCX.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IssueFields } from '../../../../../shared/ipc/channels/issues';
import { call, fixedClock, testCore, validProfile } from '../../../../helpers/core';
import { docxText } from '../../../../helpers/exportedFiles';
import { inquiryInput } from '../../../../helpers/inquiryInput';
import { releaseInput } from '../../../../helpers/releaseInput';
import { readDb } from '../../../../helpers/requests';
import { tempDir } from '../../../../helpers/tempDir';
import { pdfInfo, pdfText, run } from '../../documents/tools';

const issue = (over: Partial<IssueFields> = {}): IssueFields => ({
  title: 'Video banjir lama disebut banjir hari ini',
  summary: 'Video banjir 2019 beredar sebagai banjir Samarinda hari ini.',
  sourceUrls: ['https://www.tiktok.com/@akun/video/1'],
  platform: 'tiktok',
  firstSeenAt: '2026-12-03T08:15:00+08:00',
  estimatedReach: 120000,
  sentiment: 'negatif',
  category: 'Bencana',
  opd: 'BPBD Provinsi Kalimantan Timur',
  owner: 'Rahmat Hidayat',
  ...over,
});

describe('issues', () => {
  it('tells the other windows to refetch once per change, and not at all when a link fails or nothing changed', async () => {
    const core = testCore({ clock: fixedClock('2026-12-03T04:00:00Z') });
    const seen: unknown[] = [];
    core.events.on('newsroom:changed', (p) => seen.push(p));
    const created = await call(core, 'issues:create', issue());
    expect(seen).toEqual([{ kind: 'issue', id: created.id }]);
    const missing = await core.handle('issues:link', { id: created.id, kind: 'release', targetId: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await call(core, 'issues:update', { id: created.id, ...issue() });
    expect(seen).toHaveLength(1);
    const audit = readDb(core).prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'issue'").get() as { n: number };
    expect(audit.n).toBe(1);
  });

  it('moves through its statuses with a timeline and audit, and links inquiries, releases and a clarification', async () => {
    const core = testCore({ clock: fixedClock('2026-12-03T04:00:00Z') });
    const created = await call(core, 'issues:create', issue());
    expect(created).toMatchObject({ status: 'dipantau', firstSeenAt: '2026-12-03T00:15:00.000Z', sourceUrls: ['https://www.tiktok.com/@akun/video/1'], clarificationId: null });
    const future = await core.handle('issues:create', issue({ firstSeenAt: '2026-12-04T08:00:00+08:00' }));
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'firstSeenAt' }] } });
    const badUrl = await core.handle('issues:create', issue({ sourceUrls: ['tiktok video'] }));
    expect(badUrl).toMatchObject({ ok: false, error: { issues: [{ path: 'sourceUrls.0' }] } });

    const jump = await core.handle('issues:move', { id: created.id, to: 'selesai' });
    expect(jump).toMatchObject({ ok: false, error: { code: 'precondition', message: 'Isu berstatus Dipantau tidak dapat langsung menjadi Selesai.' } });
    await call(core, 'issues:update', { id: created.id, ...issue({ estimatedReach: 250000, owner: 'Sari' }) });
    await call(core, 'issues:move', { id: created.id, to: 'perlu_respons', note: 'Menyebar ke grup WhatsApp' });
    const inq = await call(core, 'inquiries:create', inquiryInput());
    const rel = await call(core, 'releases:create', releaseInput());
    await call(core, 'issues:link', { id: created.id, kind: 'inquiry', targetId: inq.id });
    await call(core, 'issues:link', { id: created.id, kind: 'inquiry', targetId: inq.id }); // twice: one link
    await call(core, 'issues:link', { id: created.id, kind: 'release', targetId: rel.id });
    await call(core, 'issues:link', { id: created.id, kind: 'clarification', targetId: 7 });
    const missing = await core.handle('issues:link', { id: created.id, kind: 'release', targetId: 99 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await call(core, 'issues:move', { id: created.id, to: 'ditangani' });
    const done = await call(core, 'issues:move', { id: created.id, to: 'selesai' });
    expect(done).toMatchObject({
      status: 'selesai',
      estimatedReach: 250000,
      owner: 'Sari',
      clarificationId: 7,
      inquiries: [{ id: inq.id, number: inq.number }],
      releases: [{ id: rel.id, number: rel.number, status: 'draft' }],
    });
    expect(done.events.map((e) => e.toStatus ?? e.action)).toEqual(['dipantau', 'edited', 'perlu_respons', 'linked', 'linked', 'linked', 'ditangani', 'selesai']);
    expect(done.events[1]!.note).toContain('penanggung jawab: Sari');
    const audit = readDb(core).prepare("SELECT action FROM audit_log WHERE entity = 'issue' ORDER BY seq").pluck().all();
    expect(audit).toEqual(['issue.create', 'issue.update', 'issue.perlu_respons', 'issue.link', 'issue.link', 'issue.link', 'issue.ditangani', 'issue.selesai']);
    const unlinked = await call(core, 'issues:link', { id: created.id, kind: 'inquiry', targetId: inq.id, remove: true });
    expect(unlinked.inquiries).toEqual([]);
    expect((await call(core, 'issues:list', { open: true })).length).toBe(0);
    expect((await call(core, 'issues:list', { status: 'selesai' })).map((i) => i.id)).toEqual([created.id]);
  });

  it('prints the daily brief on one page: open issues and those closed that day, needing a response first', async () => {
    const clock = fixedClock('2026-12-02T02:00:00Z');
    const core = testCore({ clock });
    await call(core, 'settings:saveProfile', validProfile);
    const old = await call(core, 'issues:create', issue({ title: 'Isu lama selesai kemarin', firstSeenAt: '2026-12-01T09:00:00+08:00', estimatedReach: 5 }));
    await call(core, 'issues:move', { id: old.id, to: 'perlu_respons' });
    await call(core, 'issues:move', { id: old.id, to: 'ditangani' });
    await call(core, 'issues:move', { id: old.id, to: 'selesai' });
    clock.set('2026-12-03T04:00:00Z');
    await call(core, 'issues:create', issue({ title: 'Antrean BBM di Balikpapan', platform: 'x', estimatedReach: 900000, sentiment: 'netral', opd: 'Biro Perekonomian' }));
    const urgent = await call(core, 'issues:create', issue({ estimatedReach: 1000 }));
    await call(core, 'issues:move', { id: urgent.id, to: 'perlu_respons' });
    const closedToday = await call(core, 'issues:create', issue({ title: 'Hoaks pungutan sekolah', platform: 'whatsapp', estimatedReach: 300 }));
    for (const to of ['perlu_respons', 'ditangani', 'selesai'] as const) await call(core, 'issues:move', { id: closedToday.id, to });
    clock.set('2026-12-04T02:00:00Z');
    await call(core, 'issues:create', issue({ title: 'Isu besok', firstSeenAt: '2026-12-04T09:00:00+08:00' }));

    const pdf = await call(core, 'issues:brief', { date: '2026-12-03', format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'ringkasan-isu-2026-12-03.pdf', count: 3 });
    const file = path.join(tempDir(), pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    expect(pdfInfo(file).Pages).toBe('1');
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('RINGKASAN ISU HARIAN Kamis, 3 Desember 2026');
    expect(text).toContain('3 isu: 1 dipantau, 1 perlu respons, 1 selesai; 2 bersentimen negatif.');
    expect(text).not.toContain('Isu besok');
    expect(text).not.toContain('Isu lama selesai kemarin');
    // Needing a response first, then by reach.
    const order = ['Video banjir lama', 'Antrean BBM di Balikpapan', 'Hoaks pungutan sekolah'].map((t) => text.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('900.000');
    expect(text).toContain('Perlu respons pimpinan');
    const docx = await call(core, 'issues:brief', { date: '2026-12-03', format: 'docx' });
    expect(await docxText(docx.dataBase64)).toContain('Antrean BBM di Balikpapan');
  });
});
