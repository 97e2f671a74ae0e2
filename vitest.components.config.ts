import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts', 'tests/layouts/**/*.test.ts'],
    setupFiles: ['tests/helpers/scratch-root.ts'],
  },
});
