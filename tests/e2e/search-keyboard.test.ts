/**
 * Search by keyboard and with a screen reader: the dialog opens with "/" and
 * Ctrl+K from any page (the UI is loaded only then), the input has focus,
 * results are announced in a live region, arrow keys and Enter follow a
 * result, Escape closes the dialog and gives focus back, and the target page
 * marks the searched word.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './browser.ts';

const site = useSite();
const WOORD = process.env.E2E_ZOEKWOORD ?? 'uitschrijving';

async function geopend(page: Awaited<ReturnType<typeof site.page>>) {
  return page.evaluate(() => !!document.querySelector('pagefind-modal dialog[open]'));
}

describe('search by keyboard', () => {
  it('loads no search code until it is asked for', async () => {
    const page = await site.page();
    const geladen: string[] = [];
    page.on('request', (r) => geladen.push(new URL(r.url()).pathname));
    await page.goto(site.url('model/'));
    expect(geladen.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => geopend(page), { timeout: 15_000 }).toBe(true);
    expect(geladen).toContain(`${site.base}pagefind/pagefind-component-ui.js`);
  });

  it('opens with "/", searches, announces the results, and follows a result with the arrow keys', async () => {
    const page = await site.page();
    await page.goto(site.url('model/'));
    await page.keyboard.press('/');
    await expect.poll(() => geopend(page), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('pagefind-input') !== null)).toBe(true);
    // Record what the live regions announce to a screen reader.
    await page.evaluate(() => {
      const w = window as unknown as { aankondigingen: string[] };
      w.aankondigingen = [];
      new MutationObserver(() => {
        for (const r of document.querySelectorAll('[data-pagefind-announcer] [aria-live]')) if (r.textContent?.trim()) w.aankondigingen.push(r.textContent.trim());
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.type(WOORD);
    await page.locator('pagefind-modal pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { aankondigingen: string[] }).aankondigingen.join(' | ')), { timeout: 15_000 })
      .toMatch(/\d+ resultat/);
    // Our wording, not Pagefind's own Dutch ("Reset").
    expect(await page.locator('pagefind-modal').textContent()).toContain('Wissen');
    expect(await page.locator('pagefind-modal').textContent()).not.toContain('Reset');
    // The result line says what kind of entry it is.
    expect(await page.locator('pagefind-modal .bm-result-type').first().textContent()).toMatch(/^(Signaal|Interventie|Organisatie|Begrip|Kader|Thema|Casus|Bron)$/);
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(new RegExp(`^${site.base}.+\\?zoek=`));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.has('zoek'));
    // The target page marks the searched word.
    await expect.poll(() => page.locator('mark.pagefind-highlight').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('opens with Ctrl+K even from a text field, and Escape closes it and returns focus', async () => {
    const page = await site.page();
    await page.goto(site.url('signalen/'));
    await page.getByRole('searchbox', { name: 'Zoek in het barrièremodel' }).focus();
    await page.keyboard.press('/');
    expect(await geopend(page)).toBe(false);
    await page.keyboard.press('Control+k');
    await expect.poll(() => geopend(page), { timeout: 15_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => geopend(page), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id')), { timeout: 15_000 }).toBe('site-zoekterm');
  });
});
