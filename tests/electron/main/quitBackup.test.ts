// The quit hook: the first will-quit waits for the automatic backup, the next one shuts down.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { willQuitWithBackup } from '../../../electron/main/quitBackup';
import type { AutoBackupOutcome } from '../../../electron/core/types';

describe('willQuitWithBackup', () => {
  it('holds quitting until the backup is done, then quits once and shuts down on the next will-quit', async () => {
    const log: string[] = [];
    let finish!: () => void;
    const core = {
      autoBackup: (trigger: 'start' | 'quit') => {
        log.push(`backup ${trigger}`);
        return new Promise<AutoBackupOutcome>((resolve) => (finish = () => resolve({ trigger, at: '', status: 'created', message: '' })));
      },
    };
    const onWillQuit = willQuitWithBackup(core, () => log.push('quit'), () => log.push('shut down'));
    const event = () => ({ prevented: false, preventDefault() { this.prevented = true; } });

    const first = event();
    onWillQuit(first);
    expect(first.prevented).toBe(true);
    const again = event(); // a second quit request while the backup runs: held, no second backup
    onWillQuit(again);
    expect(again.prevented).toBe(true);
    expect(log).toEqual(['backup quit']);

    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['backup quit', 'quit']);
    const last = event();
    onWillQuit(last);
    expect(last.prevented).toBe(false);
    expect(log).toEqual(['backup quit', 'quit', 'shut down']);
  });

  it('still quits when the backup fails', async () => {
    const log: string[] = [];
    const onWillQuit = willQuitWithBackup({ autoBackup: () => Promise.reject(new Error('disk')) }, () => log.push('quit'), () => log.push('shut down'));
    onWillQuit({ preventDefault() {} });
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['quit']);
  });

  it('has no runtime electron import', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '../../../electron/main/quitBackup.ts'), 'utf8');
    expect(source).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'electron'/m);
  });
});
