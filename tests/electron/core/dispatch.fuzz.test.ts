// Random payloads on every channel: a typed error or a valid answer, never a crash, never a write
// from an invalid input.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/ipc/contract';
import { ERROR_CODES } from '../../../shared/ipc/result';
import { openDatabase } from '../../../electron/core/db/connection';
import { testCore } from '../../helpers/core';

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function randomValue(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * 12);
  switch (pick) {
    case 0: return null;
    case 1: return undefined;
    case 2: return r() < 0.5;
    case 3: return Math.floor(r() * 2 ** 40) * (r() < 0.5 ? -1 : 1);
    case 4: return [NaN, Infinity, -0, 1e308][Math.floor(r() * 4)];
    case 5: return '';
    case 6: return ['__proto__', 'constructor', "'; DROP TABLE settings; --", 'x'.repeat(5000), '\u0000\uffff', '‮', '{}'][Math.floor(r() * 7)];
    case 7: return String.fromCharCode(...Array.from({ length: Math.floor(r() * 40) }, () => Math.floor(r() * 0xffff)));
    case 8:
      return depth > 3 ? {} : Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    default: {
      if (depth > 3) return {};
      const keys = ['instansiLines', 'unit', 'address', 'ppid', 'atasan', 'nip', 'name', 'title', 'language', 'fileName', 'dataBase64', 'timeZone', '__proto__', 'constructor'];
      const obj: Record<string, unknown> = {};
      for (let i = 0; i < Math.floor(r() * 6); i++) obj[keys[Math.floor(r() * keys.length)]!] = randomValue(r, depth + 1);
      return obj;
    }
  }
}

describe('IPC input fuzz', () => {
  it('answers 3,000 random payloads with typed errors and writes nothing', async () => {
    const core = testCore();
    const r = rng(20261123);
    const codes = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const channel = r() < 0.05 ? 'nope:nothing' : channelNames[Math.floor(r() * channelNames.length)]!;
      const result = await core.handle(channel, randomValue(r));
      if (!result.ok) {
        expect(ERROR_CODES).toContain(result.error.code);
        expect(result.error.code).not.toBe('internal');
        expect(typeof result.error.message).toBe('string');
        codes.add(result.error.code);
      }
    }
    expect(codes.has('invalid_input')).toBe(true);
    expect(codes.has('unknown_channel')).toBe(true);
    // Random payloads may by chance be valid only for inputs without required fields (e.g. removeLogo,
    // which changes nothing when no logo is set, or setUi / setOfficer, whose every field is
    // optional: {} is a valid "back to the default"), and archive:importFile, whose only required
    // fields (name, dataBase64) are among the keys drawn here: any bytes are a valid file of kind
    // "other". Anything else that writes needs a valid shape.
    const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true });
    const writes = db.prepare("SELECT action FROM audit_log WHERE action NOT IN ('settings.ui.update', 'settings.officer.update', 'archive.import')").all();
    db.close();
    expect(writes).toEqual([]);
  });

  it('rejects prototype-pollution keys without touching Object.prototype', async () => {
    const core = testCore();
    const payload = JSON.parse('{"__proto__": {"polluted": true}, "language": "id"}');
    await core.handle('settings:setUi', payload);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
