import { describe, expect, it } from 'vitest';
import { channelGroups, contract, CHANNEL_NAME } from '../../../shared/ipc';
import { handlers } from '../../../electron/core/handlers';

describe('the IPC contract', () => {
  it('names every channel domain:verb', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(CHANNEL_NAME);
  });

  it('defines each channel once across all groups', () => {
    const all = Object.values(channelGroups).flatMap((group) => Object.keys(group));
    expect(all.length).toBe(new Set(all).size);
    expect(all.sort()).toEqual(Object.keys(contract).sort());
  });

  it('has exactly one core handler per channel', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('gives every channel an Indonesian summary', () => {
    for (const def of Object.values(contract)) expect(def.summary.length).toBeGreaterThan(10);
  });
});
