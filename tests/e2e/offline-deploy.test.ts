/**
 * After a deploy, pages and search index change together, and what was
 * removed leaves the offline cache. A visitor uses the site (offline ready),
 * then a new build without one signal is published into the same folder;
 * on the next visit the new version takes over, online and offline.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serve, type StaticServer } from '../support/server.ts';
import { launchChromium } from '../support/chromium.ts';
import { childEnv } from '../support/commands.ts';

const root = new URL('../../', import.meta.url).pathname;
const WEG = 'jonge-bruid-uit-buitenland';
const ZOEK = 'jonge vrouw buitenland trouwt familie';

let tmp: string;
let live: string;
let server: StaticServer;
let browser: Browser;
const base = inject('base');

const versie = (dist: string) => {
  const m = readFileSync(join(dist, 'sw-manifest.js'), 'utf8');
  return JSON.parse(m.slice(m.indexOf('{'), m.lastIndexOf('}') + 1)).version as string;
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'bm-deploy-'));
  live = join(tmp, 'live');
  cpSync(inject('dist'), live, { recursive: true });
  server = await serve(live, base);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function cacheNamen(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((k) => k !== 'barrieremodel-status'));
}

/**
 * The URLs Pagefind finds for the query, asked through its own API on a page
 * of the site (so every request goes through the service worker). Independent
 * of the search page's interface.
 */
async function zoekLinks(page: Page): Promise<string[]> {
  await page.goto(`${server.origin}${base}colofon/`);
  // As a string: the test runner would rewrite import() inside a function.
  return page.evaluate(`(async () => {
    const pf = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    await pf.init();
    const r = await pf.search(${JSON.stringify(ZOEK)});
    return (await Promise.all(r.results.map((x) => x.data()))).map((d) => d.url);
  })()`) as Promise<string[]>;
}

describe('offline after a deploy', () => {
  it('switches pages and index together, and drops removed pages from the cache', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    const oud = versie(live);
    await page.goto(`${server.origin}${base}`);
    await page.locator('.offline-status:not([hidden])').waitFor({ timeout: 60_000 });
    expect(await cacheNamen(page)).toEqual([`barrieremodel-${oud}`]);
    expect((await zoekLinks(page)).some((h) => h.includes(`/signalen/${WEG}/`))).toBe(true);

    // Deploy: a build without the signal is published into the served folder.
    const inhoud = join(tmp, 'content');
    cpSync(join(root, 'content'), inhoud, { recursive: true });
    rmSync(join(inhoud, 'signalen', `${WEG}.mdx`));
    // Observations only that signal used go with it: the check refuses an unused one.
    const gebruikt = readdirSync(join(inhoud, 'signalen'))
      .map((f) => readFileSync(join(inhoud, 'signalen', f), 'utf8'))
      .join('\n');
    for (const f of readdirSync(join(inhoud, 'observaties'))) {
      if (!new RegExp(`[\\[ ,]${f.replace(/\.yaml$/, '')}[\\], ]`).test(gebruikt)) rmSync(join(inhoud, 'observaties', f));
    }
    const r = spawnSync('node_modules/.bin/astro', ['build'], {
      cwd: root,
      env: childEnv({ BARRIEREMODEL_CONTENT: inhoud, BARRIEREMODEL_BASE: base, BARRIEREMODEL_OUTDIR: live }),
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const nieuw = versie(live);
    expect(nieuw).not.toBe(oud);

    // Online, right after the deploy: the new pages come with the new index.
    expect((await zoekLinks(page)).some((h) => h.includes(`/signalen/${WEG}/`))).toBe(false);
    // The new version installs completely, takes over and removes the old cache.
    await page.goto(`${server.origin}${base}`);
    const begin = Date.now();
    while (JSON.stringify(await cacheNamen(page)) !== JSON.stringify([`barrieremodel-${nieuw}`])) {
      expect(Date.now() - begin, 'de nieuwe versie neemt het over').toBeLessThan(120_000);
      await page.waitForTimeout(250);
    }

    await context.setOffline(true);
    expect((await zoekLinks(page)).some((h) => h.includes(`/signalen/${WEG}/`))).toBe(false);
    const antwoord = await page.goto(`${server.origin}${base}signalen/${WEG}/`);
    expect(antwoord?.status()).toBe(404);
    await context.setOffline(false);
    await context.close();
  }, 300_000);
});
