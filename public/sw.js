/*
 * Service worker of the Barrièremodel: after one visit the whole site works
 * offline, search included. The list of files and their version come from
 * sw-manifest.js, written at build time; a new build changes that file, so
 * the browser installs the new version and it takes effect on the next visit.
 *
 * - Pages and the search index's entry file (pagefind-entry.json): network
 *   first (always the newest when online), the cache when offline. Everything
 *   else has a content-hashed name (_astro/…, pagefind/index/…, fragments), so
 *   a page and the index it asks for always belong to the same build: new
 *   pages with the new index online, the cached pages with the cached index
 *   offline.
 * - Everything else: the cache first. Pagefind adds a cache-busting "?ts=…" to
 *   some requests; the cache is matched without the query string, and without
 *   regard to Vary (a server that sends "Vary: Origin", like `astro preview`,
 *   would otherwise make every script miss the cache offline).
 * - A new build installs completely in a cache of its own (named after its
 *   version), then takes over at once and deletes the older caches: pages
 *   that were hidden or removed leave the cache with the old version.
 */
importScripts('sw-manifest.js');
const { version, bestanden } = self.BARRIEREMODEL_PRECACHE;
const CACHE = `barrieremodel-${version}`;
const STATUS = 'barrieremodel-status';
const basis = new URL('./', self.location).href;
const MATCH = { ignoreSearch: true, ignoreVary: true };
/** Files whose name stays the same while their content changes with each build. */
const VERANDERLIJK = /\/pagefind\/pagefind-entry\.json$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // In small batches, so a phone is not flooded with requests at once.
      for (let i = 0; i < bestanden.length; i += 20) {
        await cache.addAll(bestanden.slice(i, i + 20).map((b) => new Request(basis + b, { cache: 'reload' })));
      }
      // Complete: replace the older version now, rather than when every tab has closed.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const naam of await caches.keys()) if (naam.startsWith('barrieremodel-') && naam !== CACHE && naam !== STATUS) await caches.delete(naam);
      const status = await caches.open(STATUS);
      await status.put(basis + '__offline', new Response(JSON.stringify({ version, bestanden: bestanden.length }), { headers: { 'content-type': 'application/json' } }));
      await self.clients.claim();
      for (const client of await self.clients.matchAll()) client.postMessage({ type: 'offline-klaar', version });
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith(basis)) return;
  if (req.mode === 'navigate' || VERANDERLIJK.test(new URL(req.url).pathname)) {
    event.respondWith(
      (async () => {
        try {
          return await fetch(req);
        } catch {
          const cache = await caches.open(CACHE);
          if (req.mode !== 'navigate') return (await cache.match(req, MATCH)) ?? Response.error();
          const pagina = await cache.match(req, MATCH);
          if (pagina) return pagina;
          // A page this version does not have (hidden or removed): the site's own 404 page, as a 404.
          const nietGevonden = await cache.match(basis + '404.html', MATCH);
          return nietGevonden ? new Response(nietGevonden.body, { status: 404, headers: nietGevonden.headers }) : Response.error();
        }
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(req, MATCH);
      return hit ?? fetch(req);
    })(),
  );
});
