/**
 * The workshop kit: case exercises with a reveal that works without
 * JavaScript, presentation mode by keyboard, and handouts that print cleanly
 * (checked with Chromium's print emulation and its PDF output).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from './browser.ts';

const site = useSite();
const casus = () => readdirSync(join(site.dist, 'casussen'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()[0];

/** Page count and page size (points) of a PDF, read from its page objects. */
function pdfInfo(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const paginas = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { paginas, breedte: Number(box?.[1]), hoogte: Number(box?.[2]) };
}

describe('case exercises', () => {
  it('hides the answers behind a reveal that works without JavaScript', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url(`casussen/${casus()}/`));
    expect(await page.locator('#situatie').isVisible()).toBe(true);
    expect(await page.locator('#vragen').isVisible()).toBe(true);
    expect(await page.locator('#antwoorden').isVisible()).toBe(false);
    await page.locator('details.antwoorden > summary').click();
    expect(await page.locator('#antwoorden').isVisible()).toBe(true);
    expect(await page.locator('#wat-gebeurde-er').isVisible()).toBe(true);
    // The answers name the signals, and the interventions per phase with who is responsible.
    expect(await page.locator('details.antwoorden a[href*="/signalen/"]').count()).toBeGreaterThan(0);
  });

  it('opens the reveal by keyboard', async () => {
    const page = await site.page();
    await page.goto(site.url(`casussen/${casus()}/`));
    await page.locator('details.antwoorden > summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#antwoorden').isVisible()).toBe(true);
  });

  it('lists the cases by theme with the signals each one trains', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('casussen/'));
    expect(await page.locator('main h2').count()).toBeGreaterThan(0);
    expect(await page.locator('main li', { hasText: 'Oefent:' }).count()).toBeGreaterThan(5);
  });
});

describe('presentation mode', () => {
  it('is readable without JavaScript: every slide is on the page', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url(`casussen/${casus()}/presentatie/`));
    expect(await page.locator('section.dia').count()).toBe(5);
    expect(await page.locator('#dia-2 h2').textContent()).toBe('Situatie');
  });

  it('moves between slides with the arrow keys and leaves with Escape', async () => {
    const page = await site.page({ viewport: { width: 1280, height: 720 } });
    await page.goto(site.url('model/presentatie/'));
    const zichtbaar = () => page.evaluate(() => [...document.querySelectorAll('.dia')].findIndex((d) => Math.abs(d.getBoundingClientRect().top) < 5));
    expect(await zichtbaar()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(zichtbaar).toBe(1);
    expect(page.url()).toMatch(/#dia-2$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(zichtbaar).toBe(1);
    await page.keyboard.press('End');
    const laatste = await page.locator('.dia').count();
    await expect.poll(zichtbaar).toBe(laatste - 1);
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => u.pathname === `${site.base}model/`);
  });
});

describe('handouts', () => {
  it('prints a signal page without navigation or search, black on white', async () => {
    const page = await site.page();
    await page.goto(site.url('signalen/dreigende-uithuwelijking/'));
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.site-nav', '.breadcrumbs', '.toc']) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    }
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    const pdf = pdfInfo(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pdf.paginas).toBeGreaterThan(0);
    expect(Math.abs(pdf.breedte - 595.3)).toBeLessThan(1); // A4 portrait: 210 mm = 595.3 pt
  });

  it('prints a case without the answers, and the answer version with them', async () => {
    const page = await site.page();
    await page.goto(site.url(`casussen/${casus()}/`));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#antwoorden').isVisible()).toBe(false);
    const zonder = pdfInfo(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.goto(site.url(`casussen/${casus()}/antwoorden/`));
    expect(await page.locator('#antwoorden').isVisible()).toBe(true);
    const met = pdfInfo(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(met.paginas).toBeGreaterThan(zonder.paginas);
  });

  it('prints the barrier-model overview on A3 landscape without cutting a row', async () => {
    const page = await site.page();
    await page.goto(site.url('model/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.overzicht tbody tr')!).breakInside)).toBe('avoid');
    const pdf = pdfInfo(await page.pdf({ preferCSSPageSize: true }));
    expect([Math.round(pdf.breedte), Math.round(pdf.hoogte)]).toEqual([1191, 842]);
    expect(pdf.paginas).toBeGreaterThan(0);
  });
});
