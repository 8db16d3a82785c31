// Lint: typescript-eslint's recommended rules, plus the layer rules of ARCHITECTURE.md
// (also checked by tests/shared/boundaries.test.ts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'].map((name) => ({ name, message: 'The renderer talks to the core only through renderer/src/api.' })),
          patterns: [{ group: ['node:*', '**/electron/core/**'], message: 'The renderer talks to the core only through renderer/src/api.' }],
        },
      ],
    },
  },
);
