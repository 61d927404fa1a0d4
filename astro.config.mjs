// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { integrity } from './src/integrations/integrity.ts';
import { pagefind } from './src/integrations/pagefind.ts';

// A sub-path such as /barrieremodel/ for hosting under a folder of a site.
const base = process.env.BARRIEREMODEL_BASE ?? '/';

export default defineConfig({
  site: process.env.BARRIEREMODEL_SITE || undefined,
  base,
  outDir: process.env.BARRIEREMODEL_OUTDIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // No inline scripts, so that a strict Content-Security-Policy (script-src 'self') holds.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [integrity(), mdx(), pagefind()],
});
