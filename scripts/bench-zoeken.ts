#!/usr/bin/env node
/**
 * npm run bench:zoeken — search quality and speed on the national content:
 * builds the site, serves it gzip-compressed, and prints recall@1, recall@3
 * and MRR over tests/search/queries.yaml, the queries that missed, and the
 * bytes and milliseconds to the first result for a cold and a warm query
 * (Pagefind's worker requests included). Prints JSON; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { evalueer, leesVragen, maten } from './search-quality.ts';
import { serve } from '../tests/e2e/server.ts';
import { CHROMIUM_ARGS } from '../tests/e2e/browser-args.ts';
import { meetZoeken } from './bench/zoekmeting.ts';

const root = new URL('../', import.meta.url).pathname;
const dist = mkdtempSync(join(tmpdir(), 'bm-zoeken-'));
const b = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  env: { ...process.env, BARRIEREMODEL_OUTDIR: dist, BARRIEREMODEL_BASE: '/' },
  encoding: 'utf8',
});
if (b.status !== 0) throw new Error(b.stdout + b.stderr);
const server = await serve(dist, '/', {}, 0, { gzip: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  // Service workers blocked: the offline precache downloads in the background and is not part of a query.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const meting = await meetZoeken(context, server.origin, ['leerplicht', 'uithuwelijking']);
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  const uitkomsten = await evalueer(page, '/', leesVragen());
  const perSoort = Object.fromEntries(
    [...new Set(uitkomsten.map((u) => u.vraag.soort))].map((s) => [s, maten(uitkomsten.filter((u) => u.vraag.soort === s))]),
  );
  console.log(
    JSON.stringify(
      {
        ...maten(uitkomsten),
        perSoort,
        gemist: uitkomsten.filter((u) => !u.positie || u.positie > 3).map((u) => ({ q: u.vraag.q, verwacht: u.vraag.verwacht, positie: u.positie, top3: u.top3 })),
        ...meting,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
