/**
 * The search page. The query lives in the URL fragment (#q=…), which the
 * browser never sends to the server; a query that arrived as ?q= (the header
 * form without JavaScript) is moved into the fragment.
 */
import { koppelPaneel } from './zoek-ui.ts';

const paneel = document.querySelector<HTMLElement>('[data-zoekpaneel]');
if (paneel) {
  const { zoekNu, invoer } = koppelPaneel(paneel, { metUrl: true });
  const url = new URL(location.href);
  const uitFragment = new URLSearchParams(url.hash.slice(1)).get('q');
  const uitQuery = url.searchParams.get('q');
  const q = (uitFragment ?? uitQuery ?? '').trim();
  if (uitQuery !== null) history.replaceState(null, '', q ? `${url.pathname}#q=${encodeURIComponent(q)}` : url.pathname);
  if (q) {
    invoer.value = q;
    void zoekNu(q);
  } else invoer.focus();
  // A query changed in the address bar (or by back and forward) is searched too.
  addEventListener('hashchange', () => {
    const nieuw = new URLSearchParams(location.hash.slice(1)).get('q')?.trim() ?? '';
    if (nieuw && nieuw !== invoer.value.trim()) {
      invoer.value = nieuw;
      void zoekNu(nieuw);
    }
  });
}
