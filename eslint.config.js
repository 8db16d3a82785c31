// Lint: typescript-eslint's recommended rules, plus the layer rules of ARCHITECTURE.md
// (also checked by tests/shared/boundaries.test.ts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import fs from 'node:fs';
import path from 'node:path';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads', 'events', 'buffer'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', '.cache/**', 'coverage/**', 'tests/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['electron/core/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'electron/core runs in plain Node: no electron import.' }] }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'react-dom', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'].map((name) => ({ name, message: 'shared/ is pure TypeScript: no Node, Electron or DOM.' })),
          patterns: [{ group: ['node:*'], message: 'shared/ is pure TypeScript: no Node modules.' }],
        },
      ],
    },
  },
  ...rendererLayers(),
);

/**
 * The renderer's layers (renderer/src), lowest first; each imports only from layers below it:
 *   1. shared: api/ (the contract client), lib/ (helpers, hooks and the case parts several features
 *      show: lists, detail frame, letters panel, objection form), forms/, i18n/, theme.ts;
 *      shell/ (the app frame: layout, headings, navigation). None imports a feature.
 *   2. features/<name>/: one area of the app. Imports the shared layers and its own folder only,
 *      never another feature (VS Code's rule for contrib/: features meet only through lower layers).
 *   3. screens/: composition. A page that gathers several features (Kotak Masuk with every case
 *      pane and the notices of Arsip and Pengaturan; Pengaturan with the sections of auth,
 *      officers and newsroom). Lists take their panes as props (lib/cases/casePanes.tsx).
 *   4. routes.tsx, App.tsx, main.tsx: the root, wiring pages and screens into the router.
 * Relative import strings are matched, so each feature gets one block per folder depth (the
 * generated blocks below); tests/shared/boundaries.test.ts checks the resolved paths as well.
 */
function rendererLayers() {
  const rendererOnly = {
    paths: [...nodeBuiltins, 'electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'].map((name) => ({ name, message: 'The renderer talks to the core only through renderer/src/api.' })),
    patterns: [{ group: ['node:*', '**/electron/core/**'], message: 'The renderer talks to the core only through renderer/src/api.' }],
  };
  const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { paths: rendererOnly.paths, patterns: [...rendererOnly.patterns, ...patterns] }] });
  const up = (n) => '(\\.\\./){' + n + '}';
  const root = 'renderer/src';
  const features = fs.readdirSync(path.join(import.meta.dirname, root, 'features'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const top = (n) => ({ regex: `^${up(n)}(routes|App|main)(\\.tsx?)?$`, message: 'Only the root (App.tsx) imports the routes.' });
  return [
    { files: ['renderer/**'], rules: restrict([]) },
    // Shared layers and the shell: no feature, no screen.
    ...['api', 'lib', 'forms', 'i18n', 'shell'].map((layer) => ({
      files: [`${root}/${layer}/**`, `${root}/theme.ts`],
      rules: restrict([{ regex: '^(\\.\\./)+(features|screens)/', message: `${layer}/ is a shared layer: it imports no feature or screen (pass a component in as a prop; see eslint.config.js).` }]),
    })),
    // A feature at folder depth d: `../` × (d+1) is features/, × (d+2) is renderer/src.
    ...features.flatMap((feature) =>
      [0, 1, 2, 3, 4, 5].map((depth) => ({
        files: [`${root}/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
        rules: restrict([
          {
            regex: `^${up(depth + 1)}(?!${feature}/)[^./][^/]*`,
            message: `A feature imports only lib/, api/, shell/, forms/, i18n/ and its own folder: move what features share to lib/, or compose them in screens/.`,
          },
          { regex: `^${up(depth + 2)}(features|screens)/`, message: 'A feature imports no other feature and no screen.' },
          top(depth + 2),
        ]),
      })),
    ),
    { files: [`${root}/screens/**`], rules: restrict([top(1)]) },
  ];
}
