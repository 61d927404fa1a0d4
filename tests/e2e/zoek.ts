/** Helpers for browser tests of search: wait for the state a reader waits for, then read the results. */
import type { Locator, Page } from 'playwright-core';

/** Waits until a search panel is done with query `q` (data-zoekstatus="klaar"). */
export async function wachtOpZoeken(paneel: Locator, q: string): Promise<void> {
  await paneel
    .page()
    .waitForFunction(
      ([el, v]) => (el as HTMLElement).dataset.zoekstatus === 'klaar' && (el as HTMLElement).dataset.vraag === v,
      [await paneel.elementHandle(), q] as const,
      { timeout: 30_000, polling: 'raf' },
    );
}

/** The paths of the results shown in a panel, in order. */
export function resultaatPaden(paneel: Locator): Promise<string[]> {
  return paneel
    .locator('.zoekresultaat__titel a')
    .evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
}

/** The search page's panel. */
export const paginaPaneel = (page: Page) => page.locator('main [data-zoekpaneel]');
/** The "/" dialog's panel. */
export const dialoogPaneel = (page: Page) => page.locator('dialog.zoekdialoog [data-zoekpaneel]');
