/** Search quality on the national build: the expected entry in the top 3 for at least 95 % of the queries. */
import { describe, expect, it } from 'vitest';
import { evalueer, leesVragen, maten } from '../../scripts/search-quality.ts';
import { useSite } from './browser.ts';

const site = useSite();

describe.runIf(!process.env.E2E_SIGNAAL)('search quality', () => {
  it('finds the expected entry in the top 3 for at least 95 % of realistic queries', async () => {
    const vragen = leesVragen();
    expect(vragen.length).toBeGreaterThanOrEqual(80);
    const page = await site.page();
    await page.goto(site.url());
    const uitkomsten = await evalueer(page, site.base, vragen);
    const m = maten(uitkomsten);
    const gemist = uitkomsten.filter((u) => u.positie === 0 || u.positie > 3).map((u) => `${u.vraag.q} → ${u.top3.join(', ')}`);
    expect(m.recallAt3, `gemist:\n${gemist.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
