#!/usr/bin/env node
/**
 * npm run bench:zoeken — search quality and speed on the national content:
 * builds the site (or uses BARRIEREMODEL_DIST, an existing build at base /),
 * serves it gzip-compressed, and prints recall@1, recall@3 and MRR for the
 * keyword queries and the situation sentences, the queries that missed, and
 * the bytes and milliseconds of a cold (first) and a warm query through the
 * search page. Prints JSON; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalueer, gemist, leesVragen, maten, SITUATIES, VRAGEN } from './search-quality.ts';
import { serve } from '../tests/support/server.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { meetZoeken } from './bench/zoekmeting.ts';

const root = new URL('../', import.meta.url).pathname;
const bestaand = process.env.BARRIEREMODEL_DIST;
const dist = bestaand ?? mkdtempSync(join(tmpdir(), 'bm-zoeken-'));
if (!bestaand) {
  const b = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, BARRIEREMODEL_OUTDIR: dist, BARRIEREMODEL_BASE: '/' },
    encoding: 'utf8',
  });
  if (b.status !== 0) throw new Error(b.stdout + b.stderr);
}
const server = await serve(dist, '/', {}, 0, { gzip: true });
const browser = await launchChromium();
try {
  // Service workers blocked: the offline precache downloads in the background and is not part of a query.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const eersteVraag = await meetZoeken(context, server.origin, '/', ['meisje van 15 gaat na de zomer trouwen', 'uitschrijving']);
  const eersteTrefwoord = await meetZoeken(context, server.origin, '/', ['leerplicht', 'uithuwelijking']);
  const page = await context.newPage();
  await page.goto(`${server.origin}/zoeken/`);
  const set = async (pad: string) => {
    const uitkomsten = await evalueer(page, '/', leesVragen(pad));
    return { ...maten(uitkomsten), gemist: gemist(uitkomsten) };
  };
  console.log(
    JSON.stringify({ trefwoorden: await set(VRAGEN), situaties: await set(SITUATIES), eersteVraag, eersteTrefwoord }, null, 2),
  );
} finally {
  await browser.close();
  await server.close();
  if (!bestaand) rmSync(dist, { recursive: true, force: true });
}
