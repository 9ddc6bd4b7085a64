import { defineConfig } from 'vitest/config';

// Two files at a time: most long tests wait on child processes (the CLI, the service, CUPS), not on this process.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
