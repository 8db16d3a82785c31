// Whether out/cli/ppid-desk.mjs may be used: it exists and no file it was built from (the list
// build/scripts/cli-bundle.mjs wrote to out/cli/inputs.json) changed since. Plain JavaScript and
// only fs: it runs before anything else at every start, so it stats ~300 files and reads nothing else.
import fs from 'node:fs';
import path from 'node:path';

/** 'fresh' with the bundle's path, or why the sources must be run instead. */
export function bundleState(root) {
  const dir = path.join(root, 'out', 'cli');
  const bundle = path.join(dir, 'ppid-desk.mjs');
  let built;
  let inputs;
  try {
    built = Math.min(fs.statSync(bundle).mtimeMs, fs.statSync(path.join(dir, 'archive-worker.js')).mtimeMs);
    inputs = JSON.parse(fs.readFileSync(path.join(dir, 'inputs.json'), 'utf8')).inputs;
  } catch {
    return { state: 'missing', bundle };
  }
  for (const input of inputs) {
    let stat;
    try {
      stat = fs.statSync(path.join(root, input));
    } catch {
      return { state: 'stale', bundle, changed: input };
    }
    if (stat.mtimeMs > built) return { state: 'stale', bundle, changed: input };
  }
  return { state: 'fresh', bundle };
}
