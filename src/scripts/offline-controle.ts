/**
 * The offline check on /offline/: compares the precache list of this build
 * (sw-manifest.js) with the files in Cache Storage. With internet the list
 * comes from the server; without, from the note the service worker keeps
 * when it has stored everything (public/sw.js: cache "barrieremodel-status",
 * entry "__offline", with the version and the number of files).
 */
interface Lijst {
  version: string;
  bestanden?: string[];
  aantal: number;
  bron: 'online' | 'offline';
}

const vak = document.querySelector<HTMLElement>('#offline-controle');
const basis = new URL(document.documentElement.dataset.basis ?? '/', location.href).href;

async function lijst(url: string): Promise<Lijst | undefined> {
  try {
    const r = await fetch(url, { cache: 'no-store' });
    if (r.ok) {
      const tekst = await r.text();
      const p = JSON.parse(tekst.slice(tekst.indexOf('{'), tekst.lastIndexOf('}') + 1)) as {
        version: string;
        bestanden: string[];
      };
      return { version: p.version, bestanden: p.bestanden, aantal: p.bestanden.length, bron: 'online' };
    }
  } catch {
    // No network: use what the service worker noted when it stored the site.
  }
  const notitie = await (await caches.open('barrieremodel-status')).match(`${basis}__offline`);
  if (!notitie) return undefined;
  const n = (await notitie.json()) as { version: string; bestanden: number };
  return { version: n.version, aantal: n.bestanden, bron: 'offline' };
}

async function controleer(el: HTMLElement) {
  const d = el.dataset;
  const uitslag = el.querySelector<HTMLElement>('.offline-uitslag')!;
  const details = el.querySelector<HTMLElement>('.offline-details')!;
  const ontbreekt = [...el.querySelectorAll<HTMLElement>('.offline-ontbreekt')];
  uitslag.textContent = d.bezig ?? '';
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    uitslag.textContent = d.kan ?? '';
    el.dataset.uitslag = 'nee';
    return;
  }
  const l = await lijst(d.manifest!);
  const naam = l && `barrieremodel-${l.version}`;
  if (!l || !naam || !(await caches.has(naam))) {
    uitslag.textContent = d.nee ?? '';
    el.dataset.uitslag = 'nee';
    details.hidden = !l;
    if (l) el.querySelector('.offline-versie')!.textContent = l.version;
    return;
  }
  const cache = await caches.open(naam);
  const opgeslagen = new Set((await cache.keys()).map((r) => r.url));
  const missend = l.bestanden ? l.bestanden.filter((b) => !opgeslagen.has(basis + b)) : [];
  const aanwezig = l.bestanden ? l.aantal - missend.length : Math.min(opgeslagen.size, l.aantal);
  el.querySelector('.offline-versie')!.textContent = l.version;
  el.querySelector('.offline-bestanden')!.textContent = `${aanwezig} / ${l.aantal}`;
  el.querySelector('.offline-bron')!.textContent = (l.bron === 'online' ? d.online : d.offline) ?? '';
  for (const o of ontbreekt) o.hidden = missend.length === 0;
  el.querySelector('.offline-ontbreekt ul')!.replaceChildren(
    ...missend.slice(0, 5).map((b) => Object.assign(document.createElement('li'), { textContent: b || '/' })),
  );
  details.hidden = false;
  uitslag.textContent =
    aanwezig === l.aantal ? (d.ja ?? '') : (d.deels ?? '').replace('{n}', String(aanwezig)).replace('{totaal}', String(l.aantal));
  el.dataset.uitslag = aanwezig === l.aantal ? 'ja' : 'deels';
}

if (vak) {
  const knop = vak.querySelector<HTMLButtonElement>('.offline-opnieuw')!;
  knop.hidden = false;
  knop.addEventListener('click', () => void controleer(vak));
  // The service worker says when it has stored everything: check again then.
  navigator.serviceWorker?.addEventListener('message', (e: MessageEvent<{ type?: string }>) => {
    if (e.data?.type === 'offline-klaar') void controleer(vak);
  });
  void controleer(vak);
}
