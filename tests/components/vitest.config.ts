/**
 * The components project: Astro components rendered with astro/container
 * (Astro's Vite setup compiles .astro files; astro.config.mjs is not loaded,
 * so no content check and no integrations run) and checked with html-validate.
 */
import { getViteConfig } from 'astro/config';

const root = new URL('../../', import.meta.url).pathname;

export default getViteConfig(
  {
    // The repository root, as for the other projects (a project file's own folder is the default).
    root,
    test: {
      name: 'components',
      include: ['tests/components/**/*.test.ts'],
      testTimeout: 30_000,
      sequence: { groupOrder: 0 },
    },
  },
  { configFile: false, devToolbar: { enabled: false }, root, logLevel: 'error' },
);
