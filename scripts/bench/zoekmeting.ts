/**
 * Bytes over the wire and milliseconds to the first result of a cold and a
 * warm query, in Chromium, on a served site. Shared by `npm run bench` and
 * `npm run bench:zoeken`.
 *
 * - Bytes: as a reader gets them, through the search page's UI: the page,
 *   Pagefind's Component UI, its WebAssembly, filters, metadata and the
 *   index chunks of the query (web-worker requests included, which
 *   Playwright reports on the context). Warm: a second query on that page.
 * - Milliseconds: through Pagefind's API on a page without the UI, from the
 *   call to the first result's data (no typing debounce); cold includes
 *   loading Pagefind and its index, warm is a second query.
 */
import type { BrowserContext, Request } from 'playwright-core';
import { RANKING } from '../../src/lib/search.ts';

export interface Zoekmeting {
  koud: { ms: number; bytes: number; resultaten: number };
  warm: { ms: number; bytes: number; resultaten: number };
}

export async function meetZoeken(context: BrowserContext, origin: string, [qKoud, qWarm]: [string, string]): Promise<Zoekmeting> {
  // Bytes, through the UI.
  const page = await context.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  const tel = (req: Request) => {
    pending.push(
      req
        .sizes()
        .then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize))
        .catch(() => undefined),
    );
  };
  context.on('requestfinished', tel);
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending.splice(0));
  };
  const eerste = () => page.locator('pagefind-results a[href]').first().getAttribute('href');
  await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(qKoud)}`);
  await page.locator('pagefind-results a[href]').first().waitFor({ timeout: 30_000 });
  await settle();
  const koudBytes = bytes;
  const voor = await eerste();
  bytes = 0;
  await page.locator('pagefind-input input').fill(qWarm);
  await page.waitForFunction((v) => document.querySelector('pagefind-results a[href]')?.getAttribute('href') !== v, voor, { timeout: 30_000 });
  await settle();
  const warmBytes = bytes;
  context.off('requestfinished', tel);
  await page.close();

  // Milliseconds, through the API.
  const api = await context.newPage();
  await api.goto(`${origin}/colofon/`);
  const zoek = (q: string) =>
    api.evaluate(
      `(async () => {
        const t0 = performance.now();
        const pf = await import('/pagefind/pagefind.js');
        await pf.options({ ranking: ${JSON.stringify(RANKING)} });
        const r = await pf.search(${JSON.stringify(q)});
        if (r.results.length) await r.results[0].data();
        return { ms: performance.now() - t0, resultaten: r.results.length };
      })()`,
    ) as Promise<{ ms: number; resultaten: number }>;
  const koud = await zoek(qKoud);
  const warm = await zoek(qWarm);
  await api.close();
  return {
    koud: { ms: Math.round(koud.ms), bytes: koudBytes, resultaten: koud.resultaten },
    warm: { ms: Math.round(warm.ms), bytes: warmBytes, resultaten: warm.resultaten },
  };
}
