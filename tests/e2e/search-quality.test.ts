/**
 * Search quality on the national build, through the search page's own box:
 * keywords keep the expected entry in the top 3 for at least 95 %, and
 * situations in a professional's own words for at least 90 %.
 */
import { describe, expect, it } from 'vitest';
import { evalueer, gemist, leesVragen, maten, SITUATIES, VRAGEN } from '../../scripts/search-quality.ts';
import { useSite } from './browser.ts';

const site = useSite();

describe.runIf(!process.env.E2E_SIGNAAL)('search quality', () => {
  it('finds the expected entry in the top 3 for at least 95 % of the keyword queries', async () => {
    const vragen = leesVragen(VRAGEN);
    expect(vragen.length).toBeGreaterThanOrEqual(80);
    const page = await site.page();
    await page.goto(site.url('zoeken/'));
    const uitkomsten = await evalueer(page, site.base, vragen);
    expect(maten(uitkomsten).recallAt3, `gemist:\n${gemist(uitkomsten).join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('puts an expected signal in the top 3 for at least 90 % of the situation sentences', async () => {
    const vragen = leesVragen(SITUATIES);
    expect(vragen.length).toBeGreaterThanOrEqual(60);
    const page = await site.page();
    await page.goto(site.url('zoeken/'));
    const uitkomsten = await evalueer(page, site.base, vragen);
    expect(maten(uitkomsten).recallAt3, `gemist:\n${gemist(uitkomsten).join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
});
