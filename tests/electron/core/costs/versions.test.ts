// Two officers editing the tariff: a save from a form opened before another officer's save is
// refused, the tariff as a whole being one version (db/versions.ts).
import { describe, expect, it } from 'vitest';
import { call } from '../../../helpers/core';
import { ANI, expectStale, twoOfficers } from '../../../helpers/twoDesks';

const PAGE = { kind: 'halaman' as const, label: 'Fotokopi A4', unit: 'lembar', priceRp: 500 };

describe('row versions of the tariff', () => {
  it('refuses a stale save and keeps the first officer’s prices', async () => {
    const { ani, budi, clock } = twoOfficers();
    const empty = await call(budi, 'tariff:get', {});
    expect(empty.version).toBe(0);
    clock.set('2026-11-23T01:30:00Z');
    const saved = await call(ani, 'tariff:save', { decreeNumber: '188/1', decreeDate: null, items: [PAGE], version: empty.version });
    expect(saved.version).toBe(1);
    await expectStale(budi, 'tariff:save', { decreeNumber: '', decreeDate: null, items: [{ ...PAGE, priceRp: 1000 }], version: empty.version }, ANI, '09.30');
    const again = await call(ani, 'tariff:save', { decreeNumber: '188/2', decreeDate: null, items: [{ ...PAGE, priceRp: 700 }], version: saved.version });
    expect(again.version).toBe(2);
    expect((await call(budi, 'tariff:get', {})).items.map((i) => i.priceRp)).toEqual([700]);
  });
});
