/**
 * Search by keyboard and with a screen reader: the dialog opens with "/" and
 * Ctrl+K from any page (the search code loads only then), the box has focus,
 * the result count is announced in a status region, ↓ moves to the top
 * result and Enter opens it, Escape closes the dialog and gives focus back,
 * and the hint says exactly that.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './browser.ts';
import { dialoogPaneel, wachtOpZoeken } from '../support/zoek.ts';

const site = useSite();
const WOORD = process.env.E2E_ZOEKWOORD ?? 'uitschrijving';

const geopend = (page: Awaited<ReturnType<typeof site.page>>) =>
  page.evaluate(() => !!document.querySelector('dialog.zoekdialoog[open]'));

describe('search by keyboard', () => {
  it('loads no search code until it is asked for', async () => {
    const page = await site.page();
    const geladen: string[] = [];
    page.on('request', (r) => geladen.push(new URL(r.url()).pathname));
    await page.goto(site.url('model/'));
    await page.waitForLoadState('load');
    expect(geladen.filter((p) => p.includes('/pagefind/') || p.includes('zoek-ui') || p.endsWith('signalen.json'))).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => geopend(page)).toBe(true);
    await expect.poll(() => geladen.some((p) => p.includes('zoek-ui'))).toBe(true);
  });

  it('opens with "/", announces the results, and ↓ + Enter opens the top result', async () => {
    const page = await site.page();
    await page.goto(site.url('model/'));
    await page.keyboard.press('/');
    await expect.poll(() => geopend(page)).toBe(true);
    const paneel = dialoogPaneel(page);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('dialog.zoekdialoog input[type="search"]')))
      .toBe(true);
    expect(await paneel.locator('.zoekvak__hint').textContent()).toMatch(/↓.*Enter.*Esc sluit/);
    await page.keyboard.type(WOORD);
    await wachtOpZoeken(paneel, WOORD);
    // The count is announced by a status region (role="status" is a polite live region).
    const status = paneel.locator('[role="status"]');
    expect(await status.textContent()).toMatch(/\d+ resultat/);
    // The result line says what kind of entry it is.
    expect(await paneel.locator('.zoekresultaat__soort').first().textContent()).toMatch(
      /^(Signaal|Interventie|Organisatie|Begrip|Kader|Thema|Casus|Bron)/,
    );
    const eerste = await paneel.locator('.zoekresultaat__titel a').first().getAttribute('href');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(eerste);
    // No query in the link: the words to mark travel in sessionStorage.
    expect(eerste).not.toContain('?');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === eerste);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('zoekterm')?.size ?? 0)).toBeGreaterThan(0);
  });

  it('Enter in the box opens the top result', async () => {
    const page = await site.page();
    await page.goto(site.url('signalen/'));
    await page.keyboard.press('/');
    await expect.poll(() => geopend(page)).toBe(true);
    await page.keyboard.type(WOORD);
    const paneel = dialoogPaneel(page);
    await wachtOpZoeken(paneel, WOORD);
    const eerste = await paneel.locator('.zoekresultaat__titel a').first().getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === eerste);
  });

  it('opens with Ctrl+K even from a text field, and Escape closes it and returns focus', async () => {
    const page = await site.page();
    await page.goto(site.url('signalen/'));
    const kopveld = page.getByRole('searchbox', { name: 'Zoek in het barrièremodel' }).first();
    await kopveld.focus();
    await page.keyboard.press('/');
    expect(await geopend(page)).toBe(false);
    await page.keyboard.press('Control+k');
    await expect.poll(() => geopend(page)).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('dialog.zoekdialoog input[type="search"]')))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => geopend(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe('site-zoekterm');
  });
});
