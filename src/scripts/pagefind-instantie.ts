/**
 * Configures the page's Pagefind Component UI instance: our ranking and our
 * Dutch wording. Called by the search page and by the search dialog once the
 * UI has loaded, before the first search.
 */
import { RANKING } from '../lib/search.ts';
import { pagefindNl } from '../i18n/pagefind-nl.ts';

interface Instantie {
  setTranslations(t: Record<string, string>): void;
}
declare global {
  interface Window {
    PagefindComponents?: {
      configureInstance(name: string, options: object): unknown;
      getInstanceManager(): { getInstance(name: string): Instantie };
    };
  }
}

export function configureerZoeken(): void {
  const pc = window.PagefindComponents;
  if (!pc) return;
  pc.configureInstance('default', { ranking: RANKING });
  pc.getInstanceManager().getInstance('default').setTranslations(pagefindNl);
}
