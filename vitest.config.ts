import { defineConfig } from 'vitest/config';
import { BROWSER_TESTS } from './src/testing/chromium-setup.js';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // e2e suites spin up real Nx workspaces and Vite servers; two cores do not gain from more.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'plugin/**/*.test.ts', 'executors/**/*.test.ts', 'generators/**/*.test.ts', 'e2e/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...BROWSER_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER_TESTS,
          // Runs only when the run includes a browser test: no Chromium → the run stops at once, with one line.
          globalSetup: ['src/testing/chromium-setup.ts'],
        },
      },
    ],
  },
});
