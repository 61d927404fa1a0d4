/**
 * Search quality, measured the way a professional searches: each query goes
 * into the search page's own box in Chromium, and once the page says it is
 * done (data-zoekstatus="klaar" for that query) we read where the expected
 * entry landed in the result list. Two query sets:
 * - tests/search/queries.yaml: keywords, abbreviations, typing errors;
 * - tests/search/situaties.yaml: situations in a professional's own words.
 * Used by `npm run bench:zoeken` (prints the numbers) and by the browser
 * test tests/e2e/search-quality.test.ts (fails below its thresholds).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { paginaPaneel, zoekInPaneel } from '../tests/support/zoek.ts';

export interface Vraag {
  q: string;
  /** Paths (relative to the base, without trailing slash) of which at least one belongs in the top 3. */
  verwacht: string[];
  soort: string;
}

export interface Uitkomst {
  vraag: Vraag;
  /** 1-based position of the first expected entry, or 0 when not in the first 10. */
  positie: number;
  top3: string[];
}

export const VRAGEN = new URL('../tests/search/queries.yaml', import.meta.url).pathname;
export const SITUATIES = new URL('../tests/search/situaties.yaml', import.meta.url).pathname;

/** Reads a query set; `verwacht` may be one path or a list, `soort` defaults to the role or "situatie". */
export function leesVragen(path = VRAGEN): Vraag[] {
  const ruw = parse(readFileSync(path, 'utf8')) as { q: string; verwacht: string | string[]; soort?: string; rol?: string }[];
  return ruw.map((v) => ({
    q: String(v.q),
    verwacht: Array.isArray(v.verwacht) ? v.verwacht : [v.verwacht],
    soort: v.soort ?? (v.rol ? `situatie (${v.rol})` : 'situatie'),
  }));
}

/** Runs every query through the search page's box; `page` must be on the search page. */
export async function evalueer(page: Page, base: string, vragen: readonly Vraag[]): Promise<Uitkomst[]> {
  const ruw: string[][] = [];
  for (const { q } of vragen) {
    const { paden } = await zoekInPaneel(paginaPaneel(page), q);
    ruw.push(paden.slice(0, 10).map((p) => p.slice(base.length).replace(/\/$/, '')));
  }
  return vragen.map((vraag, i) => {
    const posities = vraag.verwacht.map((v) => ruw[i].indexOf(v) + 1).filter((p) => p > 0);
    return { vraag, positie: posities.length ? Math.min(...posities) : 0, top3: ruw[i].slice(0, 3) };
  });
}

export function maten(uitkomsten: readonly Uitkomst[]) {
  const n = uitkomsten.length;
  const at = (k: number) => uitkomsten.filter((u) => u.positie > 0 && u.positie <= k).length / n;
  const mrr = uitkomsten.reduce((s, u) => s + (u.positie ? 1 / u.positie : 0), 0) / n;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { vragen: n, recallAt1: r(at(1)), recallAt3: r(at(3)), mrr: r(mrr) };
}

/** The queries whose expected entry is not in the top 3, as lines for a report. */
export function gemist(uitkomsten: readonly Uitkomst[]): string[] {
  return uitkomsten
    .filter((u) => !u.positie || u.positie > 3)
    .map((u) => `${u.vraag.q} → ${u.top3.join(', ')} (verwacht ${u.vraag.verwacht.join(' of ')}, positie ${u.positie || '-'})`);
}
