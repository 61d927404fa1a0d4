/**
 * After one visit the site works without a network: a signal page loads and
 * search returns results, served by the service worker (public/sw.js).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paginaPaneel, wachtOpZoeken } from '../support/zoek.ts';
import { useSite } from './browser.ts';

const site = useSite();

describe('offline', () => {
  it('works offline after one visit, search included, and says so', async () => {
    const page = await site.page();
    await page.goto(site.url());
    // The footer says "Beschikbaar offline" once everything is stored.
    await page.locator('.offline-status:not([hidden])').waitFor({ timeout: 60_000 });
    const manifest = readFileSync(join(site.dist, 'sw-manifest.js'), 'utf8');
    const { bestanden } = JSON.parse(manifest.slice(manifest.indexOf('{'), manifest.lastIndexOf('}') + 1));
    expect(bestanden).toContain('zoeken/');
    expect(bestanden.some((b: string) => b.startsWith('pagefind/index/'))).toBe(true);

    await page.context().setOffline(true);
    await page.goto(site.url('signalen/dreigende-uithuwelijking/'));
    expect(await page.locator('h1').textContent()).toContain('uithuwelijking');
    await page.goto(site.url('zoeken/#q=leerplicht'));
    await wachtOpZoeken(paginaPaneel(page), 'leerplicht');
    expect(await page.locator('.zoekresultaat').count()).toBeGreaterThan(0);
    // A situation sentence works offline too: the signal index is in the precache.
    const q = 'meisje gaat trouwen';
    await page.goto(site.url(`zoeken/#q=${encodeURIComponent(q)}`));
    await wachtOpZoeken(paginaPaneel(page), q);
    expect(await page.locator('.zoekresultaat').count()).toBeGreaterThan(0);
    await page.goto(site.url('casussen/'));
    expect(await page.locator('h1').textContent()).toBe('Casussen');
    await page.context().setOffline(false);
  });
});
