// `npm run lint` validates the GitHub workflows (build/scripts/lint-workflows.mjs): the release
// workflow passes, and a broken one fails lint, naming the file and the wrong key.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'build/scripts/lint-workflows.mjs');
const lint = (dir?: string) => spawnSync(process.execPath, dir ? [script, dir] : [script], { encoding: 'utf8' });

describe('workflow lint', () => {
  it('accepts the repository workflows, release.yml among them', () => {
    expect(fs.existsSync(path.join(root, '.github/workflows/release.yml'))).toBe(true);
    const run = lint();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 30_000);

  it('fails on a broken workflow and names it', () => {
    const dir = tempDir();
    const release = fs.readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'ok.yml'), release);
    // A typo a person makes: `runs-on` misspelt.
    fs.writeFileSync(path.join(dir, 'broken.yml'), release.replace('runs-on: ${{ matrix.os }}', 'run-on: ${{ matrix.os }}'));
    const run = lint(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('broken.yml: not a valid workflow');
    expect(run.stderr).not.toContain('ok.yml');
    expect(run.stderr).toMatch(/run-on/);
  }, 30_000);
});
