// shared/ runs in the renderer too: no Node modules, no DOM, and no date taken from UTC.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../../shared/domain');
const folders = ['calendar', 'clocks'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('calendar and clocks are pure TypeScript', () => {
  const files = folders.flatMap((f) => sources(join(root, f)));

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    const rel = file.slice(root.length + 1);
    it(`${rel}: imports neither Node nor the DOM, never uses Date/toISOString`, () => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) {
        expect(spec, `${rel} imports ${spec}`).toMatch(/^(\.{1,2}\/|temporal-polyfill$|zod$)/);
      }
      const code = text.replace(/\/\/.*$/gm, '');
      expect(code).not.toMatch(/toISOString|new Date\b|Date\.now|\bwindow\.|\bdocument\./);
    });
  }
});
