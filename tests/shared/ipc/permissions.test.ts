import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/ipc/contract';
import { inputRoles, PERMISSIONS, rolesAllow } from '../../../shared/ipc/permissions';
import { LETTER_TYPES } from '../../../shared/domain/letters/types';
import { ROLES } from '../../../shared/domain/auth/roles';

describe('the permission table', () => {
  it('declares a permission for every channel of the contract', () => {
    const missing = channelNames.filter((c) => !Object.prototype.hasOwnProperty.call(PERMISSIONS, c));
    expect(missing).toEqual([]);
  });

  it('names no channel the contract does not have', () => {
    const known = new Set<string>(channelNames);
    expect(Object.keys(PERMISSIONS).filter((c) => !known.has(c))).toEqual([]);
  });

  it('uses only known roles, and never an empty role list (a channel nobody could call)', () => {
    for (const [channel, permission] of Object.entries(PERMISSIONS)) {
      if (permission === 'public' || permission === 'signedIn') continue;
      expect(permission.length, channel).toBeGreaterThan(0);
      for (const role of permission) expect(ROLES, channel).toContain(role);
    }
  });

  it('keeps the decisions of the issue with their roles', () => {
    expect(PERMISSIONS['objections:decide']).toEqual(['atasan']);
    expect(rolesAllow(PERMISSIONS['objections:decide'], ['petugas'])).toBe(false);
    expect(rolesAllow(PERMISSIONS['requests:create'], ['petugas'])).toBe(true);
    expect(rolesAllow(PERMISSIONS['requests:transition'], ['petugas'])).toBe(false);
    expect(rolesAllow(PERMISSIONS['calendar:addDay'], ['ppid'])).toBe(false);
    expect(rolesAllow(PERMISSIONS['requests:revealNik'], ['petugas'])).toBe(false);
    // Admin is not a super-user: deciding an objection needs the Atasan's role.
    expect(rolesAllow(PERMISSIONS['objections:decide'], ['admin'])).toBe(false);
  });

  it('leaves only signing in, first-run setup, auth:me and the UI language open without a session', () => {
    const open = Object.entries(PERMISSIONS).filter(([, p]) => p === 'public').map(([c]) => c).sort();
    expect(open).toEqual(['auth:login', 'auth:me', 'auth:setup', 'settings:getUi']);
  });
});

describe('input rules', () => {
  it('give every letter type a role that the channel permission admits', () => {
    const channelRoles = PERMISSIONS['letters:issue'];
    for (const type of LETTER_TYPES) {
      const roles = inputRoles('letters:issue', { type });
      expect(roles, type).not.toBeNull();
      for (const role of roles!) expect(rolesAllow(channelRoles, [role]), type).toBe(true);
    }
    expect(inputRoles('letters:issue', { type: 'tanda-bukti' })).toEqual(['petugas']);
    expect(inputRoles('letters:issue', { type: 'keberatan-tanggapan' })).toEqual(['atasan']);
  });

  it('make approving a media answer the Pimpinan’s', () => {
    expect(inputRoles('inquiries:move', { to: 'dijawab' })).toEqual(['pimpinan']);
    expect(inputRoles('inquiries:move', { to: 'ditugaskan' })).toEqual(['humas']);
    expect(inputRoles('inbox:list', {})).toBeNull();
  });
});
