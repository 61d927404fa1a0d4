/**
 * The site script, the only script on content pages (about 1.5 KB). It
 * loads nothing until it is needed:
 * - "/" or Ctrl/⌘+K opens the search dialog (Pagefind's Component UI, loaded
 *   then); without JavaScript the search form in the header still works;
 * - a page opened from a search result (?zoek=…) marks the searched words;
 * - after the page has loaded, a service worker keeps the whole site, search
 *   included, available offline (public/sw.js); the footer then says so.
 */
import { HIGHLIGHT_PARAM } from '../lib/search.ts';
import { configureerZoeken } from './pagefind-instantie.ts';

type Modal = HTMLElement & { open(): void };
declare global {
  interface Window {
    PagefindHighlight?: new (options: object) => unknown;
  }
}

const bundle = document.documentElement.dataset.pagefind ?? '/pagefind/';

function laad(tag: 'link' | 'script' | 'module', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag === 'link' ? 'link' : 'script');
    if (el instanceof HTMLLinkElement) Object.assign(el, { rel: 'stylesheet', href: url });
    else Object.assign(el, { src: url, defer: true, type: tag === 'module' ? 'module' : 'text/javascript' });
    el.addEventListener('load', () => resolve());
    el.addEventListener('error', () => reject(new Error(`Kon ${url} niet laden`)));
    document.head.append(el);
  });
}

let ui: Promise<Modal | undefined> | undefined;
/** Loads Pagefind's UI, configures it, then adds the dialog from its template (so it renders once, in our words). */
function laadZoeken(): Promise<Modal | undefined> {
  const sjabloon = document.querySelector<HTMLTemplateElement>('template#zoekdialoog');
  // The search page has no dialog: it loads the UI itself.
  if (!sjabloon) return Promise.resolve(undefined);
  ui ??= Promise.all([laad('link', `${bundle}pagefind-component-ui.css`), laad('script', `${bundle}pagefind-component-ui.js`)])
    .then(() => customElements.whenDefined('pagefind-modal'))
    .then(() => {
      configureerZoeken();
      document.body.append(sjabloon.content.cloneNode(true));
      return document.querySelector<Modal>('pagefind-modal') ?? undefined;
    });
  return ui;
}

function inTekstveld(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

document.addEventListener('keydown', (e) => {
  const ctrlK = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey;
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !inTekstveld(e.target);
  if (!ctrlK && !slash) return;
  e.preventDefault();
  void laadZoeken().then((modal) => modal?.open());
});

if (new URL(location.href).searchParams.get(HIGHLIGHT_PARAM)) {
  void laad('module', `${bundle}pagefind-highlight.js`).then(
    () => window.PagefindHighlight && new window.PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }),
  );
}

const basis = document.documentElement.dataset.basis ?? '/';

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
