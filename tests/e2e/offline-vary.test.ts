/**
 * Offline use under a server that sends "Vary: Origin" (as `astro preview`,
 * behind `npm start`, does): the service worker ignores Vary when it matches
 * its cache, so scripts, search and the dialog keep working offline.
 */
import { describe, expect, it } from 'vitest';
import { paginaPaneel, wachtOpZoeken } from '../support/zoek.ts';
import { useSite } from './browser.ts';

const site = useSite({ headers: { Vary: 'Origin' } });

describe('offline with Vary: Origin', () => {
  it('searches offline after one visit', async () => {
    const page = await site.page();
    const fouten: string[] = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    page.on('requestfailed', (r) => fouten.push(`${r.url()} ${r.failure()?.errorText}`));
    await page.goto(site.url());
    await page.locator('.offline-status:not([hidden])').waitFor({ timeout: 60_000 });

    await page.context().setOffline(true);
    await page.goto(site.url('zoeken/#q=leerplicht'));
    await wachtOpZoeken(paginaPaneel(page), 'leerplicht');
    expect(await page.locator('.zoekresultaat').count()).toBeGreaterThan(0);
    expect(fouten).toEqual([]);
    await page.context().setOffline(false);
  });
});
