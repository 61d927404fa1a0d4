/**
 * The search box with its results, on the search page and in the "/"
 * dialog (src/components/ZoekPaneel.astro renders the markup; this wires it).
 *
 * - Results appear while typing; only the latest query's results are shown,
 *   and the panel says when it is done (data-zoekstatus="klaar"), so a
 *   screen reader hears the count once and a test can wait for it.
 * - Never a dead end: with no or weak results, "Bedoelde je…" lists the
 *   signals closest to the query, next to the guided page, the role pages
 *   and the model overview (always in the markup).
 * - Keyboard: ↓ and ↑ move through the results, Enter opens one. In the
 *   dialog, Enter in the box opens the top result.
 * - The query stays in the browser: the URL keeps it in the fragment
 *   (#q=…), which is never sent to the server, and the words to mark on the
 *   opened page travel in sessionStorage, not in its URL.
 */
import { zoek, laadMotor, type Resultaat, type Zoekuitkomst } from './zoek-kern.ts';

/**
 * Called when a result is opened: remember which words to mark on that page
 * (markeren.ts reads this entry there). Kept here, not imported from the
 * site script, so that this on-demand code shares no module with it.
 */
function bewaarMarkering(url: string, woorden: readonly string[]): void {
  try {
    const pad = new URL(url, location.href).pathname;
    sessionStorage.setItem('bm-markeer', JSON.stringify({ pad, woorden: woorden.filter((w) => w.length >= 3) }));
  } catch {
    // Storage may be off (private mode, policy): then the page is simply not marked.
  }
}

const tekst = (el: Element | null, t: string) => {
  if (el) el.textContent = t;
};

/** Pagefind's excerpt as DOM: text and <mark> only, whatever else the string holds. */
function uittreksel(r: Resultaat): Node {
  const p = document.createElement('p');
  p.className = 'zoekresultaat__uittreksel';
  if (!r.uittrekselIsHtml) {
    p.textContent = r.uittreksel;
    return p;
  }
  const doc = new DOMParser().parseFromString(`<div>${r.uittreksel}</div>`, 'text/html');
  const walk = (n: Node, doel: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) doel.appendChild(document.createTextNode(c.textContent ?? ''));
      else if (c instanceof Element && c.tagName === 'MARK') {
        const m = document.createElement('mark');
        m.textContent = c.textContent;
        doel.appendChild(m);
      } else walk(c, doel);
    }
  };
  walk(doc.body, p);
  return p;
}

function resultaatItem(r: Resultaat, woorden: string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'zoekresultaat';
  const h = document.createElement('p');
  h.className = 'zoekresultaat__titel';
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.titel;
  a.addEventListener('click', () => bewaarMarkering(r.url, woorden));
  h.append(a);
  const soort = document.createElement('p');
  soort.className = 'zoekresultaat__soort';
  soort.textContent = [r.type, r.thema, r.urgentie && `urgentie: ${r.urgentie.toLowerCase()}`].filter(Boolean).join(' · ');
  li.append(h, soort, uittreksel(r));
  return li;
}

interface Filterstand {
  [groep: string]: Set<string>;
}

const FILTERGROEPEN = ['type', 'urgentie', 'thema', 'fase', 'organisatie'] as const;

export interface ZoekPaneel {
  zoekNu(vraag: string): Promise<void>;
  invoer: HTMLInputElement;
}

/** Wires one search panel (`[data-zoekpaneel]`). */
export function koppelPaneel(paneel: HTMLElement, opties: { dialoog?: boolean; metUrl?: boolean } = {}): ZoekPaneel {
  const invoer = paneel.querySelector<HTMLInputElement>('input[type="search"]')!;
  const lijst = paneel.querySelector<HTMLOListElement>('.zoekresultaten')!;
  const status = paneel.querySelector<HTMLElement>('.zoekstatus')!;
  const verder = paneel.querySelector<HTMLElement>('.zoek-verder');
  const bedoel = paneel.querySelector<HTMLElement>('.zoek-bedoel');
  const filterVak = paneel.querySelector<HTMLElement>('.zoekfilters');
  const t = JSON.parse(paneel.dataset.teksten ?? '{}') as Record<string, string>;
  const stand: Filterstand = Object.fromEntries(FILTERGROEPEN.map((g) => [g, new Set<string>()]));
  let laatste: Zoekuitkomst | undefined;
  let volgnummer = 0;

  const zichtbaar = (r: Resultaat) =>
    FILTERGROEPEN.every((g) => !stand[g].size || (r.filters[g] ?? []).some((w) => stand[g].has(w)));

  // On a wide screen the filters stand open beside the results; on a phone they fold, so the results come first.
  const filterDetails = filterVak?.closest('details');
  if (filterDetails) filterDetails.open = matchMedia('(min-width: 56rem)').matches;

  function toonFilters(uitkomst: Zoekuitkomst) {
    if (!filterVak) return;
    filterVak.replaceChildren();
    if (filterDetails) filterDetails.hidden = uitkomst.resultaten.length === 0;
    if (!uitkomst.resultaten.length) return;
    for (const groep of FILTERGROEPEN) {
      const telling = new Map<string, number>();
      for (const r of uitkomst.resultaten) for (const w of r.filters[groep] ?? []) telling.set(w, (telling.get(w) ?? 0) + 1);
      if (!telling.size) continue;
      const fs = document.createElement('fieldset');
      const lg = document.createElement('legend');
      lg.textContent = t[`filter_${groep}`] ?? groep;
      fs.append(lg);
      for (const [waarde, n] of [...telling].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')).slice(0, 12)) {
        const label = document.createElement('label');
        const vak = document.createElement('input');
        vak.type = 'checkbox';
        vak.checked = stand[groep].has(waarde);
        vak.addEventListener('change', () => {
          if (vak.checked) stand[groep].add(waarde);
          else stand[groep].delete(waarde);
          if (laatste) toon(laatste, false);
        });
        label.append(vak, ` ${waarde} (${n})`);
        fs.append(label);
      }
      filterVak.append(fs);
    }
  }

  function toon(uitkomst: Zoekuitkomst, nieuweFilters = true) {
    laatste = uitkomst;
    const zichtbare = uitkomst.resultaten.filter(zichtbaar).slice(0, 20);
    lijst.replaceChildren(...zichtbare.map((r) => resultaatItem(r, uitkomst.woorden)));
    if (nieuweFilters) toonFilters(uitkomst);
    const n = zichtbare.length;
    tekst(
      status,
      !uitkomst.vraag.trim()
        ? ''
        : n === 0
          ? (t.geen ?? '').replace('{q}', uitkomst.vraag)
          : (n === 1 ? (t.een ?? '') : (t.meer ?? '')).replace('{n}', String(n)).replace('{q}', uitkomst.vraag),
    );
    // "Bedoelde je…": the closest signals, when nothing or little was found for the query as typed.
    if (bedoel) {
      const lijstBedoel = bedoel.querySelector('ul')!;
      const toonBedoel = uitkomst.vraag.trim() !== '' && (n < 3 || uitkomst.zwak) && uitkomst.suggesties.length > 0;
      lijstBedoel.replaceChildren(
        ...(toonBedoel
          ? uitkomst.suggesties.map((s) => {
              const li = document.createElement('li');
              const a = document.createElement('a');
              a.href = `${document.documentElement.dataset.basis ?? '/'}${s.url}`;
              a.textContent = s.titel;
              a.addEventListener('click', () => bewaarMarkering(a.pathname, uitkomst.woorden));
              li.append(a);
              return li;
            })
          : []),
      );
      bedoel.hidden = !toonBedoel;
    }
    if (verder) verder.hidden = uitkomst.vraag.trim() !== '' && n >= 3 && !uitkomst.zwak;
    paneel.dataset.zoekstatus = 'klaar';
    paneel.dataset.vraag = uitkomst.vraag;
  }

  async function zoekNu(vraag: string) {
    const nr = ++volgnummer;
    paneel.dataset.zoekstatus = 'bezig';
    try {
      const uitkomst = await zoek(vraag);
      if (nr === volgnummer) toon(uitkomst);
    } catch (e) {
      if (nr !== volgnummer) return;
      console.error(e);
      tekst(status, t.fout ?? String(e));
      paneel.dataset.zoekstatus = 'fout';
    }
  }

  invoer.addEventListener('input', () => {
    void zoekNu(invoer.value);
    if (opties.metUrl) {
      const q = invoer.value.trim();
      history.replaceState(null, '', q ? `#q=${encodeURIComponent(q)}` : location.pathname);
    }
  });
  invoer.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    if (opties.dialoog) lijst.querySelector<HTMLAnchorElement>('a')?.click();
  });
  // ↓ from the box to the first result; ↑/↓ between results; ↑ from the first back to the box.
  paneel.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...paneel.querySelectorAll<HTMLAnchorElement>('.zoekresultaat__titel a, .zoek-bedoel a')].filter(
      (a) => a.offsetParent !== null,
    );
    if (!links.length) return;
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === invoer && e.key === 'ArrowDown') links[0].focus();
    else if (i >= 0 && e.key === 'ArrowDown') links[Math.min(i + 1, links.length - 1)].focus();
    else if (i > 0 && e.key === 'ArrowUp') links[i - 1].focus();
    else if (i === 0 && e.key === 'ArrowUp') invoer.focus();
    else return;
    e.preventDefault();
  });
  // Start loading the index as soon as someone shows interest.
  invoer.addEventListener('focus', () => void laadMotor().catch(() => undefined), { once: true });
  // Whatever was typed before this code had loaded is searched now.
  if (invoer.value.trim() && !opties.metUrl) void zoekNu(invoer.value);
  return { zoekNu, invoer };
}
