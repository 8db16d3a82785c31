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

// The renderer's layers (eslint.config.js has the same rule on import strings; this one resolves
// them): a feature imports only the shared layers and its own folder; shared layers import no
// feature or screen.
const RENDERER = 'renderer/src';
const SHARED_LAYERS = ['api', 'lib', 'forms', 'i18n', 'shell', 'theme.ts'];

/** renderer/src-relative target of a relative import, or null for a package or a file outside renderer/src. */
function rendererTarget(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = path.relative(RENDERER, path.join(path.dirname(file), spec)).split(path.sep).join('/');
  return target.startsWith('..') ? null : target;
}

/** Why an import from `file` (renderer/src-relative paths) breaks the layering, or null. */
function layerViolation(file: string, target: string): string | null {
  const [fromTop, fromFeature] = file.split('/');
  const [toTop, toFeature] = target.split('/');
  if (fromTop === 'features') {
    if (toTop === 'features' && toFeature !== fromFeature) return `feature ${fromFeature} imports feature ${toFeature}`;
    if (toTop !== 'features' && !SHARED_LAYERS.some((layer) => target === layer || target.startsWith(`${layer}/`) || target === layer.replace(/\.ts$/, '')))
      return `feature ${fromFeature} imports ${toTop}`;
  }
  if (SHARED_LAYERS.includes(fromTop!) && (toTop === 'features' || toTop === 'screens')) return `shared layer ${fromTop} imports ${toTop}`;
  return null;
}

function rendererLayerViolations(): string[] {
  return sources(RENDERER).flatMap((file) =>
    importsOf(file).flatMap((spec) => {
      const target = rendererTarget(file, spec);
      const from = path.relative(RENDERER, file).split(path.sep).join('/');
      const why = target === null ? null : layerViolation(from, target);
      return why ? [`${from}: ${spec} (${why})`] : [];
    }),
  );
}

describe('renderer layers', () => {
  it('a feature imports only lib/, api/, shell/, forms/, i18n/ and its own folder; shared layers import no feature', () => {
    expect(rendererLayerViolations()).toEqual([]);
  });

  it('the check sees a cross-feature import and a shared layer reaching up', () => {
    expect(layerViolation('features/requests/RequestActions.tsx', 'features/objections/ObjectionCreateForm')).toBe('feature requests imports feature objections');
    expect(layerViolation('features/settings/backup/BackupNotice.tsx', 'features/settings/calendar/dates')).toBeNull();
    expect(layerViolation('features/inquiries/InquiriesPage.tsx', 'screens/InboxPage')).toBe('feature inquiries imports screens');
    expect(layerViolation('features/requests/RequestsPage.tsx', 'lib/cases/CaseRegister')).toBeNull();
    expect(layerViolation('lib/cases/CaseInbox.tsx', 'features/requests/RequestDetailPane')).toBe('shared layer lib imports features');
    expect(layerViolation('screens/InboxPage.tsx', 'features/archive/ReviewsNotice')).toBeNull();
  });

  it('ESLint refuses a cross-feature import in any feature folder', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: root });
    const lint = async (file: string, code: string) => (await eslint.lintText(code, { filePath: path.join(root, file) }))[0]!.messages.map((m) => m.ruleId);
    expect(await lint('renderer/src/features/objections/X.ts', "import { a } from '../requests/api';\nexport const b = a;\n")).toEqual(['no-restricted-imports']);
    expect(await lint('renderer/src/features/settings/backup/X.ts', "import { a } from '../../requests/api';\nexport const b = a;\n")).toEqual(['no-restricted-imports']);
    expect(await lint('renderer/src/features/settings/backup/X.ts', "import { a } from '../calendar/CalendarNotice';\nexport const b = a;\n")).toEqual([]);
    expect(await lint('renderer/src/lib/cases/X.ts', "import { a } from '../../features/requests/api';\nexport const b = a;\n")).toEqual(['no-restricted-imports']);
  }, 60_000);
});
