/**
 * Marks the searched words on the page a search result opens. The words
 * travel in sessionStorage (this tab only), never in the URL, so they do not
 * reach the server's access log; the marks use the CSS Custom Highlight API,
 * so the page's HTML is not changed. Browsers without that API show the page
 * unmarked.
 */
// The search code (zoek-ui.ts, loaded on demand) writes this entry when a result is opened.
const SLEUTEL = 'bm-markeer';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** On page load: mark the words stored for this page, once. Returns the number of marks. */
export function markeer(root: ParentNode = document): number {
  let opdracht: { pad: string; woorden: string[] } | undefined;
  try {
    const ruw = sessionStorage.getItem(SLEUTEL);
    if (!ruw) return 0;
    sessionStorage.removeItem(SLEUTEL);
    opdracht = JSON.parse(ruw);
  } catch {
    return 0;
  }
  if (!opdracht || opdracht.pad !== location.pathname || !opdracht.woorden.length || !('highlights' in CSS)) return 0;
  const patroon = new RegExp(`(?<![\\p{L}\\p{N}])(?:${opdracht.woorden.map(escape).join('|')})[\\p{L}]*`, 'giu');
  const bereik = root.querySelector('[data-pagefind-body]') ?? root.querySelector('main');
  if (!bereik) return 0;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(bereik, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('[hidden], script, style')) continue;
    for (const m of (n.textContent ?? '').matchAll(patroon)) {
      const r = new Range();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      ranges.push(r);
    }
  }
  if (ranges.length) CSS.highlights.set('zoekterm', new Highlight(...ranges));
  return ranges.length;
}
