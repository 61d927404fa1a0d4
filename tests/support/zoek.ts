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

/**
 * Types `q` into a search panel as one input event and waits, in the page,
 * until the panel is done with this very query. Returns how long that took
 * (measured in the page, so it holds for benchmarks) and the result paths.
 */
export async function zoekInPaneel(paneel: Locator, q: string): Promise<{ ms: number; paden: string[] }> {
  return paneel.evaluate(async (el, vraag) => {
    const p = el as HTMLElement;
    const invoer = p.querySelector<HTMLInputElement>('input[type="search"]')!;
    const t = performance.now();
    invoer.value = vraag;
    invoer.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((klaar) => {
      const kijk = () => (p.dataset.zoekstatus === 'klaar' && p.dataset.vraag === vraag ? klaar() : requestAnimationFrame(kijk));
      kijk();
    });
    const ms = performance.now() - t;
    const paden = [...p.querySelectorAll<HTMLAnchorElement>('.zoekresultaat__titel a')].map((a) => a.pathname);
    return { ms, paden };
  }, q);
}
