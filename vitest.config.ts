import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'plugin/**/*.test.ts', 'executors/**/*.test.ts', 'generators/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // e2e suites spin up real Nx workspaces and Vite servers; two cores do not gain from more.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
