/**
 * The example edition (a fictitious municipality), built under /barrieremodel/
 * and served with the Content-Security-Policy of the hosting guide.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { axe, useSite } from './browser.ts';
import { paginaPaneel, wachtOpZoeken } from '../support/zoek.ts';

const headersConf = readFileSync(new URL('../../hosting/security-headers.conf', import.meta.url), 'utf8');
const csp = /add_header Content-Security-Policy "([^"]+)"/.exec(headersConf)![1];
const site = useSite({ editie: true, headers: { 'content-security-policy': csp } });
const SIGNAAL = 'uitschrijving-brp-naar-buitenland';

/** Collects CSP violations and console errors of a page. */
async function bewaakt(page: Awaited<ReturnType<typeof site.page>>) {
  const fouten: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return fouten;
}

describe('a municipal edition', () => {
  it('shows its own name, logo and theme colours', async () => {
    const page = await site.page();
    await page.goto(site.url());
    expect(await page.locator('.site-naam').textContent()).toContain('Barrièremodel Duinwijk');
    expect(await page.locator('.site-naam img').getAttribute('alt')).toBe('Gemeente Duinwijk');
    expect(await page.title()).toBe('Barrièremodel Duinwijk');
    const kleur = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(kleur).toBe('rgb(0, 90, 78)');
    expect(await page.locator('footer').textContent()).toContain('een uitgave van Gemeente Duinwijk (fictief)');
  });

  it('shows a local contact, a local intervention and "In onze gemeente" on a signal', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url(`signalen/${SIGNAAL}/`));
    const signaleren = page.locator('li.fase--signaleren');
    expect(await signaleren.locator(`a[href="${site.base}interventies/casusoverleg-duinwijk/"]`).count()).toBe(1);
    expect(await page.locator('.wie.lokaal').first().textContent()).toMatch(/Contact bij .+: .*0900-000000\d/);
    const blok = page.locator('.in-onze-gemeente');
    expect(await blok.locator('h2').textContent()).toBe('In onze gemeente');
    expect(await blok.textContent()).toContain('Burgerzaken meldt elke uitschrijving');
    // The local route comes right after the first step, before "Wat zie je?", and is listed in "Op deze pagina".
    expect(
      await page.evaluate(() => {
        const blok = document.querySelector('.in-onze-gemeente')!;
        const stap = document.querySelector('.eerste-stap')!;
        const wat = document.getElementById('wat-zie-je')!;
        return (
          !!(stap.compareDocumentPosition(blok) & Node.DOCUMENT_POSITION_FOLLOWING) &&
          !!(blok.compareDocumentPosition(wat) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      }),
    ).toBe(true);
    expect(await page.locator('.toc a[href="#in-onze-gemeente"]').count()).toBe(1);
    // The local number comes first in the call block.
    expect(await page.locator('.bel-blok li').first().getAttribute('class')).toContain('bel--lokaal');
    // The local intervention is part of the graph: its page links back to the signal.
    await page.goto(site.url('interventies/casusoverleg-duinwijk/'));
    expect(await page.locator(`main a[href="${site.base}signalen/${SIGNAAL}/"]`).count()).toBeGreaterThan(0);
    await page.goto(site.url('organisaties/leerplicht/'));
    expect(await page.locator('.lokaal-contact').textContent()).toContain('Leerplicht en RMC Duinwijk');
  });

  it('fills the accessibility statement, privacy page and colophon from the configuration', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('toegankelijkheid/'));
    expect(await page.locator('main').textContent()).toContain('voldoet gedeeltelijk');
    expect(await page.locator('main a[href="mailto:toegankelijkheid@duinwijk.example"]').count()).toBeGreaterThan(0);
    await page.goto(site.url('privacy/'));
    expect(await page.locator('main').textContent()).toContain('Geen cookies');
    await page.goto(site.url('colofon/'));
    expect(await page.locator('main').textContent()).toMatch(/Barrièremodel versie \d+\.\d+\.\d+/);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('searches with result links under the sub-path, without CSP violations', async () => {
    const page = await site.page();
    const fouten = await bewaakt(page);
    await page.goto(site.url('zoeken/#q=casusoverleg'));
    const paneel = paginaPaneel(page);
    await wachtOpZoeken(paneel, 'casusoverleg');
    const hrefs = await paneel.locator('.zoekresultaat__titel a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(hrefs[0]).toBe(`${site.base}interventies/casusoverleg-duinwijk/`);
    for (const h of hrefs) expect(h.startsWith(site.base), h).toBe(true);
    expect(fouten).toEqual([]);
  });

  it('serves every page type without CSP violations or axe violations', async () => {
    const page = await site.page();
    const fouten = await bewaakt(page);
    for (const path of ['', `signalen/${SIGNAAL}/`, 'organisaties/leerplicht/', 'toegankelijkheid/', 'colofon/', 'data/']) {
      await page.goto(site.url(path));
      expect(await axe(page), path).toEqual([]);
    }
    expect(fouten).toEqual([]);
  });

  it('exports the model as JSON and CSV with the local additions', async () => {
    const json = JSON.parse(readFileSync(`${site.dist}data/barrieremodel.json`, 'utf8'));
    expect(json.editie).toBe('Barrièremodel Duinwijk');
    expect(json.interventies.map((i: { id: string }) => i.id)).toContain('casusoverleg-duinwijk');
    const leerplicht = json.organisaties.find((o: { id: string }) => o.id === 'leerplicht');
    expect(leerplicht.lokaalContact.telefoon).toEqual([{ nummer: '0900-0000001' }]);
    const csv = readFileSync(`${site.dist}data/interventies.csv`, 'utf8');
    expect(csv.startsWith('\uFEFFid,titel,')).toBe(true);
    expect(csv).toContain('casusoverleg-duinwijk');
  });
});
