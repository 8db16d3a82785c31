#!/usr/bin/env node
// `npm run bench`: runs every tests/bench/*.bench.ts through tsx and prints its figures.
// Benchmarks report, they never fail on time (ARCHITECTURE.md); a bench that throws exits 1.
// `npm run bench -- inbox` runs only the files whose name contains "inbox".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, 'tests', 'bench');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

if (files.length === 0) {
  console.error(`Tidak ada berkas benchmark di ${path.relative(root, dir)} yang cocok.`);
  process.exitCode = 1;
}
for (const name of files) {
  console.log(`\n== ${name}`);
  const started = performance.now();
  try {
    const mod = await import(pathToFileURL(path.join(dir, name)).href);
    if (typeof mod.default === 'function') await mod.default();
  } catch (error) {
    console.error(`Benchmark ${name} gagal:`, error);
    process.exitCode = 1;
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
