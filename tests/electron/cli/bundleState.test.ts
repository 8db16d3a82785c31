// When bin.mjs may run the built CLI bundle: only while no file it was built from changed since.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleState } from '../../../electron/cli/bundleState.mjs';
import { tempDir } from '../../helpers/tempDir';

function fakeRepo(): string {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'electron', 'cli'), { recursive: true });
  fs.mkdirSync(path.join(root, 'out', 'cli'), { recursive: true });
  fs.writeFileSync(path.join(root, 'electron', 'cli', 'main.ts'), 'export {}');
  fs.writeFileSync(path.join(root, 'package.json'), '{}');
  const past = new Date(Date.now() - 60_000);
  for (const f of ['electron/cli/main.ts', 'package.json']) fs.utimesSync(path.join(root, f), past, past);
  fs.writeFileSync(path.join(root, 'out', 'cli', 'ppid-desk.mjs'), '');
  fs.writeFileSync(path.join(root, 'out', 'cli', 'archive-worker.js'), '');
  fs.writeFileSync(path.join(root, 'out', 'cli', 'inputs.json'), JSON.stringify({ inputs: ['electron/cli/main.ts', 'package.json'] }));
  return root;
}

describe('CLI bundle state', () => {
  it('is fresh right after a build', () => {
    expect(bundleState(fakeRepo()).state).toBe('fresh');
  });

  it('is stale once a source it was built from is edited, naming the file', () => {
    const root = fakeRepo();
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'electron/cli/main.ts'), future, future);
    expect(bundleState(root)).toMatchObject({ state: 'stale', changed: 'electron/cli/main.ts' });
  });

  it('is stale when a source was removed, missing without the worker or the inputs list', () => {
    const root = fakeRepo();
    fs.rmSync(path.join(root, 'electron/cli/main.ts'));
    expect(bundleState(root).state).toBe('stale');
    const other = fakeRepo();
    fs.rmSync(path.join(other, 'out/cli/archive-worker.js'));
    expect(bundleState(other).state).toBe('missing');
    const third = fakeRepo();
    fs.rmSync(path.join(third, 'out/cli/inputs.json'));
    expect(bundleState(third).state).toBe('missing');
  });
});
