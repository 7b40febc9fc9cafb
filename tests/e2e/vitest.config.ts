import { defineConfig } from 'vitest/config';

// Real browsers with the built extension: one file at a time, since each launches a browser and the
// machines this runs on have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
