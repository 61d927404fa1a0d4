/**
 * The search page: configures Pagefind's Component UI (our ranking), hands
 * the query from the URL (?q=…, sent by the search form in every page header)
 * to it, and keeps the URL in step with what is typed so that a search can be
 * shared or bookmarked.
 */
import { configureerZoeken } from './pagefind-instantie.ts';

async function start() {
  await customElements.whenDefined('pagefind-input');
  configureerZoeken();
  const sjabloon = document.querySelector<HTMLTemplateElement>('template#zoek-ui');
  if (sjabloon) document.querySelector('.zoeken')?.append(sjabloon.content.cloneNode(true));
  await new Promise(requestAnimationFrame);
  const input = document.querySelector<HTMLInputElement>('pagefind-input input');
  if (!input) return;
  const q = new URL(location.href).searchParams.get('q')?.trim();
  if (q) {
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  if (!q) input.focus();
}
void start();
