/**
 * Bytes over the wire and milliseconds to the first result of a cold and a
 * warm query, in Chromium, on the search page of a served site. Counts every
 * response, Pagefind's web-worker requests included (Playwright reports them
 * on the context). Shared by `npm run bench` and `npm run bench:zoeken`.
 */
import type { BrowserContext } from 'playwright-core';
import { RANKING } from '../../src/lib/search.ts';

export interface Zoekmeting {
  koud: { ms: number; bytes: number; resultaten: number };
  warm: { ms: number; bytes: number; resultaten: number };
}

export async function meetZoeken(context: BrowserContext, origin: string, [qKoud, qWarm]: [string, string]): Promise<Zoekmeting> {
  const page = await context.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  const tel = (req: import('playwright-core').Request) => {
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
  const zoek = (q: string) =>
    page.evaluate(
      `(async () => {
        const t0 = performance.now();
        const pf = await import('/pagefind/pagefind.js');
        await pf.options({ ranking: ${JSON.stringify(RANKING)} });
        const r = await pf.search(${JSON.stringify(q)});
        if (r.results.length) await r.results[0].data();
        return { ms: performance.now() - t0, resultaten: r.results.length };
      })()`,
    ) as Promise<{ ms: number; resultaten: number }>;
  // Cold: the search page with Pagefind's UI, then a first query; warm: a second query on the same page.
  await page.goto(`${origin}/zoeken/`);
  await page.waitForFunction(() => customElements.get('pagefind-input'));
  const koud = await zoek(qKoud);
  await settle();
  const koudBytes = bytes;
  bytes = 0;
  const warm = await zoek(qWarm);
  await settle();
  context.off('requestfinished', tel);
  await page.close();
  return {
    koud: { ms: Math.round(koud.ms), bytes: koudBytes, resultaten: koud.resultaten },
    warm: { ms: Math.round(warm.ms), bytes, resultaten: warm.resultaten },
  };
}
