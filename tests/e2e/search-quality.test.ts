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
  it.each([
    ['keyword queries', VRAGEN, 80, 0.95],
    ['situation sentences', SITUATIES, 60, 0.9],
  ] as const)('puts an expected entry in the top 3 often enough for the %s', async (_, pad, minimum, drempel) => {
    const vragen = leesVragen(pad);
    expect(vragen.length).toBeGreaterThanOrEqual(minimum);
    const page = await site.page();
    await page.goto(site.url('zoeken/'));
    const uitkomsten = await evalueer(page, site.base, vragen);
    expect(maten(uitkomsten).recallAt3, `gemist:\n${gemist(uitkomsten).join('\n')}`).toBeGreaterThanOrEqual(drempel);
  });
});
