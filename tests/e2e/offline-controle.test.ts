/**
 * The trainer's offline check (/offline/): after one visit it says the whole
 * site, search included, is on this device, with the version and the number
 * of files from the precache list, also with the network cut; a missing file
 * turns the answer into "not yet".
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe, useSite } from './browser.ts';

const site = useSite();

function manifest(): { version: string; bestanden: string[] } {
  const tekst = readFileSync(join(site.dist, 'sw-manifest.js'), 'utf8');
  return JSON.parse(tekst.slice(tekst.indexOf('{'), tekst.lastIndexOf('}') + 1));
}

describe('offline check for the trainer', () => {
  it('says without JavaScript that the check needs it', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('offline/'));
    expect(await page.locator('.offline-uitslag').textContent()).toMatch(/JavaScript/);
    expect(await page.locator('.offline-opnieuw').isVisible()).toBe(false);
  });

  it('shows the version and all files after a first visit, also with the network cut, and notices a missing file', async () => {
    const { version, bestanden } = manifest();
    const page = await site.page();
    await page.goto(site.url('offline/'));
    const vak = page.locator('#offline-controle');
    // The first visit stores the site; the page checks again when the service worker is done.
    await page.locator('#offline-controle[data-uitslag="ja"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.offline-uitslag').textContent()).toMatch(/^Ja: de hele site, met zoeken, werkt offline/);
    expect(await page.locator('.offline-versie').textContent()).toBe(version);
    expect(await page.locator('.offline-bestanden').textContent()).toBe(`${bestanden.length} / ${bestanden.length}`);
    expect(await page.locator('.offline-bron').textContent()).toMatch(/server/);
    expect(await axe(page)).toEqual([]);

    await page.context().setOffline(true);
    await page.reload();
    await page.locator('#offline-controle[data-uitslag="ja"]').waitFor();
    expect(await page.locator('.offline-versie').textContent()).toBe(version);
    expect(await page.locator('.offline-bestanden').textContent()).toBe(`${bestanden.length} / ${bestanden.length}`);
    expect(await page.locator('.offline-bron').textContent()).toMatch(/bewaard/);

    // Remove the search index's entry file from the cache: the check must notice, offline and online.
    const zoekbestand = bestanden.find((b) => b.startsWith('pagefind/pagefind-entry'))!;
    expect(zoekbestand).toBeTruthy();
    await page.evaluate(
      async ([naam, url]) => (await caches.open(naam)).delete(url),
      [`barrieremodel-${version}`, site.url(zoekbestand)],
    );
    await vak.locator('.offline-opnieuw').click();
    await page.locator('#offline-controle[data-uitslag="deels"]').waitFor();
    expect(await page.locator('.offline-uitslag').textContent()).toBe(
      `Nog niet: ${bestanden.length - 1} van de ${bestanden.length} bestanden staan op dit apparaat. Laat deze pagina open met internet tot alles is opgeslagen, en controleer dan opnieuw.`,
    );
    await page.context().setOffline(false);
    await vak.locator('.offline-opnieuw').click();
    await expect.poll(() => page.locator('.offline-ontbreekt li').allTextContents()).toEqual([zoekbestand]);
    expect(await page.locator('#offline-controle').getAttribute('data-uitslag')).toBe('deels');
  });
});
