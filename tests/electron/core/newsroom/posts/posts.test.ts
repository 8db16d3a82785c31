// Social post drafts refused over their platform's limit, saved with hashtags and alt text, and
// the content calendar listed by date range.
import { describe, expect, it } from 'vitest';
import { call, testCore } from '../../../../helpers/core';
import { releaseInput } from '../../../../helpers/releaseInput';
import { readDb } from '../../../../helpers/requests';

describe('social posts and content calendar', () => {
  it('saves drafts within the limit, refuses longer ones in Indonesian, and updates in place', async () => {
    const core = testCore();
    const rel = await call(core, 'releases:create', releaseInput());
    const tooLong = await core.handle('posts:save', { platform: 'x', text: 'a'.repeat(281) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'text', message: 'Terlalu panjang untuk X (Twitter): 281 karakter, batasnya 280 (kelebihan 1).' }] } });
    const badTag = await core.handle('posts:save', { platform: 'instagram', text: 'Halo', hashtags: ['Kaltim Hebat'] });
    expect(badTag).toMatchObject({ ok: false, error: { issues: [{ path: 'hashtags.0' }] } });
    const manyTags = await core.handle('posts:save', { platform: 'instagram', text: 'Halo', hashtags: Array.from({ length: 31 }, (_, i) => `t${i}`) });
    expect(manyTags).toMatchObject({ ok: false, error: { issues: [{ path: 'hashtags', message: 'Instagram menerima paling banyak 30 tagar.' }] } });

    const post = await call(core, 'posts:save', { platform: 'instagram', text: 'Perbaikan jalan dimulai hari ini.', hashtags: ['#KaltimMembangun'], altText: 'Alat berat di jalan poros', releaseId: rel.id });
    expect(post).toMatchObject({ hashtags: ['KaltimMembangun'], altText: 'Alat berat di jalan poros', length: 33 + 2 + 16, limit: 2200, status: 'draf' });
    const edited = await call(core, 'posts:save', { id: post.id, platform: 'x', text: 'Perbaikan jalan dimulai.', status: 'siap', releaseId: rel.id });
    expect(edited).toMatchObject({ id: post.id, platform: 'x', status: 'siap', hashtags: [] });
    expect((await call(core, 'posts:list', { releaseId: rel.id })).map((p) => p.id)).toEqual([post.id]);
    expect(await core.handle('posts:save', { id: 99, platform: 'x', text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(readDb(core).prepare("SELECT action FROM audit_log WHERE entity = 'social_post' ORDER BY seq").pluck().all()).toEqual(['post.create', 'post.update']);
  });

  it('plans publications by date and channel and lists a range', async () => {
    const core = testCore();
    const a = await call(core, 'contentCalendar:save', { plannedOn: '2026-12-05', channel: 'instagram', item: 'Infografis jalan' });
    await call(core, 'contentCalendar:save', { plannedOn: '2026-12-01', channel: 'media', item: 'Siaran pers banjir', status: 'terbit' });
    await call(core, 'contentCalendar:save', { plannedOn: '2027-01-02', channel: 'situs', item: 'Tahun baru' });
    await call(core, 'contentCalendar:save', { id: a.id, plannedOn: '2026-12-06', channel: 'instagram', item: 'Infografis jalan', status: 'siap' });
    const dec = await call(core, 'contentCalendar:list', { from: '2026-12-01', to: '2026-12-31' });
    expect(dec.map((e) => [e.plannedOn, e.item, e.status])).toEqual([
      ['2026-12-01', 'Siaran pers banjir', 'terbit'],
      ['2026-12-06', 'Infografis jalan', 'siap'],
    ]);
    const bad = await core.handle('contentCalendar:save', { plannedOn: '6/12/2026', channel: 'tiktok', item: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((bad as { error: { issues: Array<{ path: string }> } }).error.issues.map((i) => i.path).sort()).toEqual(['channel', 'item', 'plannedOn']);
  });
});
