// @ts-check
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
import { loadEditie } from './src/lib/edition.ts';

// A local edition (BARRIEREMODEL_EDITIE=<folder>) sets its own base path and
// site URL; its problems are reported in full by the barrieremodel integration.
const editieDir = process.env.BARRIEREMODEL_EDITIE;
const editie = editieDir ? loadEditie(editieDir).editie?.config : undefined;
// Builds into a folder of its own and replaces the output folder only when everything succeeded.
const bouw = atomicBuild({ contentDir: process.env.BARRIEREMODEL_CONTENT || './content', editieDir });

export default defineConfig({
  site: process.env.BARRIEREMODEL_SITE || editie?.site,
  // A sub-path such as /barrieremodel/ for hosting under a folder of a site.
  base: process.env.BARRIEREMODEL_BASE || editie?.base || '/',
  outDir: process.env.BARRIEREMODEL_OUTDIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
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
  integrations: [bouw.begin, barrieremodel(), mdx(), pagefind(), offline(), ...(process.env.BARRIEREMODEL_SITE || editie?.site ? [sitemap()] : []), bouw.publish],
});
