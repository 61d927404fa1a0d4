/**
 * The workshop kit: case exercises with a reveal that works without
 * JavaScript, presentation mode by keyboard, and handouts that print cleanly
 * (checked with Chromium's print emulation and its PDF output).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { axe, useSite } from './browser.ts';

const site = useSite();
const casussen = () =>
  readdirSync(join(site.dist, 'casussen'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
const casus = () => casussen()[0];
const WORKSHOP_PAGINAS = () => [
  `casussen/${casus()}/presentatie/`,
  `casussen/${casus()}/presentatie/?weergave=presentator#dia-3`,
  `casussen/${casus()}/antwoorden/`,
  'model/presentatie/',
  'model/a3/',
  'model/kaarten/',
  'casussen/',
];

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

  it('lists each case once, with its planning data, themes and signals, also without JavaScript', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('casussen/'));
    const items = page.locator('.casus-lijst > li');
    expect(await items.count()).toBe(casussen().length);
    const links = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('a')!.getAttribute('href')));
    expect(new Set(links).size).toBe(casussen().length);
    for (const li of await items.all()) {
      expect(await li.locator('.casus-planning').textContent()).toMatch(/^\d+ minuten · (Basis|Verdieping) · \S/);
      expect(await li.locator('a[href*="/themas/"]').count()).toBeGreaterThan(0);
      expect(await li.textContent()).toContain('Oefent:');
      expect(await li.isVisible()).toBe(true);
    }
    // The filter needs JavaScript; without it the form is not shown.
    expect(await page.locator('#casus-filter').isVisible()).toBe(false);
  });

  it('filters the case list by duration, target group and level', async () => {
    const page = await site.page();
    await page.goto(site.url('casussen/'));
    const form = page.locator('#casus-filter');
    await form.waitFor({ state: 'visible' });
    const alle = await page.locator('.casus-lijst > li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href'),
        duur: Number(li.querySelector('.casus-planning')!.textContent!.split(' ')[0]),
        tekst: li.querySelector('.casus-planning')!.textContent!,
      })),
    );
    const zichtbaar = () =>
      page.locator('.casus-lijst > li:visible > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const status = () => page.locator('.casus-filter-uitkomst').textContent();
    expect(await status()).toBe(`Alle ${alle.length} casussen`);

    await page.getByLabel('Niveau').selectOption({ label: 'Verdieping' });
    const verdieping = alle.filter((c) => c.tekst.includes('· Verdieping ·')).map((c) => c.href);
    expect(verdieping.length).toBeGreaterThan(0);
    expect(verdieping.length).toBeLessThan(alle.length);
    await expect.poll(zichtbaar).toEqual(verdieping);
    expect(await status()).toBe(`${verdieping.length} van de ${alle.length} casussen`);

    await page.getByLabel('Niveau').selectOption({ label: 'Alle' });
    await page.getByLabel('Duur').selectOption({ label: 'Tot en met 30 minuten' });
    await expect.poll(zichtbaar).toEqual(alle.filter((c) => c.duur <= 30).map((c) => c.href));

    await page.getByLabel('Duur').selectOption({ label: 'Alle' });
    await page.getByLabel('Doelgroep').selectOption({ label: 'Politie' });
    await expect.poll(zichtbaar).toEqual(alle.filter((c) => /· [^·]*\bPolitie\b/.test(c.tekst)).map((c) => c.href));

    // A combination that nothing fits says so.
    await page.getByLabel('Doelgroep').selectOption({ label: 'BRP-afdeling' });
    await page.getByLabel('Duur').selectOption({ label: 'Tot en met 30 minuten' });
    await page.getByLabel('Niveau').selectOption({ label: 'Verdieping' });
    const past = alle
      .filter((c) => c.duur <= 30 && c.tekst.includes('BRP-afdeling') && c.tekst.includes('Verdieping'))
      .map((c) => c.href);
    await expect.poll(zichtbaar).toEqual(past);
    if (!past.length) expect(await status()).toMatch(/^Geen casus past/);
  });
});

describe('presentation mode', () => {
  const decks = () => ['model/presentatie/', ...casussen().map((c) => `casussen/${c}/presentatie/`)];

  it('is readable without JavaScript: every slide is on the page, with its counter and progress', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url(`casussen/${casus()}/presentatie/`));
    const n = await page.locator('section.dia').count();
    expect(n).toBeGreaterThanOrEqual(6);
    expect(await page.locator('#dia-2 h2').textContent()).toMatch(/^Situatie( \(1\/\d\))?$/);
    expect(await page.locator('#dia-2 .dia-teller').textContent()).toBe(`2 / ${n}`);
    expect(await page.locator('#dia-2 progress').getAttribute('value')).toBe('2');
    expect(await page.locator('#dia-2 progress').getAttribute('max')).toBe(String(n));
    // The presenter button needs JavaScript, so it stays hidden without it.
    expect(await page.locator('#dia-2 .presentator-knop').isVisible()).toBe(false);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    it(`fits every slide of every deck on a ${width}×${height} screen, in type of at least ${Math.round((24 * width) / 1280)} px`, async () => {
      const page = await site.page({ viewport: { width, height } });
      const teGroot: string[] = [];
      let dias = 0;
      for (const deck of decks()) {
        await page.goto(site.url(deck));
        const maten = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('main .dia')].map((d) => {
            const r = d.getBoundingClientRect();
            // The smallest type of any text on the slide.
            const teksten = [...d.querySelectorAll<HTMLElement>('*')].filter((el) =>
              [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()),
            );
            return {
              id: d.id,
              hoogte: r.height,
              breedte: Math.max(r.width, d.scrollWidth),
              letter: Math.min(...teksten.map((el) => parseFloat(getComputedStyle(el).fontSize))),
            };
          }),
        );
        dias += maten.length;
        for (const m of maten) {
          if (m.hoogte > height + 0.5 || m.breedte > width)
            teGroot.push(`${deck}#${m.id}: ${Math.round(m.breedte)}×${Math.round(m.hoogte)}`);
          if (m.letter < (24 * width) / 1280 - 0.01) teGroot.push(`${deck}#${m.id}: letter ${m.letter}px`);
        }
      }
      expect(dias).toBeGreaterThan(decks().length * 5);
      expect(teGroot).toEqual([]);
    });
  }

  it('moves between slides with the arrow keys and leaves with Escape', async () => {
    const page = await site.page({ viewport: { width: 1280, height: 720 } });
    await page.goto(site.url('model/presentatie/'));
    const zichtbaar = () =>
      page.evaluate(() => [...document.querySelectorAll('.dia')].findIndex((d) => Math.abs(d.getBoundingClientRect().top) < 5));
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

  it('continues from the slide on screen after scrolling with the mouse', async () => {
    const page = await site.page({ viewport: { width: 1280, height: 720 } });
    await page.goto(site.url('model/presentatie/'));
    const zichtbaar = () =>
      page.evaluate(() => [...document.querySelectorAll('.dia')].findIndex((d) => Math.abs(d.getBoundingClientRect().top) < 5));
    await page.keyboard.press('ArrowRight');
    await expect.poll(zichtbaar).toBe(1);
    // Scroll three screens down with the wheel, as a trainer with a mouse would.
    await page.mouse.move(640, 360);
    for (let i = 0; i < 3; i++) {
      const voor = await page.evaluate(() => scrollY);
      await page.mouse.wheel(0, 720);
      await page.waitForFunction(
        (y) => scrollY > y && [...document.querySelectorAll('.dia')].some((d) => Math.abs(d.getBoundingClientRect().top) < 5),
        voor,
      );
    }
    const opScherm = await zichtbaar();
    expect(opScherm).toBeGreaterThan(2);
    await page.waitForURL((u) => u.hash === `#dia-${opScherm + 1}`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(zichtbaar).toBe(opScherm + 1);
  });

  it('shows no focus ring on a slide title, but does on what a keyboard user tabs to', async () => {
    const page = await site.page({ viewport: { width: 1280, height: 720 } });
    await page.goto(site.url(`casussen/${casus()}/presentatie/`));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.id === 'dia-2-kop');
    const ring = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return {
          outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : s.outlineStyle,
          schaduw: s.boxShadow,
        };
      });
    expect(await ring()).toEqual({ outline: 'none', schaduw: 'none' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(A|BUTTON)$/);
    const r = await ring();
    expect(r.outline !== 'none' || r.schaduw !== 'none').toBe(true);
  });
});

describe('presenter view', () => {
  it('opens with P and stays in sync with the beamer both ways, with notes, next slide and a clock', async () => {
    const beamer = await site.page({ viewport: { width: 1280, height: 720 } });
    await beamer.goto(site.url(`casussen/${casus()}/presentatie/`));
    const aantal = await beamer.locator('main .dia').count();
    const [presentator] = await Promise.all([beamer.waitForEvent('popup'), beamer.keyboard.press('p')]);
    await presentator.waitForSelector('.presentator-scherm .huidige .dia');
    const opBeamer = () =>
      beamer.evaluate(
        () => [...document.querySelectorAll('main .dia')].findIndex((d) => Math.abs(d.getBoundingClientRect().top) < 5) + 1,
      );
    const teller = () => presentator.locator('.presentator-balk .teller').textContent();

    // The beamer shows only the slide: no notes, no clock.
    expect(await beamer.locator('.presentator-scherm').count()).toBe(0);
    expect(await beamer.locator('text=Notities voor').count()).toBe(0);
    // The presenter sees the notes of the case, the next slide and a running clock.
    expect(await presentator.locator('.presentator-notities').textContent()).toMatch(/Vraag 1/);
    expect(await presentator.locator('.volgende .dia h2').textContent()).toBe(await beamer.locator('#dia-2 h2').textContent());
    await presentator.waitForFunction(() => document.querySelector('.klok')?.textContent !== '00:00', undefined, {
      timeout: 5000,
    });

    // Presenter → beamer.
    await presentator.keyboard.press('ArrowRight');
    await expect.poll(opBeamer).toBe(2);
    await presentator.locator('[data-actie="volgende"]').click();
    await expect.poll(opBeamer).toBe(3);
    expect(await teller()).toBe(`3 / ${aantal}`);
    // Beamer → presenter.
    await beamer.keyboard.press('ArrowLeft');
    await expect.poll(teller).toBe(`2 / ${aantal}`);
    await beamer.keyboard.press('End');
    await expect.poll(teller).toBe(`${aantal} / ${aantal}`);
    expect(await presentator.locator('.volgende .scherm').textContent()).toBe('Einde van de presentatie');
    // The current-slide pane is a copy of the beamer's slide, without duplicate ids or focusable links.
    expect(await presentator.locator('.huidige .dia h2').textContent()).toBe(
      await beamer.locator(`#dia-${aantal} h2`).textContent(),
    );
    expect(await presentator.evaluate(() => document.querySelectorAll('.scherm [id]').length)).toBe(0);
  });

  it('has a visible button that opens it', async () => {
    const beamer = await site.page({ viewport: { width: 1280, height: 720 } });
    await beamer.goto(site.url('model/presentatie/#dia-3'));
    const knop = beamer.locator('#dia-3 .presentator-knop');
    expect(await knop.isVisible()).toBe(true);
    const [presentator] = await Promise.all([beamer.waitForEvent('popup'), knop.click()]);
    await presentator.waitForSelector('.presentator-scherm .huidige .dia');
    expect(await presentator.locator('.huidige .dia h2').textContent()).toBe(await beamer.locator('#dia-3 h2').textContent());
    // The model deck's notes are the signal's summary.
    expect((await presentator.locator('.notities-inhoud').textContent())!.length).toBeGreaterThan(20);
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
    expect(await page.locator('#notities').count()).toBe(0);
    const zonder = pdfInfo(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.goto(site.url(`casussen/${casus()}/antwoorden/`));
    expect(await page.locator('#antwoorden').isVisible()).toBe(true);
    // The trainer's version carries the notes; the participants' version does not.
    expect(await page.locator('#notities').isVisible()).toBe(true);
    const met = pdfInfo(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(met.paginas).toBeGreaterThan(zonder.paginas);
  });

  it('prints the situation at least as large as the questions', async () => {
    const page = await site.page();
    for (const path of [`casussen/${casus()}/`, `casussen/${casus()}/antwoorden/`]) {
      await page.goto(site.url(path));
      await page.emulateMedia({ media: 'print' });
      const maten = await page.evaluate(() => {
        const px = (sel: string) =>
          [...document.querySelectorAll<HTMLElement>(sel)]
            .filter((el) => el.textContent!.trim())
            .map((el) => parseFloat(getComputedStyle(el).fontSize));
        return { situatie: px('section[aria-labelledby="situatie"] :is(p, li)'), vragen: px('.vragen :is(p, li)') };
      });
      expect(maten.situatie.length, path).toBeGreaterThan(0);
      expect(maten.vragen.length, path).toBeGreaterThan(0);
      expect(Math.min(...maten.situatie), path).toBeGreaterThanOrEqual(Math.max(...maten.vragen));
      // 12 pt: readable on paper in a workshop room.
      expect(Math.min(...maten.situatie), path).toBeGreaterThanOrEqual(16);
    }
  });

  it('prints the condensed model as one A3 landscape page', async () => {
    const page = await site.page();
    await page.goto(site.url('model/a3/'));
    await page.emulateMedia({ media: 'print' });
    const pdf = pdfInfo(await page.pdf({ format: 'A3', landscape: true, preferCSSPageSize: true }));
    expect([Math.round(pdf.breedte), Math.round(pdf.hoogte)]).toEqual([1191, 842]);
    expect(pdf.paginas).toBe(1);
    // Every signal is on it, and per phase the interventions with who carries them out.
    const signalen = readdirSync(join(site.dist, 'signalen'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(await page.locator('.a3-signalen li').count()).toBe(signalen);
    expect(await page.locator('.a3-kolom h2').allTextContents()).toEqual([
      'Signalen',
      'Voorkomen',
      'Signaleren',
      'Bemoeilijken',
      'Sanctioneren',
      'Perspectief bieden',
    ]);
    expect(await page.locator('.a3-kolom li:has(.a3-wie)').count()).toBeGreaterThan(50);
    expect(await page.locator('.a3-wie', { hasText: 'RvdK' }).count()).toBeGreaterThan(0);
  });

  it('prints one A6 signal card per signal, four to an A4 sheet, none cut off', async () => {
    const page = await site.page();
    await page.goto(site.url('model/kaarten/'));
    await page.emulateMedia({ media: 'print' });
    const signalen = readdirSync(join(site.dist, 'signalen'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    const kaarten = page.locator('.signaalkaart');
    expect(await kaarten.count()).toBe(signalen);
    const maten = await kaarten.evaluateAll((ks) =>
      ks.map((k) => ({
        titel: k.querySelector('h2')!.textContent,
        te: k.scrollHeight - k.clientHeight,
        mm: [k.getBoundingClientRect().width, k.getBoundingClientRect().height].map((px) => Math.round((px * 25.4) / 96)),
        delen: [...k.querySelectorAll('h3')].map((h) => h.textContent),
        urgentie: !!k.querySelector('.badge'),
      })),
    );
    for (const m of maten) {
      expect(m.te, `${m.titel} is te lang voor de kaart`).toBeLessThanOrEqual(0);
      expect(m.mm, m.titel!).toEqual([105, 148]);
      expect(m.delen).toEqual(['Wat zie je?', 'Eerste stap']);
      expect(m.urgentie).toBe(true);
    }
    const pdf = pdfInfo(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(Math.abs(pdf.breedte - 595.3)).toBeLessThan(1);
    expect(pdf.paginas).toBe(Math.ceil(signalen / 4));
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

describe('accessibility of the workshop pages', () => {
  it('has no axe violations on the decks, the presenter window and the trainer pages', async () => {
    const page = await site.page({ viewport: { width: 1280, height: 720 } });
    const gevonden: Record<string, unknown> = {};
    for (const path of WORKSHOP_PAGINAS()) {
      await page.goto(site.url(path));
      if (path.includes('weergave=presentator')) await page.waitForSelector('.presentator-scherm .huidige .dia');
      const v = await axe(page);
      if (v.length) gevonden[path] = v;
    }
    expect(gevonden).toEqual({});
  });
});
