import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Two cores on CI: two workers keeps the PostgreSQL suite from starving the HTTP tests.
    maxWorkers: 2,
  },
});
