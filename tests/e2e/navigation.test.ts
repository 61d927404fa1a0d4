/**
 * A professional browses: home → signal → intervention → organisation and
 * back, without JavaScript, under the sub-path.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from './browser.ts';

const site = useSite();
const SIGNAAL = process.env.E2E_SIGNAAL ?? 'uitschrijving-brp-naar-buitenland';

describe('browsing the barrier model', () => {
  it('follows a signal to an intervention to an organisation and back', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url());
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
    await expect.poll(() => page.url()).toBe(site.url('signalen/'));
    await page.locator(`main a[href="${site.base}signalen/${SIGNAAL}/"]`).first().click();
    const signaalTitel = await page.locator('h1').textContent();

    // "Wie is aan zet?" shows the five phases in order, each step with who is responsible.
    const fasen = page.locator('#wie-is-aan-zet ~ ol.fasen > li h3');
    expect(await fasen.allTextContents()).toEqual(['Voorkomen', 'Signaleren', 'Bemoeilijken', 'Sanctioneren', 'Perspectief bieden']);
    const stap = page.locator('li.stap').first();
    await expect.poll(() => stap.locator('.wie a').count()).toBeGreaterThan(0);

    await stap.locator('.stap-titel a').click();
    expect(page.url()).toContain(`${site.base}interventies/`);
    expect(await page.locator('.soort').textContent()).toBe('Interventie');
    // The intervention links back to the signal it came from.
    await expect.poll(() => page.locator(`main a[href="${site.base}signalen/${SIGNAAL}/"]`).count()).toBeGreaterThan(0);

    await page.locator('.kenmerken a[href*="/organisaties/"]').first().click();
    expect(page.url()).toContain(`${site.base}organisaties/`);
    expect(await page.getByRole('heading', { name: 'Rol in het barrièremodel' }).count()).toBe(1);

    // "Wat is mijn rol": the organisation lists the signal; follow it back.
    await page.locator(`#rol-kop ~ * a[href="${site.base}signalen/${SIGNAAL}/"]`).first().click();
    expect(await page.locator('h1').textContent()).toBe(signaalTitel);
  });

  it('shows sources with a location and the review date on a signal', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url(`signalen/${SIGNAAL}/`));
    const bronnen = await page.locator('.bronnen li').allTextContents();
    expect(bronnen.length).toBeGreaterThan(0);
    for (const b of bronnen) expect(b).toMatch(/, \S/);
    expect(await page.locator('.meta time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reaches every signal from the home page and from the overview', async () => {
    const signalen = readdirSync(join(site.dist, 'signalen'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(signalen).toContain(SIGNAAL);
    const page = await site.page({ javaScriptEnabled: false });
    for (const path of ['', 'model/']) {
      await page.goto(site.url(path));
      for (const id of signalen) {
        expect(await page.locator(`main a[href="${site.base}signalen/${id}/"]`).count(), `${path} → ${id}`).toBeGreaterThan(0);
      }
    }
  });

  it('works without JavaScript: the phases and steps are in the HTML', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url(`signalen/${SIGNAAL}/`));
    expect(await page.locator('ol.fasen > li').count()).toBe(5);
    expect(await page.locator('.eerste-stap p').first().textContent()).not.toBe('');
  });

  it('keeps every link inside the sub-path', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url(`signalen/${SIGNAAL}/`));
    const hrefs = await page.locator('a[href^="/"], link[href^="/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const h of hrefs) expect(h.startsWith(site.base), h).toBe(true);
  });
});
