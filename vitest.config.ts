import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: the core and shared rules run in plain Node against real SQLite files;
// the renderer's components run in jsdom. End-to-end tests have their own config (tests/e2e).
export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        test: {
          name: 'node',
          globals: true,
          environment: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/build/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 30_000,
          // Seeding thousands of rows (inbox plan, archive search) in beforeAll takes seconds on a busy 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          globals: true,
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
