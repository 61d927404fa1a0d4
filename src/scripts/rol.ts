/**
 * "Your role first". A professional can say who they are (home page, role
 * pages, the "Ik zie iets" page). The choice stays on this device only, in
 * localStorage (not a cookie: it is never sent anywhere), and can be cleared
 * on the privacy page or next to the choice itself. On a signal page it:
 * - shows the block "Voor jou als …" with their steps and whom to call first;
 * - marks their own steps in "Wat doe je nu?".
 * Without JavaScript, or without a choice, pages show every role's part.
 */
export const ROL_SLEUTEL = 'bm-rol';

export function gekozenRol(): string | null {
  try {
    return localStorage.getItem(ROL_SLEUTEL);
  } catch {
    return null;
  }
}

/** Remembers the chosen role on this device (null forgets it) and shows it on the page. */
export function bewaar(rol: string | null) {
  try {
    if (rol) localStorage.setItem(ROL_SLEUTEL, rol);
    else localStorage.removeItem(ROL_SLEUTEL);
  } catch {
    // Storage off: the choice lasts for this page only.
  }
  toon(rol);
  document.dispatchEvent(new CustomEvent('bm-rol', { detail: rol }));
}

function toon(rol: string | null) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-voor-rol]')) el.hidden = el.dataset.voorRol !== rol;
  for (const el of document.querySelectorAll<HTMLElement>('[data-zonder-rol]')) el.hidden = rol !== null;
  for (const knop of document.querySelectorAll<HTMLButtonElement>('[data-kies-rol]')) {
    knop.hidden = false;
    knop.setAttribute('aria-pressed', String(knop.dataset.kiesRol === rol));
  }
  for (const knop of document.querySelectorAll<HTMLButtonElement>('[data-vergeet-rol]')) knop.hidden = rol === null;
  // Mark the chosen role's steps in "Wat doe je nu?".
  const artikel = document.querySelector<HTMLElement>('[data-rolstappen]');
  if (!artikel) return;
  const perRol = JSON.parse(artikel.dataset.rolstappen ?? '{}') as Record<string, number[]>;
  const kop = document.getElementById('wat-doe-je-nu');
  let lijst = kop?.nextElementSibling;
  while (lijst && lijst.tagName !== 'OL' && !/^H[1-2]$/.test(lijst.tagName)) lijst = lijst.nextElementSibling;
  if (!lijst || lijst.tagName !== 'OL') return;
  const stappen = new Set(rol ? (perRol[rol] ?? []) : []);
  [...lijst.children].forEach((li, i) => {
    const mijn = stappen.has(i + 1);
    li.classList.toggle('mijn-stap', mijn);
    li.querySelector('.mijn-stap__label')?.remove();
    if (mijn) {
      const label = document.createElement('strong');
      label.className = 'mijn-stap__label';
      label.textContent = `${artikel.dataset.jouwStap ?? 'Jouw stap'}: `;
      li.prepend(label);
    }
  });
}

/** Wires the role buttons and applies the stored role to this page. */
export function pasRolToe(): void {
  for (const knop of document.querySelectorAll<HTMLButtonElement>('[data-kies-rol]')) {
    knop.addEventListener('click', () => bewaar(knop.dataset.kiesRol ?? null));
  }
  for (const knop of document.querySelectorAll<HTMLButtonElement>('[data-vergeet-rol]')) {
    knop.addEventListener('click', () => bewaar(null));
  }
  toon(gekozenRol());
}
