/**
 * The search loader, the only script on content pages (about 1 KB). It
 * loads nothing until it is needed:
 * - "/" or Ctrl/⌘+K opens the search dialog (Pagefind's Component UI, loaded
 *   then); without JavaScript the search form in the header still works;
 * - a page opened from a search result (?zoek=…) marks the searched words.
 */
import { HIGHLIGHT_PARAM, RANKING } from '../lib/search.ts';

type Modal = HTMLElement & { open(): void };
declare global {
  interface Window {
    PagefindComponents?: { configureInstance(name: string, options: object): unknown };
  }
}

const bundle = document.documentElement.dataset.pagefind ?? '/pagefind/';

function laad(tag: 'link' | 'script', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    if (el instanceof HTMLLinkElement) Object.assign(el, { rel: 'stylesheet', href: url });
    else Object.assign(el, { src: url, defer: true });
    el.addEventListener('load', () => resolve());
    el.addEventListener('error', () => reject(new Error(`Kon ${url} niet laden`)));
    document.head.append(el);
  });
}

let ui: Promise<void> | undefined;
function laadZoeken(): Promise<void> {
  ui ??= Promise.all([laad('link', `${bundle}pagefind-component-ui.css`), laad('script', `${bundle}pagefind-component-ui.js`)])
    .then(() => customElements.whenDefined('pagefind-modal'))
    .then(() => void window.PagefindComponents?.configureInstance('default', { ranking: RANKING }));
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
  void laadZoeken().then(() => document.querySelector<Modal>('pagefind-modal')?.open());
});

const zoek = new URL(location.href).searchParams.get(HIGHLIGHT_PARAM);
if (zoek) {
  void import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`).then(
    (m: { default: new (o: object) => unknown }) => new m.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }),
  );
}
