// Siaran pers through the core: numbered from the pattern, edited while draft, approved by the one
// acting (recorded), published with its links; every move audited and on the release's timeline.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore, validProfile } from '../../../../helpers/core';
import { releaseInput } from '../../../../helpers/releaseInput';
import { readDb } from '../../../../helpers/requests';

describe('press releases', () => {
  it('numbers from the pattern, gap-free per year, and writes the dateline from the profile', async () => {
    const core = testCore({ clock: fixedClock('2026-12-03T01:00:00Z') });
    await call(core, 'settings:saveProfile', validProfile);
    const first = await call(core, 'releases:create', releaseInput());
    expect(first).toMatchObject({ number: '001/SP/PPID/XII/2026', status: 'draft', dateline: 'Samarinda, 3 Desember 2026 –', approvedBy: null });
    expect(await call(core, 'releases:getPattern', {})).toEqual({ pattern: '{seq}/SP/{unit}/{roman_month}/{year}', preview: '001/SP/PPID/XII/2026' });
    await call(core, 'releases:setPattern', { pattern: 'SP-{year}-{seq}' });
    const second = await call(core, 'releases:create', releaseInput({ releaseOn: '2026-11-30' }));
    expect(second.number).toBe('SP-2026-002');
    const nextYear = await call(core, 'releases:create', releaseInput({ releaseOn: '2027-01-02' }));
    expect(nextYear.number).toBe('SP-2027-001');
    const bad = await core.handle('releases:setPattern', { pattern: 'SP-{seq}' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(bad)).toContain('{year}');
    const list = await call(core, 'releases:list', { year: 2026 });
    expect(list.map((r) => r.number)).toEqual(['001/SP/PPID/XII/2026', 'SP-2026-002']);
    expect((await call(core, 'releases:list', { search: 'bontang' })).length).toBe(3);
    expect((await call(core, 'releases:list', { search: 'banjir' })).length).toBe(0);
  });

  it('moves draft → review → approved → published, recording the approver and the links', async () => {
    const clock = fixedClock('2026-12-03T01:00:00Z');
    const core = testCore({ clock });
    await call(core, 'media:saveOutlet', { name: 'Kaltim Post', type: 'cetak' });
    const r = await call(core, 'releases:create', releaseInput());
    const refused = await core.handle('releases:transition', { id: r.id, to: 'approved' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'precondition', message: 'Siaran pers berstatus Draf tidak dapat langsung menjadi Disetujui.' } });

    await call(core, 'releases:update', { id: r.id, ...releaseInput({ title: 'Judul baru' }) });
    await call(core, 'releases:transition', { id: r.id, to: 'review' });
    const back = await call(core, 'releases:transition', { id: r.id, to: 'draft', note: 'Kutipan perlu dicek' });
    expect(back.status).toBe('draft');
    await call(core, 'releases:transition', { id: r.id, to: 'review' });
    clock.set('2026-12-03T02:30:00Z');
    const approved = await call(core, 'releases:transition', { id: r.id, to: 'approved' });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'tester', approvedAt: '2026-12-03T02:30:00.000Z', title: 'Judul baru' });
    const frozen = await core.handle('releases:update', { id: r.id, ...releaseInput() });
    expect(frozen).toMatchObject({ ok: false, error: { code: 'precondition' } });
    expect(JSON.stringify(frozen)).toContain('tidak dapat diubah');
    const early = await core.handle('releases:addLink', { releaseId: r.id, url: 'https://kaltimpost.id/a', outlet: 'Kaltim Post', publishedOn: '2026-12-03' });
    expect(early).toMatchObject({ ok: false, error: { code: 'precondition' } });

    const published = await call(core, 'releases:transition', {
      id: r.id,
      to: 'published',
      links: [{ url: 'https://kaltimpost.id/berita/jalan', outlet: 'KALTIM POST', publishedOn: '2026-12-03' }],
    });
    expect(published.status).toBe('published');
    expect(published.publishedLinks).toMatchObject([{ url: 'https://kaltimpost.id/berita/jalan', outlet: 'KALTIM POST', outletId: expect.any(Number) }]);
    const more = await call(core, 'releases:addLink', { releaseId: r.id, url: 'https://situs.example.id/x', outlet: 'Situs Lain', publishedOn: '2026-12-04' });
    expect(more.publishedLinks.map((l) => l.outletId)).toEqual([published.publishedLinks[0]!.outletId, null]);
    const dup = await core.handle('releases:addLink', { releaseId: r.id, url: 'https://situs.example.id/x', outlet: 'Situs Lain', publishedOn: '2026-12-04' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const badUrl = await core.handle('releases:addLink', { releaseId: r.id, url: 'kaltimpost', outlet: 'Situs Lain', publishedOn: '2026-12-04' });
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'url' }] } });

    expect(more.events.map((e) => `${e.action}:${e.toStatus ?? ''}`)).toEqual([
      'created:draft', 'edited:', 'status:review', 'status:draft', 'status:review', 'status:approved', 'status:published', 'link_added:', 'link_added:',
    ]);
    const audit = readDb(core).prepare("SELECT action, actor FROM audit_log WHERE entity = 'press_release' ORDER BY seq").all();
    expect(audit.map((a) => (a as { action: string }).action)).toEqual([
      'release.create', 'release.update', 'release.review', 'release.draft', 'release.review', 'release.approved', 'release.published', 'release.link',
    ]);
  });

  it('answers a retried create with the first release', async () => {
    const core = testCore();
    const a = await call(core, 'releases:create', releaseInput({ clientKey: 'release-key-1' }));
    const b = await call(core, 'releases:create', releaseInput({ clientKey: 'release-key-1' }));
    expect(b.id).toBe(a.id);
    expect((await call(core, 'releases:list', {})).length).toBe(1);
  });
});
