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
    expect(await fasen.allTextContents()).toEqual([
      'Voorkomen',
      'Signaleren',
      'Bemoeilijken',
      'Sanctioneren',
      'Perspectief bieden',
    ]);
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

  it('says on every step whether sharing is a duty or a right, and links to "Mag ik dit delen?" with its kaders', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url(`signalen/${SIGNAAL}/`));
    const stappen = page.locator('li.stap');
    const regels = await stappen.locator('.delen-kort').allTextContents();
    expect(regels.length).toBe(await stappen.count());
    for (const r of regels) expect(r).toMatch(/Mag ik dit delen\?.*\b(plicht|recht): \S/s);

    const link = stappen.first().locator('.delen-kort a');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${site.base}interventies/[a-z0-9-]+/#mag-ik-dit-delen$`));
    await link.click();
    const sectie = page.locator('section.delen');
    expect(await sectie.getByRole('heading', { level: 2 }).textContent()).toBe('Mag ik dit delen?');
    expect(await sectie.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      expect.arrayContaining(['Wat mag je delen?', 'Met wie?', 'Op welke grond?']),
    );
    // Each ground names duty or right, its kind, and links to the kader where it is written down.
    const grondslagen = sectie.locator('li.grondslag');
    expect(await grondslagen.count()).toBeGreaterThan(0);
    for (const g of await grondslagen.all()) {
      expect(await g.locator('strong').textContent()).toMatch(/^(plicht|recht): \S/);
      expect(await g.locator(`a[href^="${site.base}kaders/"]`).count()).toBe(1);
    }
    // The table of contents of the page leads to the section too.
    expect(await page.locator('.toc a[href="#mag-ik-dit-delen"]').count()).toBe(1);
  });

  it('shows each source once, with the sections cited, the public URL, and line numbers only as a small secondary anchor', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url(`signalen/${SIGNAAL}/`));
    const bronnen = page.locator('.bronnen li.bron');
    const titels = await bronnen.locator('cite').allTextContents();
    expect(titels.length).toBeGreaterThan(0);
    expect(new Set(titels).size, 'a source prints once').toBe(titels.length);
    for (const b of await bronnen.all()) expect(await b.locator('.vindplaatsen li').count()).toBeGreaterThan(0);

    // The Kamerbrief (a source text cited by line numbers): its section headings, its public URL, lines in small print.
    const brief = bronnen.filter({ hasText: 'Kamerbrief' });
    expect(await brief.locator('.bron-url a').getAttribute('href')).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-32824-52.html',
    );
    const plaatsen = await brief.locator('.vindplaatsen li').allTextContents();
    expect(plaatsen.some((p) => p.includes('§ ') && p.includes('Protocol «uitschrijving leerplichtige kinderen»'))).toBe(true);
    for (const p of plaatsen) expect(p).toMatch(/^§ /);
    expect(await brief.locator('.vindplaatsen small.regels').first().textContent()).toMatch(/^ \(regels? \d/);

    // In print, the line numbers are left out.
    await page.emulateMedia({ media: 'print' });
    expect(await brief.locator('small.regels').first().isVisible()).toBe(false);
    expect(await brief.locator('cite').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await brief.locator('small.regels').first().isVisible()).toBe(true);
    expect(await page.locator('.meta time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows on a law page the date on which its current text was read', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('kaders/participatiewet/'));
    const stand = page.locator('.stand-van-de-wet');
    expect(await stand.textContent()).toMatch(/^Stand van de wet: \d{1,2} \w+ \d{4}$/);
    expect(await stand.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reaches every signal from the home page and from the overview', async () => {
    const signalen = readdirSync(join(site.dist, 'signalen'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
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
    const hrefs = await page
      .locator('a[href^="/"], link[href^="/"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const h of hrefs) expect(h.startsWith(site.base), h).toBe(true);
  });
});
