// The layering rules of ARCHITECTURE.md, checked on the source text so they hold for every file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs;
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads', 'events', 'buffer', 'process']);

describe('layer boundaries', () => {
  it('electron/core never imports electron (it runs in plain Node)', () => {
    const offenders = sources('electron/core').filter((f) => importsOf(f).some((s) => s === 'electron' || s.startsWith('electron/')));
    expect(offenders).toEqual([]);
  });

  it('shared/ imports neither Node, Electron, the DOM libraries nor app layers', () => {
    const offenders = sources('shared').flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('node:') || NODE_BUILTINS.has(s) || s === 'electron' || s.startsWith('react-dom') || /(^|\/)(electron|renderer)\//.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer talks to the core only through the contract, never imports core or Node', () => {
    // The renderer is part of this repository: a missing folder must fail, not pass with nothing checked.
    const files = sources('renderer');
    expect(files.length).toBeGreaterThan(10);
    // The scan must see the renderer's real imports, or an empty list below proves nothing.
    expect(files.flatMap(importsOf)).toContain('react');
    const offenders = files.flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('node:') || NODE_BUILTINS.has(s) || /(^|\/)electron\//.test(s) || s === 'electron' || s === 'better-sqlite3-multiple-ciphers')
        .map((s) => `${f}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
