/*
 * Service worker of the Barrièremodel: after one visit the whole site works
 * offline, search included. The list of files and their version come from
 * sw-manifest.js, written at build time; a new build changes that file, so
 * the browser installs the new version and it takes effect on the next visit.
 *
 * - Pages: network first (always the newest when online), the cache when offline.
 * - Everything else: the cache first. Pagefind adds a cache-busting "?ts=…" to
 *   some requests; the cache is matched without the query string.
 */
importScripts('sw-manifest.js');
const { version, bestanden } = self.BARRIEREMODEL_PRECACHE;
const CACHE = `barrieremodel-${version}`;
const STATUS = 'barrieremodel-status';
const basis = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // In small batches, so a phone is not flooded with requests at once.
      for (let i = 0; i < bestanden.length; i += 20) {
        await cache.addAll(bestanden.slice(i, i + 20).map((b) => new Request(basis + b, { cache: 'reload' })));
      }
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
  if (req.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          return await fetch(req);
        } catch {
          const cache = await caches.open(CACHE);
          return (await cache.match(req, { ignoreSearch: true })) ?? (await cache.match(basis + '404.html')) ?? Response.error();
        }
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(req, { ignoreSearch: true });
      return hit ?? fetch(req);
    })(),
  );
});
