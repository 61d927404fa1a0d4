/**
 * A professional types a word or a situation and lands on the signal, on any
 * screen; nothing typed reaches the server; no search ends in an empty page.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './browser.ts';
import { paginaPaneel, resultaatPaden, wachtOpZoeken } from '../support/zoek.ts';

const site = useSite();
const SIGNAAL = process.env.E2E_SIGNAAL ?? 'uitschrijving-brp-naar-buitenland';
const WOORD = process.env.E2E_ZOEKWOORD ?? 'uitschrijving';

describe('search', () => {
  it('finds the signal from the search box in the header, without sending the query to the server', async () => {
    const page = await site.page();
    const verzoeken: string[] = [];
    page.on('request', (r) => verzoeken.push(r.url()));
    await page.goto(site.url('model/'));
    await page.getByRole('searchbox', { name: 'Zoek in het barrièremodel' }).fill(WOORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === `${site.base}zoeken/`);
    expect(new URL(page.url()).hash).toBe(`#q=${encodeURIComponent(WOORD)}`);
    const paneel = paginaPaneel(page);
    await wachtOpZoeken(paneel, WOORD);
    expect((await resultaatPaden(paneel)).slice(0, 3)).toContain(`${site.base}signalen/${SIGNAAL}/`);
    await paneel.locator(`.zoekresultaat__titel a[href="${site.base}signalen/${SIGNAAL}/"]`).click();
    await page.waitForURL((u) => u.pathname === `${site.base}signalen/${SIGNAAL}/`);
    expect(await page.locator('.soort').textContent()).toBe('Signaal');
    // Neither the query nor the words to mark went to the server: no request carries them as a parameter.
    expect(verzoeken.filter((u) => new URL(u).search.toLowerCase().includes(WOORD.toLowerCase()))).toEqual([]);
    expect(verzoeken.filter((u) => ['q', 'zoek'].some((k) => new URL(u).searchParams.has(k)))).toEqual([]);
    // The opened page marks the searched word (CSS Custom Highlight API).
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('zoekterm')?.size ?? 0)).toBeGreaterThan(0);
  });

  it.runIf(!process.env.E2E_SIGNAAL).each([
    ['uitschrijving', 'uitschrijving-brp-naar-buitenland'],
    ['emigratie', 'uitschrijving-brp-naar-buitenland'],
    ['kindhuwelijk', 'dreigende-uithuwelijking'],
    ['uithuwelijking', 'dreigende-uithuwelijking'],
    ['spijbelen', 'ongeoorloofd-schoolverzuim'],
    ['verzuim', 'ongeoorloofd-schoolverzuim'],
    ['kind al 4 weken niet op school, ouders zeggen dat het ziek is', 'veel-ziekteverzuim'],
    ['leerling van 15 gaat na de zomer trouwen', 'dreigende-uithuwelijking'],
    ['meisje uitgeschreven naar roemenie maar ze woont nog hier', 'uitschrijving-brp-naar-buitenland'],
  ])('ranks the signal first for %j', async (q, signaal) => {
    const page = await site.page();
    await page.goto(site.url(`zoeken/#q=${encodeURIComponent(q)}`));
    const paneel = paginaPaneel(page);
    await wachtOpZoeken(paneel, q);
    expect((await resultaatPaden(paneel))[0]).toBe(`${site.base}signalen/${signaal}/`);
  });

  it('never ends in an empty page: no results still offers closest signals, the guided page and the roles', async () => {
    const page = await site.page();
    const q = 'xqzw vlpkt';
    await page.goto(site.url(`zoeken/#q=${encodeURIComponent(q)}`));
    const paneel = paginaPaneel(page);
    await wachtOpZoeken(paneel, q);
    expect(await paneel.locator('.zoekstatus').textContent()).toContain('Niets gevonden');
    const verder = paneel.locator('.zoek-verder');
    expect(await verder.isVisible()).toBe(true);
    expect(await verder.locator(`a[href="${site.base}ik-zie-iets/"]`).count()).toBe(1);
    expect(await verder.locator(`a[href="${site.base}model/"]`).count()).toBe(1);
    expect(await verder.locator(`a[href^="${site.base}voor/"]`).count()).toBeGreaterThanOrEqual(6);
  });

  it.runIf(!process.env.E2E_SIGNAAL)('offers "Bedoelde je…" with the closest signals when the words match little', async () => {
    const page = await site.page();
    const q = 'opa praat wijkteam';
    await page.goto(site.url(`zoeken/#q=${encodeURIComponent(q)}`));
    const paneel = paginaPaneel(page);
    await wachtOpZoeken(paneel, q);
    const bedoel = paneel.locator('.zoek-bedoel');
    await expect.poll(() => bedoel.isVisible()).toBe(true);
    expect(await bedoel.locator('a').count()).toBeGreaterThan(0);
  });

  it('filters the results by type, and says how many are left', async () => {
    const page = await site.page();
    await page.goto(site.url(`zoeken/#q=${encodeURIComponent(WOORD)}`));
    const paneel = paginaPaneel(page);
    await wachtOpZoeken(paneel, WOORD);
    const vak = paneel.locator('details.zoekfilters-vak');
    if (!(await vak.evaluate((d) => (d as HTMLDetailsElement).open))) await vak.locator('summary').click();
    const filters = paneel.locator('.zoekfilters');
    const tekst = ((await filters.textContent()) ?? '').toLowerCase();
    for (const f of ['soort', 'thema']) expect(tekst).toContain(f);
    const voor = await paneel.locator('.zoekresultaat').count();
    await filters.getByRole('checkbox', { name: /^Signaal/ }).check();
    await expect.poll(() => paneel.locator('.zoekresultaat').count()).toBeLessThan(voor);
    const soorten = await paneel.locator('.zoekresultaat__soort').allTextContents();
    expect(soorten.every((s) => s.startsWith('Signaal'))).toBe(true);
  });

  it.each([320, 390, 1280, 1920])('fits a %i px wide screen without sideways scrolling, title first', async (breedte) => {
    const page = await site.page({ viewport: { width: breedte, height: 800 } });
    const q = 'meisje uitgeschreven naar roemenie maar ze woont nog hier';
    await page.goto(site.url(`zoeken/#q=${encodeURIComponent(q)}`));
    const paneel = paginaPaneel(page);
    await wachtOpZoeken(paneel, q);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(breedte);
    // The title is the dominant line of a result.
    const [titel, soort] = await Promise.all(
      ['.zoekresultaat__titel', '.zoekresultaat__soort'].map((s) =>
        paneel
          .locator(s)
          .first()
          .evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(titel).toBeGreaterThan(soort);
    // On a phone the first result is on the first screen; the filters fold away below the results.
    const boven = await paneel
      .locator('.zoekresultaat')
      .first()
      .evaluate((e) => e.getBoundingClientRect().top);
    expect(boven).toBeLessThan(800);
  });

  it('explains that search needs JavaScript when it is off, and still offers the ways on', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('zoeken/'));
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.content()).toContain('Zoeken werkt met JavaScript');
    expect(await page.locator(`.zoek-verder a[href="${site.base}ik-zie-iets/"]`).isVisible()).toBe(true);
  });
});
