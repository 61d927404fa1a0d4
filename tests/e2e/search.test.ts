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
    // Result links carry the searched words (?zoek=…) so the target page can mark them.
    const url = new URL((await first.getAttribute('href'))!, site.url());
    expect(url.pathname).toBe(`${site.base}signalen/${signaal}/`);
    expect(url.searchParams.get('zoek')?.toLowerCase()).toBe(q.toLowerCase());
  });

  it('offers filters for thema, type, fase and organisatie', async () => {
    const page = await site.page();
    await page.goto(site.url(`zoeken/?q=${encodeURIComponent(WOORD)}`));
    await page.locator('pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
    const pane = page.locator('pagefind-filter-pane');
    await expect.poll(async () => (await pane.textContent())?.toLowerCase() ?? '').toContain('type');
    const text = ((await pane.textContent()) ?? '').toLowerCase();
    for (const f of ['thema', 'type', 'fase', 'organisatie']) expect(text).toContain(f);
  });

  it('explains that search needs JavaScript when it is off', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('zoeken/'));
    expect(await page.locator('noscript').count()).toBe(1);
    const html = await page.content();
    expect(html).toContain('Zoeken werkt met JavaScript');
  });
});
