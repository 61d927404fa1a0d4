/**
 * From a situation to the right phone call: call links that dial the number
 * they show, a number to call on every signal page above "Wat zie je?",
 * "your role first", the guided "Ik zie iets" page (by keyboard, for a
 * screen reader, and without JavaScript), and contact where you need it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { useSite } from './browser.ts';

const site = useSite();

function htmlBestanden(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? d.name === 'pagefind' || d.name === '_astro'
        ? []
        : htmlBestanden(join(dir, d.name))
      : d.name.endsWith('.html')
        ? [join(dir, d.name)]
        : [],
  );
}

const signalen = () =>
  readdirSync(join(site.dist, 'signalen'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

describe('calling the right number', () => {
  it('every tel: link in the built site dials exactly the number its text shows', () => {
    let geteld = 0;
    const fout: string[] = [];
    for (const f of htmlBestanden(site.dist)) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<a\b[^>]*href="tel:([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
        geteld++;
        // The visible number: for a call button, the part marked as the number.
        const binnen = /class="bel__nummer">([^<]+)</.exec(m[2])?.[1] ?? m[2].replace(/<[^>]+>/g, '');
        const tekst = binnen.trim();
        const verwacht = tekst === '112' ? 'tel:112' : parsePhoneNumberWithError(tekst, 'NL').getURI();
        if (`tel:${m[1]}` !== verwacht) fout.push(`${f.slice(site.dist.length)}: "${tekst}" → tel:${m[1]}`);
      }
    }
    expect(geteld).toBeGreaterThan(100);
    expect(fout).toEqual([]);
  });

  it('every signal page offers a number to tap above "Wat zie je?", 112 first where it is acute', async () => {
    const page = await site.page({ viewport: { width: 390, height: 844 } });
    for (const id of signalen()) {
      await page.goto(site.url(`signalen/${id}/`));
      const voor = await page.evaluate(() => {
        const kop = document.getElementById('wat-zie-je');
        return [...document.querySelectorAll<HTMLAnchorElement>('.bel-blok a.tel')]
          .filter((a) => kop && a.compareDocumentPosition(kop) & Node.DOCUMENT_POSITION_FOLLOWING)
          .map((a) => a.getAttribute('href'));
      });
      expect(voor.length, id).toBeGreaterThan(0);
      expect(voor, id).toContain('tel:+318002000');
      const acuut = (await page.locator('.kenmerken').textContent())?.includes('Acuut');
      if (acuut) expect(voor[0], id).toBe('tel:112');
    }
  });

  it('never breaks a number across two lines', async () => {
    const page = await site.page({ viewport: { width: 320, height: 640 } });
    await page.goto(site.url('signalen/gezin-onbereikbaar-voor-hulp/'));
    // Every visible call link is one box: one line (hidden ones, such as another role's block, have none).
    const regels = await page
      .locator('a.tel')
      .evaluateAll((els) => els.map((e) => [e.textContent, e.getClientRects().length] as const).filter(([, n]) => n > 0));
    expect(regels.length).toBeGreaterThan(1);
    expect(regels.filter(([, n]) => n !== 1)).toEqual([]);
    // And the rule that makes it so, wherever the number falls on the line.
    const zonderNowrap = await page
      .locator('a.tel')
      .evaluateAll((els) =>
        els
          .filter((e) => getComputedStyle(e.querySelector('.bel__nummer') ?? e).whiteSpace !== 'nowrap')
          .map((e) => e.textContent),
      );
    expect(zonderNowrap).toEqual([]);
  });

  it('puts the phone number right under the title of an organisation page', async () => {
    const page = await site.page({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url('organisaties/veilig-thuis/'));
    const snel = page.locator('.snel-contact');
    expect(await snel.locator('a.tel').getAttribute('href')).toBe('tel:+318002000');
    expect(await snel.evaluate((e) => e.getBoundingClientRect().top)).toBeLessThan(844);
    expect(await snel.locator('a[href="#contact"]').count()).toBe(1);
  });

  it('says which organisation leads an intervention', async () => {
    const page = await site.page();
    await page.goto(site.url('signalen/uitschrijving-brp-naar-buitenland/'));
    expect(await page.locator('#wie-is-aan-zet ~ ol.fasen .regie').count()).toBeGreaterThan(0);
  });

  it('shows a legal threshold with its source on the signal it belongs to', async () => {
    const page = await site.page();
    await page.goto(site.url('signalen/ongeoorloofd-schoolverzuim/'));
    const kenmerken = (await page.locator('.kenmerken').textContent()) ?? '';
    expect(kenmerken).toContain('Wettelijke drempels');
    expect(kenmerken).toMatch(/16 uur/);
  });
});

describe('your role first', () => {
  it('remembers the chosen role on this device, marks its steps on a signal page, and forgets it on request', async () => {
    const page = await site.page();
    await page.goto(site.url());
    const knop = page.locator('[data-kies-rol="school"]').first();
    await knop.click();
    expect(await knop.getAttribute('aria-pressed')).toBe('true');
    await page.goto(site.url('signalen/ongeoorloofd-schoolverzuim/'));
    const blok = page.locator('[data-voor-rol="school"]');
    expect(await blok.isVisible()).toBe(true);
    expect(await page.locator('[data-voor-rol="leerplicht"]').isVisible()).toBe(false);
    const stappen = await page
      .locator('#wat-doe-je-nu ~ ol > li')
      .evaluateAll((lis) => lis.map((li, i) => (li.classList.contains('mijn-stap') ? i + 1 : 0)).filter(Boolean));
    const verwacht = await page.locator('tr[data-rol="school"] td').first().textContent();
    expect(stappen.join(', ')).toBe(verwacht);
    expect(await page.context().cookies()).toEqual([]);
    await page.goto(site.url('privacy/'));
    await page.locator('[data-vergeet-rol]').click();
    await page.goto(site.url('signalen/ongeoorloofd-schoolverzuim/'));
    expect(await page.locator('li.mijn-stap').count()).toBe(0);
    expect(await blok.isVisible()).toBe(false);
  });

  it("without JavaScript, shows every role's part as a table and no role buttons", async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('signalen/ongeoorloofd-schoolverzuim/'));
    expect(await page.locator('.per-rol tbody tr').count()).toBeGreaterThan(1);
    await page.goto(site.url());
    expect(await page.locator('[data-kies-rol]').first().isVisible()).toBe(false);
  });
});

describe('Ik zie iets, maar weet niet wat', () => {
  it('without JavaScript lists every observation with links to its signals', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('ik-zie-iets/'));
    const observaties = page.locator('.gids__observatie');
    const aantal = await observaties.count();
    expect(aantal).toBeGreaterThan(50);
    const zonderLink = await observaties.evaluateAll(
      (els) => els.filter((e) => !e.querySelector('.gids__past a[href*="/signalen/"]')).length,
    );
    expect(zonderLink).toBe(0);
    expect(await page.locator('input[name="observatie"]').first().isVisible()).toBe(false);
    expect(await page.locator('main').textContent()).toContain('Signalen bewijzen niets');
  });

  it('ranks the signals by what is ticked, by keyboard, and announces the count', async () => {
    const page = await site.page();
    await page.goto(site.url('ik-zie-iets/'));
    // Choose a role and tick two observations with the keyboard only.
    const rol = page.locator('input[name="rol"][value="leerplicht"]');
    await rol.focus();
    await page.keyboard.press('Space');
    expect(await rol.isChecked()).toBe(true);
    const vakjes = page.locator('input[name="observatie"]');
    const eerste = vakjes.first();
    const doel = await eerste.evaluate((e) => (e.closest('li')!.querySelector('.gids__past a') as HTMLAnchorElement).pathname);
    await eerste.focus();
    await page.keyboard.press('Space');
    const status = page.locator('.gids__status[role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/\d+ signa(al|len) past|passen/);
    const kandidaten = await page
      .locator('.gids__kandidaat a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(kandidaten).toContain(doel);
    // The combined "wie is aan zet" is there, with the chosen role's part first when it has one.
    expect(await page.locator('.gids__aanzet').isVisible()).toBe(true);
    expect(await page.locator('.gids__organisaties li').count()).toBeGreaterThan(0);
    // The role choice is remembered like everywhere on the site.
    expect(await page.evaluate(() => localStorage.getItem('bm-rol'))).toBe('leerplicht');
  });

  it('puts the signal that fits most observations first', async () => {
    const page = await site.page();
    await page.goto(site.url('ik-zie-iets/'));
    // Tick every observation of one signal: that signal must come out on top.
    const id = 'uitschrijving-brp-naar-buitenland';
    const vinkjes = await page
      .locator('.gids__observatie')
      .evaluateAll(
        (lis, sig) =>
          lis
            .filter((li) =>
              [...li.querySelectorAll('.gids__past a')].some((a) =>
                (a as HTMLAnchorElement).pathname.endsWith(`/signalen/${sig}/`),
              ),
            )
            .map((li) => li.querySelector('input')!.id),
        id,
      );
    expect(vinkjes.length).toBeGreaterThan(1);
    for (const v of vinkjes) await page.locator(`#${v}`).check();
    await expect.poll(() => page.locator('.gids__kandidaat').first().getAttribute('data-signaal')).toBe(id);
  });
});
