// Two officers classifying one archive document: a DIP save based on a version the other officer
// already changed is refused, and issuing the penetapan klasifikasi (which writes the decree
// number onto the document) counts as a change too (db/versions.ts).
import { describe, expect, it } from 'vitest';
import { call } from '../../../helpers/core';
import { makeDocx } from '../../../helpers/archiveFixtures';
import { ANI, expectStale, twoOfficers } from '../../../helpers/twoDesks';

const fields = { dipNumber: '', summary: '', unit: 'Sekretariat', responsible: '', producedDate: null, producedPlace: '', form: 'softcopy' as const, retention: '' };

describe('row versions of archive documents', () => {
  it('refuses a stale classification and keeps the first one', async () => {
    const { ani, budi, clock } = twoOfficers();
    const bytes = await makeDocx({ title: 'DPA 2026', paragraphs: ['Dokumen pelaksanaan anggaran'] });
    const item = await call(ani, 'archive:importFile', { name: 'dpa.docx', dataBase64: bytes.toString('base64') });
    const loaded = await call(budi, 'archive:get', { id: item.documentId! });
    clock.set('2026-11-23T03:10:00Z');
    const saved = await call(ani, 'archive:update', { id: loaded.id, version: loaded.version, ...fields, title: 'DPA Dinas 2026', category: 'berkala' });
    expect(saved.version).toBe(loaded.version + 1);
    await expectStale(budi, 'archive:update', { id: loaded.id, version: loaded.version, ...fields, title: 'DPA', category: 'setiap_saat' }, ANI, '11.10');
    expect((await call(budi, 'archive:get', { id: loaded.id })).fields).toMatchObject({ title: 'DPA Dinas 2026', category: 'berkala' });
  });
});
