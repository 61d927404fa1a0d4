/**
 * Page-weight budgets (sizes, not times), checked on the national build.
 * Set from the first measurement with headroom (see README "Prestaties");
 * a change that blows one fails here. Compressed sizes are gzip, as a server
 * would send them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inject } from 'vitest';
import { MET_PAGINA } from '../../src/lib/model.ts';

export const BUDGET = {
  /** HTML of one content page, gzip (measured: largest signal page 5.8 KB). */
  htmlGzip: 15_000,
  /** HTML of the barrier-model overview, which grows with every signal, gzip. */
  overzichtHtmlGzip: 60_000,
  /** HTML of a collection's list page (/bronnen/, /begrippen/ …), which grows with every entry, gzip (measured: sources 15.7 KB at 120). */
  lijstHtmlGzip: 30_000,
  /** All CSS a content page loads, gzip (measured: 2.9 KB). */
  cssGzip: 5_000,
  /** All CSS of the search page, with Pagefind's Component UI, gzip (measured: 10.0 KB). */
  zoekCssGzip: 12_000,
  /**
   * The site script, the only script on content pages, gzip: the search dialog loader, marking searched
   * words, "your role first" and offline. Measured 1.2 KB before role-first and marking were added
   * (issue 10), 3.0 KB after, of which 0.8 KB is the bundler's helper for the on-demand search code.
   */
  siteJsGzip: 3_500,
  /** HTML of the "Ik zie iets" page, which lists every observation and grows with them, gzip (measured: 29.9 KB). */
  gidsHtmlGzip: 40_000,
  /** The own script of a trainer's tool page (case filter, offline check), gzip (measured: 0.4 and 0.9 KB). */
  paginaJsGzip: 1_500,
  /** JavaScript of the search page: our loader plus Pagefind's Component UI, gzip (measured: 41.1 KB). */
  zoekJsGzip: 50_000,
};

const dist = inject('dist');

function assets(page: string, ext: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  return [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+)"/g)]
    .map((m) => m[1].replace(/^\/barrieremodel\//, ''))
    .filter((u) => u.endsWith(ext));
}
/** The files themselves plus every module they import statically (what the browser really loads). */
function metImports(files: string[]): string[] {
  const alle = new Set<string>();
  const bezoek = (f: string) => {
    if (alle.has(f)) return;
    alle.add(f);
    if (!f.endsWith('.js')) return;
    const code = readFileSync(join(dist, f), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g))
      bezoek(join(f, '..', m[1]).split('\\').join('/'));
  };
  files.forEach(bezoek);
  return [...alle];
}
const gz = (files: string[]) => metImports(files).reduce((s, f) => s + gzipSync(readFileSync(join(dist, f))).length, 0);

function paginas(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(join(dist, dir), { withFileTypes: true })) {
      const p = dir ? `${dir}/${d.name}` : d.name;
      if (d.isDirectory() && d.name !== 'pagefind' && d.name !== '_astro') walk(p);
      else if (d.name.endsWith('.html')) out.push(p);
    }
  };
  walk('');
  return out;
}

describe('page-weight budgets', () => {
  const pages = paginas();

  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('ships no JavaScript on content pages except the site script', () => {
    const loader = assets('index.html', '.js');
    expect(loader).toHaveLength(1);
    expect(gz(loader)).toBeLessThanOrEqual(BUDGET.siteJsGzip);
    // The search page, the guided page, presentation mode and the trainer's tool pages (case filter, offline check) have scripts of their own.
    const gereedschap = ['casussen/index.html', 'offline/index.html'];
    for (const p of gereedschap) {
      const js = assets(p, '.js').filter((f) => !loader.includes(f));
      expect(js, p).toHaveLength(1);
      expect(gz(js), p).toBeLessThanOrEqual(BUDGET.paginaJsGzip);
    }
    const eigenScript = (x: string) =>
      x === 'zoeken/index.html' ||
      x === 'ik-zie-iets/index.html' ||
      x.endsWith('/presentatie/index.html') ||
      gereedschap.includes(x);
    for (const p of pages.filter((x) => !eigenScript(x))) {
      const scripts = [...readFileSync(join(dist, p), 'utf8').matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
      const uitvoerbaar = scripts.filter((a) => !/type="(text\/pagefind-template|application\/json)"/.test(a));
      expect(uitvoerbaar.length, p).toBe(1);
      expect(assets(p, '.js'), p).toEqual(loader);
    }
  });

  it(`keeps every page's HTML under ${BUDGET.htmlGzip} bytes gzip (list pages under ${BUDGET.lijstHtmlGzip})`, () => {
    const lijst = (p: string) => MET_PAGINA.some((c) => p === `${c}/index.html`);
    const te = pages
      .filter((p) => p !== 'model/index.html' && p !== 'ik-zie-iets/index.html' && !lijst(p))
      .map((p) => [p, gzipSync(readFileSync(join(dist, p))).length] as const)
      .filter(([, n]) => n > BUDGET.htmlGzip);
    expect(te).toEqual([]);
    expect(gzipSync(readFileSync(join(dist, 'model/index.html'))).length).toBeLessThanOrEqual(BUDGET.overzichtHtmlGzip);
    expect(gzipSync(readFileSync(join(dist, 'ik-zie-iets/index.html'))).length).toBeLessThanOrEqual(BUDGET.gidsHtmlGzip);
    const lijsten = pages.filter(lijst);
    expect(lijsten.length).toBeGreaterThanOrEqual(MET_PAGINA.length);
    for (const p of lijsten) expect(gzipSync(readFileSync(join(dist, p))).length, p).toBeLessThanOrEqual(BUDGET.lijstHtmlGzip);
  });

  it(`keeps the CSS of a page under ${BUDGET.cssGzip} bytes gzip`, () => {
    for (const p of ['index.html', 'signalen/uitschrijving-brp-naar-buitenland/index.html', 'model/index.html']) {
      expect(gz(assets(p, '.css')), p).toBeLessThanOrEqual(BUDGET.cssGzip);
    }
    expect(gz(assets('zoeken/index.html', '.css'))).toBeLessThanOrEqual(BUDGET.zoekCssGzip);
  });

  it(`keeps the search page's JavaScript under ${BUDGET.zoekJsGzip} bytes gzip`, () => {
    const js = assets('zoeken/index.html', '.js');
    expect(js.length).toBeGreaterThan(0);
    expect(gz(js)).toBeLessThanOrEqual(BUDGET.zoekJsGzip);
  });
});
