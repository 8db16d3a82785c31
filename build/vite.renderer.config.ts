import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repo = fileURLToPath(new URL('..', import.meta.url));

/**
 * The dev server's React Fast Refresh preamble is an inline script, which the page's CSP forbids.
 * Only while serving (never in a build) allow inline scripts; the built HTML keeps the strict policy.
 */
const devCsp: Plugin = {
  name: 'ppid-desk:dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
};

const config = {
  root: fileURLToPath(new URL('../renderer', import.meta.url)),
  // Relative asset URLs: the same build loads from Electron's app:// and from the browser host.
  base: './',
  plugins: [react(), devCsp],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    // Chromium (Electron and the host's browser) has modulepreload; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    // Loaded from disk or localhost, never over a slow link: one larger chunk is fine.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // The renderer imports ../shared (the contract); let the dev server read it.
    fs: { allow: [repo] },
  },
} satisfies UserConfig;

export default defineConfig(({ command, mode }) => {
  // Vite keeps an inherited NODE_ENV: vitest sets "test", and the e2e setup builds from inside
  // vitest, which gave React's development build (and a jsxDEV crash when only `define` was set).
  // Vite reads NODE_ENV after loading this file, so a production build is production throughout.
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return config;
});
