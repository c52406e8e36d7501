/**
 * The service worker's code (bundled into out/sw.js by scripts/build/service-worker.ts, which
 * puts the offline plan and version in front of it: lib/offline/precache.ts).
 *
 * Install: fetch the `core` group into a cache named after the version, plus every group
 * that the previous version had kept (so an update keeps what the reader chose).
 * The page then asks for its language's group (`keep`), and for every group when the
 * reader presses "make everything available offline". A group fully cached gets a marker
 * entry, which `status` reports and the next version's install reads.
 * Activate: delete the caches of older versions.
 * Fetch: answer from the cache first, by path (so `?notes=1`, widget links and
 * Pagefind's cache-busting `?ts=` work offline), else from the network, keeping any file
 * of the site that was not cached yet (a tokenizer table, the other language, the search
 * index, a slide page) for next time; offline pages that were never cached get the cached
 * 404 page. A new version waits until the page asks it to take over (the "new version
 * ready" notice) or every tab is closed.
 */
import type { OfflineMessage, OfflineStatus } from './messages';

declare const PRECACHE_VERSION: string;
declare const OFFLINE_GROUPS: Record<string, { urls: string[]; bytes: number }>;

const worker = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'llmx-';
const CACHE = `${PREFIX}${PRECACHE_VERSION}`;
const SITE_FILES = new Set(Object.values(OFFLINE_GROUPS).flatMap((group) => group.urls));
const marker = (group: string) => `/.offline/${group}`;

/** Fetches every URL not yet in `cache`, a few at a time so a slow connection is not flooded. */
async function fill(cache: Cache, urls: string[]): Promise<void> {
  const queue = [...urls];
  const next = async (): Promise<void> => {
    const url = queue.shift();
    if (!url) return;
    if (!(await cache.match(url))) {
      const response = await fetch(new Request(url, { cache: 'reload' }));
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await cache.put(url, response);
    }
    return next();
  };
  await Promise.all(Array.from({ length: 6 }, next));
}

/** Caches the named groups and marks each one kept. */
async function keep(groups: string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  for (const group of groups.filter((g) => OFFLINE_GROUPS[g])) {
    await fill(cache, OFFLINE_GROUPS[group].urls);
    await cache.put(marker(group), new Response(''));
  }
}

async function status(): Promise<OfflineStatus> {
  const cache = await caches.open(CACHE);
  const names = Object.keys(OFFLINE_GROUPS);
  const kept = (await Promise.all(names.map(async (g) => ((await cache.match(marker(g))) ? g : null)))).filter((g): g is string => g !== null);
  const everythingBytes = Object.values(OFFLINE_GROUPS).reduce((sum, g) => sum + g.bytes, 0);
  return { kept, everything: kept.length === names.length, everythingBytes };
}

/** The groups an older version of the site had kept. */
async function keptBefore(): Promise<string[]> {
  const kept = new Set<string>();
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE) continue;
    const old = await caches.open(key);
    for (const group of Object.keys(OFFLINE_GROUPS)) if (await old.match(marker(group))) kept.add(group);
  }
  return [...kept];
}

worker.addEventListener('install', (event) => {
  event.waitUntil(keptBefore().then((groups) => keep(['core', ...groups])));
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
  const message = event.data as OfflineMessage | null;
  if (message?.type === 'skip-waiting') void worker.skipWaiting();
  const reply = event.ports[0];
  if (!reply) return;
  if (message?.type === 'keep') {
    event.waitUntil(
      keep(message.groups === 'all' ? Object.keys(OFFLINE_GROUPS) : message.groups)
        .then(status)
        .then((s) => reply.postMessage(s))
        .catch((error: unknown) => reply.postMessage({ error: String(error) })),
    );
  } else if (message?.type === 'status') {
    event.waitUntil(status().then((s) => reply.postMessage(s)));
  }
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
        const response = await fetch(request);
        if (response.ok && SITE_FILES.has(url.pathname)) event.waitUntil(cache.put(url.pathname, response.clone()));
        return response;
      } catch (error) {
        const fallback = navigate ? await cache.match('/404.html') : undefined;
        if (fallback) return fallback;
        throw error;
      }
    })(),
  );
});
