/**
 * Keyboard control for presentation mode: → ↓ Space PageDown: next slide;
 * ← ↑ PageUp: previous; Home/End: first/last; Escape: back to the page.
 */
const dias = [...document.querySelectorAll<HTMLElement>('.dia')];
let huidig = Math.max(0, dias.findIndex((d) => `#${d.id}` === location.hash));

function ga(n: number) {
  huidig = Math.min(dias.length - 1, Math.max(0, n));
  const dia = dias[huidig];
  dia.scrollIntoView({ block: 'start' });
  history.replaceState(null, '', `#${dia.id}`);
  dia.querySelector<HTMLElement>('h1, h2')?.focus({ preventScroll: true });
}

for (const d of dias) d.querySelector<HTMLElement>('h1, h2')?.setAttribute('tabindex', '-1');

document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
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
    Escape: () => location.assign(document.body.dataset.terug ?? '../'),
  };
  const actie = acties[e.key];
  if (!actie) return;
  e.preventDefault();
  actie();
});
