/**
 * The site script, the only script on content pages. It loads nothing until
 * it is needed:
 * - "/" or Ctrl/⌘+K opens the search dialog; the search code (zoek-ui.ts)
 *   loads then. Escape closes it and focus returns where it was.
 * - The search form in the header sends its query to the search page in the
 *   URL fragment (#q=…), so it stays out of the server's logs; without
 *   JavaScript the form still works, as an ordinary ?q= request.
 * - A page opened from a search result marks the searched words.
 * - The role a professional chose (rol.ts) puts their own steps first.
 * - After the page has loaded, a service worker keeps the whole site, search
 *   included, available offline (public/sw.js); the footer then says so.
 */
import { markeer } from './markeren.ts';
import { pasRolToe } from './rol.ts';

const basis = document.documentElement.dataset.basis ?? '/';
const dialoog = document.querySelector<HTMLDialogElement>('dialog.zoekdialoog');
let gekoppeld: Promise<HTMLInputElement | undefined> | undefined;
let terug: HTMLElement | null = null;

function koppel(): Promise<HTMLInputElement | undefined> {
  const paneel = dialoog?.querySelector<HTMLElement>('[data-zoekpaneel]');
  if (!paneel) return Promise.resolve(undefined);
  gekoppeld ??= import('./zoek-ui.ts').then(({ koppelPaneel }) => koppelPaneel(paneel, { dialoog: true }).invoer);
  return gekoppeld;
}

function openDialoog() {
  if (!dialoog || dialoog.open) return;
  terug = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialoog.showModal();
  // Focus the box at once, so nothing typed while the search code loads is lost.
  dialoog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  void koppel();
}
dialoog?.addEventListener('close', () => {
  terug?.focus();
  terug = null;
});

function inTekstveld(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

document.addEventListener('keydown', (e) => {
  const ctrlK = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey;
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !inTekstveld(e.target);
  if (!ctrlK && !slash) return;
  e.preventDefault();
  openDialoog();
});

// Search forms (header, home page): the query goes to the search page in the fragment, never to the server.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-zoekformulier]')) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new FormData(form).get('q')?.toString().trim() ?? '';
    location.assign(`${form.action.replace(/[?#].*$/, '')}${q ? `#q=${encodeURIComponent(q)}` : ''}`);
  });
}
for (const el of document.querySelectorAll<HTMLElement>('[data-alleen-js]')) el.hidden = false;

markeer();
pasRolToe();

async function toonOffline() {
  const status = await caches.open('barrieremodel-status');
  if (await status.match(`${location.origin}${basis}__offline`)) {
    document.querySelector<HTMLElement>('.offline-status')?.removeAttribute('hidden');
  }
}

// In `astro dev` there is no sw-manifest.js, so the worker does not install there.
// With the browser's data saver on, nothing is stored in the background.
const spaarstand = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
if ('serviceWorker' in navigator && !spaarstand) {
  navigator.serviceWorker.addEventListener('message', (e: MessageEvent<{ type?: string }>) => {
    if (e.data?.type === 'offline-klaar') void toonOffline();
  });
  addEventListener('load', () => {
    void navigator.serviceWorker.register(`${basis}sw.js`, { scope: basis });
    void toonOffline();
  });
}
