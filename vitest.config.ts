import { defineConfig } from 'vitest/config';

/** Each test file's scratch folders under one folder removed when the file ends. */
const SCRATCH_ROOT = 'tests/helpers/scratch-root.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles: [SCRATCH_ROOT],
          include: [
            'tests/lib/**/*.test.ts',
            'tests/integrations/**/*.test.ts',
            'tests/repo/**/*.test.ts',
            'tests/architecture/**/*.test.ts',
          ],
        },
      },
      // Astro components rendered on their own (Astro's container API), which needs Astro's Vite setup.
      './vitest.components.config.ts',
      {
        test: {
          name: 'browser',
          setupFiles: [SCRATCH_ROOT],
          include: ['tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium at a time on a 2-core machine; builds and pages take seconds, not ms.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
