/**
 * The service worker's code (bundled into out/sw.js by scripts/service-worker.ts, which
 * puts the precache list and version in front of it). Install: fetch every listed file
 * into a cache named after the version. Activate: delete the caches of older versions.
 * Fetch: answer from the cache first, by path (so `?notes=1`, widget links and
 * Pagefind's cache-busting `?ts=` work offline), else from the network, and offline pages
 * that were never cached get the cached 404 page. A new version waits until the page
 * asks it to take over (the "new version ready" notice) or every tab is closed.
 */
declare const PRECACHE_VERSION: string;
declare const PRECACHE_URLS: string[];

const worker = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'llmx-';
const CACHE = `${PREFIX}${PRECACHE_VERSION}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      // a few at a time, so a slow connection is not flooded with hundreds of requests
      const queue = [...PRECACHE_URLS];
      const next = async (): Promise<void> => {
        const url = queue.shift();
        if (!url) return;
        const response = await fetch(new Request(url, { cache: 'reload' }));
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        await cache.put(url, response);
        return next();
      };
      await Promise.all(Array.from({ length: 6 }, next));
    }),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const navigate = request.mode === 'navigate';
      // files are cached by path: a page's query (?notes=1) or a cache-busting ?ts= must not miss
      const cached = await cache.match(url.pathname, { ignoreSearch: true });
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        const fallback = navigate ? await cache.match('/404.html') : undefined;
        if (fallback) return fallback;
        throw error;
      }
    })(),
  );
});
