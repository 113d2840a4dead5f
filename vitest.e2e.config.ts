import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (wxt build --mode e2e) in Debian Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
