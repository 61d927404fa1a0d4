/** A professional types a Dutch word and lands on the signal. */
import { describe, expect, it } from 'vitest';
import { useSite } from './browser.ts';

const site = useSite();
const SIGNAAL = process.env.E2E_SIGNAAL ?? 'uitschrijving-brp-naar-buitenland';
const WOORD = process.env.E2E_ZOEKWOORD ?? 'uitschrijving';

describe('search', () => {
  it('finds the signal from the search box in the header of any page', async () => {
    const page = await site.page();
    await page.goto(site.url('model/'));
    await page.getByRole('searchbox', { name: 'Zoek in het barrièremodel' }).fill(WOORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === `${site.base}zoeken/`);
    const first = page.locator('pagefind-results a[href]').first();
    await first.waitFor({ timeout: 15_000 });
    const paden = await page.locator('pagefind-results a[href]').evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
    expect(paden.slice(0, 3)).toContain(`${site.base}signalen/${SIGNAAL}/`);
    await page.locator(`pagefind-results a[href^="${site.base}signalen/${SIGNAAL}/"]`).first().click();
    await page.waitForURL((u) => u.pathname === `${site.base}signalen/${SIGNAAL}/`);
    expect(await page.locator('.soort').textContent()).toBe('Signaal');
  });

  it.runIf(!process.env.E2E_SIGNAAL).each([
    ['uitschrijving', 'uitschrijving-brp-naar-buitenland'],
    ['emigratie', 'uitschrijving-brp-naar-buitenland'],
    ['kindhuwelijk', 'dreigende-uithuwelijking'],
    ['uithuwelijking', 'dreigende-uithuwelijking'],
    ['spijbelen', 'ongeoorloofd-schoolverzuim'],
    ['verzuim', 'ongeoorloofd-schoolverzuim'],
  ])('ranks the signal first for %j (in the search page UI, with its ranking)', async (q, signaal) => {
    const page = await site.page();
    await page.goto(site.url(`zoeken/?q=${encodeURIComponent(q)}`));
    const first = page.locator('pagefind-results a[href]').first();
    await first.waitFor({ timeout: 15_000 });
    // Results may be re-ranked after they first appear: wait for the ranking the reader ends up with.
    const eerste = async () => new URL((await first.getAttribute('href'))!, site.url());
    await expect.poll(async () => (await eerste()).pathname, { timeout: 15_000 }).toBe(`${site.base}signalen/${signaal}/`);
    // Result links carry the searched words (?zoek=…) so the target page can mark them.
    const url = await eerste();
    expect(url.searchParams.get('zoek')?.toLowerCase()).toBe(q.toLowerCase());
  });

  it('offers filters for thema, type, fase and organisatie', async () => {
    const page = await site.page();
    await page.goto(site.url(`zoeken/?q=${encodeURIComponent(WOORD)}`));
    await page.locator('pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
    const pane = page.locator('pagefind-filter-pane');
    // The filter pane fills in as the filter index loads: wait until all four are there.
    await expect
      .poll(async () => {
        const tekst = ((await pane.textContent()) ?? '').toLowerCase();
        return ['thema', 'type', 'fase', 'organisatie'].filter((f) => !tekst.includes(f));
      }, { timeout: 15_000 })
      .toEqual([]);
  });

  it('explains that search needs JavaScript when it is off', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('zoeken/'));
    expect(await page.locator('noscript').count()).toBe(1);
    const html = await page.content();
    expect(html).toContain('Zoeken werkt met JavaScript');
  });
});
