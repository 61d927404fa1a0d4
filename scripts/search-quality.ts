/**
 * Search quality, measured the way a professional searches: each query of
 * tests/search/queries.yaml goes through Pagefind in Chromium with the site's
 * own ranking (src/lib/search.ts), and we look where the expected entry lands.
 * Used by `npm run bench:zoeken` (prints the numbers) and by the test
 * tests/e2e/search-quality.test.ts (fails below 95 % recall@3).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { RANKING } from '../src/lib/search.ts';

export interface Vraag {
  q: string;
  verwacht: string;
  soort: string;
}

export interface Uitkomst {
  vraag: Vraag;
  /** 1-based position of the expected entry, or 0 when not in the first 10. */
  positie: number;
  top3: string[];
}

export function leesVragen(path = new URL('../tests/search/queries.yaml', import.meta.url).pathname): Vraag[] {
  return parse(readFileSync(path, 'utf8')) as Vraag[];
}

/** Runs every query on a page of the site (any page: it imports Pagefind itself). */
export async function evalueer(page: Page, base: string, vragen: readonly Vraag[]): Promise<Uitkomst[]> {
  // Passed as text: a test runner may rewrite import() in a function it compiles.
  const ranking = process.env.BARRIEREMODEL_RANKING ? JSON.parse(process.env.BARRIEREMODEL_RANKING) : RANKING;
  const ruw = (await page.evaluate(`(async () => {
    const [base, vragen, ranking] = ${JSON.stringify([base, vragen, ranking])};
    const pf = await import(base + 'pagefind/pagefind.js');
    await pf.options({ ranking });
    const uit = [];
    for (const v of vragen) {
      const r = await pf.search(v.q);
      const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
      uit.push(data.map((d) => d.url.slice(base.length).replace(/\\/$/, '')));
    }
    return uit;
  })()`)) as string[][];
  return vragen.map((vraag, i) => ({ vraag, positie: ruw[i].indexOf(vraag.verwacht) + 1, top3: ruw[i].slice(0, 3) }));
}

export function maten(uitkomsten: readonly Uitkomst[]) {
  const n = uitkomsten.length;
  const at = (k: number) => uitkomsten.filter((u) => u.positie > 0 && u.positie <= k).length / n;
  const mrr = uitkomsten.reduce((s, u) => s + (u.positie ? 1 / u.positie : 0), 0) / n;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { vragen: n, recallAt1: r(at(1)), recallAt3: r(at(3)), mrr: r(mrr) };
}
