/**
 * Bytes over the wire and milliseconds of a cold and a warm query, in
 * Chromium, on a served site, through the search page's own box. Shared by
 * `npm run bench` and `npm run bench:zoeken`.
 *
 * - Cold: open the search page with the query in its fragment (#q=…) and
 *   wait until the page says it is done: the page, its CSS and script,
 *   Pagefind, its WebAssembly, the signal index and every index chunk the
 *   query needs (web-worker requests included, which Playwright reports on
 *   the context). This is "the first query, including the UI".
 * - Warm: a second query typed on that page.
 * - Milliseconds: from the input event to "done", as the page measures it.
 */
import type { BrowserContext, Request } from 'playwright-core';
import { paginaPaneel, wachtOpZoeken, zoekInPaneel } from '../../tests/support/zoek.ts';

export interface Zoekmeting {
  koud: { ms: number; bytes: number; resultaten: number; vraag: string };
  warm: { ms: number; bytes: number; resultaten: number; vraag: string };
}

export async function meetZoeken(
  context: BrowserContext,
  origin: string,
  base: string,
  [qKoud, qWarm]: [string, string],
): Promise<Zoekmeting> {
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
  const t0 = Date.now();
  await page.goto(`${origin}${base}zoeken/#q=${encodeURIComponent(qKoud)}`);
  await wachtOpZoeken(paginaPaneel(page), qKoud);
  const nKoud = await page.locator('.zoekresultaat').count();
  const msKoud = Date.now() - t0;
  await settle();
  const koudBytes = bytes;
  bytes = 0;
  const { ms: msWarm } = await zoekInPaneel(paginaPaneel(page), qWarm);
  const nWarm = await page.locator('.zoekresultaat').count();
  await settle();
  const warmBytes = bytes;
  context.off('requestfinished', tel);
  await page.close();
  return {
    koud: { ms: msKoud, bytes: koudBytes, resultaten: nKoud, vraag: qKoud },
    warm: { ms: Math.round(msWarm), bytes: warmBytes, resultaten: nWarm, vraag: qWarm },
  };
}
