/**
 * Presentation mode.
 * - Keys: → ↓ Space PageDown: next slide; ← ↑ PageUp: previous; Home/End:
 *   first/last; Escape: back to the page; P: the presenter window.
 * - Navigation follows the slide on screen: after scrolling with the mouse,
 *   → continues from the slide you see (IntersectionObserver).
 * - The presenter window (?weergave=presentator) shows the current and the
 *   next slide, the notes and a clock; it and the beamer window stay on the
 *   same slide through a BroadcastChannel (same browser, no server).
 */
const dias = [...document.querySelectorAll<HTMLElement>('main .dia')];
const presentator = new URL(location.href).searchParams.get('weergave') === 'presentator';
const kanaal = 'BroadcastChannel' in window ? new BroadcastChannel(`barrieremodel-presentatie:${location.pathname}`) : undefined;

type Bericht = { type: 'dia'; n: number } | { type: 'vraag' };

let huidig = Math.max(
  0,
  dias.findIndex((d) => `#${d.id}` === location.hash),
);

function grens(n: number) {
  return Math.min(dias.length - 1, Math.max(0, n));
}

function meld(n: number) {
  kanaal?.postMessage({ type: 'dia', n } satisfies Bericht);
}

/** Goes to slide n. `van` says who asked: this window (tell the other), or the other window (do not echo). */
function ga(n: number, van: 'hier' | 'ander' = 'hier') {
  const nieuw = grens(n);
  const veranderd = nieuw !== huidig;
  huidig = nieuw;
  if (presentator) toonPresentator();
  else {
    const dia = dias[huidig];
    dia.scrollIntoView({ block: 'start' });
    history.replaceState(null, '', `#${dia.id}`);
    // Focus for screen readers, without a ring (presentatie.css) and without scrolling.
    if (van === 'hier') dia.querySelector<HTMLElement>('h1, h2')?.focus({ preventScroll: true });
  }
  if (van === 'hier' && (veranderd || presentator)) meld(huidig);
}

function openPresentator() {
  const url = new URL(location.href);
  url.searchParams.set('weergave', 'presentator');
  url.hash = dias[huidig]?.id ?? '';
  window.open(url.href, 'barrieremodel-presentator', 'popup,width=1280,height=800');
}

document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const t = e.target;
  if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  // Space and Enter on a button press the button.
  if (t instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
  const acties: Record<string, () => void> = {
    ArrowRight: () => ga(huidig + 1),
    ArrowDown: () => ga(huidig + 1),
    PageDown: () => ga(huidig + 1),
    ' ': () => ga(huidig + 1),
    ArrowLeft: () => ga(huidig - 1),
    ArrowUp: () => ga(huidig - 1),
    PageUp: () => ga(huidig - 1),
    Home: () => ga(0),
    End: () => ga(dias.length - 1),
  };
  if (!presentator) {
    acties.Escape = () => location.assign(document.body.dataset.terug ?? '../');
    acties.p = openPresentator;
    acties.P = openPresentator;
  }
  const actie = acties[e.key];
  if (!actie) return;
  e.preventDefault();
  actie();
});

kanaal?.addEventListener('message', (e: MessageEvent<Bericht>) => {
  if (e.data.type === 'dia') ga(e.data.n, 'ander');
  // A presenter window that just opened asks where the beamer is.
  else if (e.data.type === 'vraag' && !presentator) meld(huidig);
});

// ---- The beamer window ----

if (!presentator) {
  for (const d of dias) d.querySelector<HTMLElement>('h1, h2')?.setAttribute('tabindex', '-1');
  if ('BroadcastChannel' in window) {
    for (const knop of document.querySelectorAll<HTMLButtonElement>('.presentator-knop')) {
      knop.hidden = false;
      knop.addEventListener('click', openPresentator);
    }
  }
  // The slide on screen is the current one, however it got there (keys, links, mouse wheel, touch).
  const waarnemer = new IntersectionObserver(
    (items) => {
      for (const item of items) {
        if (!item.isIntersecting) continue;
        const n = dias.indexOf(item.target as HTMLElement);
        if (n === huidig) continue;
        huidig = n;
        history.replaceState(null, '', `#${dias[n].id}`);
        meld(n);
      }
    },
    { threshold: 0.6 },
  );
  for (const d of dias) waarnemer.observe(d);
}

// ---- The presenter window ----

let klokStart = Date.now();
let gepauzeerd: number | undefined;

function klokTekst(ms: number) {
  const s = Math.floor(ms / 1000);
  const uren = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return uren ? `${uren}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** A copy of a slide to show in a screen pane: no ids (they stay unique), nothing to tab to. */
function kopie(dia: HTMLElement): HTMLElement {
  const k = dia.cloneNode(true) as HTMLElement;
  for (const el of [k, ...k.querySelectorAll<HTMLElement>('[id]')]) el.removeAttribute('id');
  k.removeAttribute('aria-labelledby');
  k.querySelector('.dia-notities')?.remove();
  return k;
}

function toonPresentator() {
  const scherm = document.querySelector<HTMLElement>('.presentator-scherm');
  if (!scherm) return;
  const [nu, straks] = scherm.querySelectorAll<HTMLElement>('.scherm');
  nu.replaceChildren(kopie(dias[huidig]));
  const volgende = dias[huidig + 1];
  if (volgende) straks.replaceChildren(kopie(volgende));
  else {
    const leeg = document.createElement('p');
    leeg.className = 'scherm-leeg';
    leeg.textContent = straks.dataset.leeg ?? '';
    straks.replaceChildren(leeg);
  }
  scherm.querySelector('.teller')!.textContent = dias[huidig].querySelector('.dia-teller')?.textContent ?? '';
  const notities = scherm.querySelector<HTMLElement>('.notities-inhoud')!;
  const bron =
    dias[huidig].querySelector<HTMLTemplateElement>('template.dia-notities') ??
    document.querySelector<HTMLTemplateElement>('template#notities');
  if (bron) notities.replaceChildren(bron.content.cloneNode(true));
  else notities.textContent = notities.dataset.leeg ?? '';
  history.replaceState(null, '', `${location.search}#${dias[huidig].id}`);
}

if (presentator) {
  const sjabloon = document.querySelector<HTMLTemplateElement>('template#presentator-sjabloon')!;
  document.body.classList.add('presentator');
  document.body.append(sjabloon.content.cloneNode(true));
  document.title = `${document.querySelector('.presentator-balk')?.getAttribute('aria-label')}: ${document.title}`;
  const klok = document.querySelector<HTMLElement>('.klok')!;
  const pauze = document.querySelector<HTMLButtonElement>('[data-actie="pauze"]')!;
  const tik = () => {
    klok.textContent = klokTekst((gepauzeerd ?? Date.now()) - klokStart);
  };
  setInterval(tik, 1000);
  document.querySelector('.presentator-balk')!.addEventListener('click', (e) => {
    const actie = (e.target as HTMLElement).closest<HTMLElement>('[data-actie]')?.dataset.actie;
    if (actie === 'vorige') ga(huidig - 1);
    else if (actie === 'volgende') ga(huidig + 1);
    else if (actie === 'opnieuw') {
      klokStart = Date.now();
      if (gepauzeerd !== undefined) gepauzeerd = klokStart;
    } else if (actie === 'pauze') {
      if (gepauzeerd === undefined) gepauzeerd = Date.now();
      else {
        klokStart += Date.now() - gepauzeerd;
        gepauzeerd = undefined;
      }
      pauze.textContent = (gepauzeerd === undefined ? pauze.dataset.pauze : pauze.dataset.verder) ?? '';
    }
    tik();
  });
  toonPresentator();
  kanaal?.postMessage({ type: 'vraag' } satisfies Bericht);
}
