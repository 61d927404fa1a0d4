// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { telefoonLinks } from './src/lib/hast-telefoon.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { barrieremodel } from './src/integrations/barrieremodel.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { offline } from './src/integrations/offline.ts';
import { atomicBuild } from './src/integrations/atomic.ts';
import { leesInstellingen } from './src/lib/instellingen.ts';

// All settings (environment, instellingen.yaml, the chosen edition), read and
// validated once; build, preview, start and check see the same. Problems are
// reported in full by the barrieremodel integration.
const instellingen = leesInstellingen(fileURLToPath(new URL('.', import.meta.url)));
// Builds into a folder of its own and replaces the output folder only when everything succeeded.
const bouw = atomicBuild({ contentDir: instellingen.contentDir, editieDir: instellingen.editie?.dir });

export default defineConfig({
  site: instellingen.site,
  // A sub-path such as /barrieremodel/ for hosting under a folder of a site.
  base: instellingen.base,
  outDir: instellingen.outDir,
  trailingSlash: 'always',
  // Three pages at a time: a page's write to disk overlaps the next one's rendering
  // (about 2 s less at 1,000 signals; npm run bench:bouw).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 3 },
  devToolbar: { enabled: false },
  // Second wall behind the content check: bodies render without HTML, code or unsafe links.
  // Phone numbers in running text become call links (src/lib/hast-telefoon.ts).
  markdown: { processor: satteri({ mdastPlugins: [contentGuard], hastPlugins: [telefoonLinks] }) },
  // No inline scripts, so that a strict Content-Security-Policy (script-src 'self') holds.
  vite: {
    build: {
      assetsInlineLimit: 0,
      // The search code is loaded on demand by one dynamic import; no preload helper for that.
      modulePreload: false,
      rolldownOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive; the
        // bundler warns about each one, which buries real warnings at scale.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  // With a site URL, a sitemap (sitemap-index.xml), named in robots.txt (src/pages/robots.txt.ts).
  integrations: [
    bouw.begin,
    barrieremodel(instellingen),
    mdx(),
    pagefind(),
    offline(),
    ...(instellingen.site ? [sitemap()] : []),
    bouw.publish,
  ],
});
