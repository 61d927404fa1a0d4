/** axe (WCAG 2.1 A + AA) finds no violation on each page type, and keyboard use works. */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { axe, useSite } from './browser.ts';
import { MET_PAGINA } from '../../src/lib/model.ts';
import { paginaPaneel, wachtOpZoeken } from '../support/zoek.ts';

const site = useSite();

function eersteVan(collection: string): string {
  const ids = readdirSync(join(inject('dist'), collection), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return ids[0];
}

describe('accessibility', () => {
  // One test per page type, so that no single test has to sweep them all within its time limit.
  const paths = [
    '',
    'model/',
    'voor/leerplicht/',
    'ik-zie-iets/',
    'zoeken/#q=leerplicht',
    'bestaat-niet/',
    ...MET_PAGINA.flatMap((c) => [`${c}/`, `${c}/${eersteVan(c)}/`]),
  ];
  it.each(paths)('has no axe violations on /%s', async (path) => {
    const page = await site.page();
    await page.goto(site.url(path));
    if (path.startsWith('zoeken')) await wachtOpZoeken(paginaPaneel(page), 'leerplicht');
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it('has no axe violations at 320 px wide', async () => {
    const page = await site.page({ viewport: { width: 320, height: 640 } });
    for (const path of [
      '',
      `signalen/${eersteVan('signalen')}/`,
      'signalen/dreigende-uithuwelijking/',
      `interventies/${eersteVan('interventies')}/`,
      `organisaties/${eersteVan('organisaties')}/`,
      'ik-zie-iets/',
      'model/',
    ]) {
      await page.goto(site.url(path));
      expect(await axe(page), path).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });

  it('starts with a skip link that moves focus to the content', async () => {
    const page = await site.page();
    await page.goto(site.url(`signalen/${eersteVan('signalen')}/`));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
  });
});
