// Two officers in Pengaturan: the office profile saved from a form opened before another
// officer's save is refused; a first save (nothing stored yet) is version 0 (db/versions.ts).
import { describe, expect, it } from 'vitest';
import { call, validProfile } from '../../../helpers/core';
import { readDb } from '../../../helpers/requests';
import { ANI, expectStale, twoOfficers } from '../../../helpers/twoDesks';

describe('row versions of the office profile', () => {
  it('refuses a stale save, and a second "first" save', async () => {
    const { ani, budi, clock } = twoOfficers();
    expect(await call(budi, 'settings:getProfile', {})).toBeNull();
    const first = await call(ani, 'settings:saveProfile', { ...validProfile, version: 0 });
    expect(first.version).toBe(1);
    // Budi's form was opened on the empty profile.
    await expectStale(budi, 'settings:saveProfile', { ...validProfile, city: 'Balikpapan', version: 0 }, ANI, '10.00');
    clock.set('2026-11-23T07:59:00Z');
    const second = await call(ani, 'settings:saveProfile', { ...validProfile, unit: 'PPID Pelaksana', version: first.version });
    await expectStale(budi, 'settings:saveProfile', { ...validProfile, city: 'Balikpapan', version: first.version }, ANI, '15.59');
    const stored = await call(budi, 'settings:getProfile', {});
    expect(stored).toMatchObject({ unit: 'PPID Pelaksana', city: validProfile.city, version: second.version });
    // The version is the row's, not part of the stored profile.
    const value = readDb(budi).prepare("SELECT value FROM settings WHERE key = 'office_profile'").pluck().get() as string;
    expect(JSON.parse(value)).not.toHaveProperty('version');
  });
});
