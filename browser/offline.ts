/**
 * Registers the service worker (written by scripts/service-worker.ts into out/sw.js),
 * which keeps every page, script, style, model and the search index for offline use.
 * When a new version of the site has been downloaded in the background, a small notice
 * offers to reload; the new worker takes over only then (or once every tab is closed),
 * so no page mixes two versions, and no reader stays on an old one for good.
 */

/** Shows the update notice; its code is loaded only when an update is there. */
function showNotice(worker: ServiceWorker, reloadRequested: { value: boolean }): void {
  void import('./updateNotice').then(({ updateNotice }) => updateNotice(worker, () => (reloadRequested.value = true)));
}

export function registerServiceWorker(): void {
  if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
  const reloadRequested = { value: false };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadRequested.value) location.reload();
  });
  const start = async () => {
    try {
      const registration = await navigator.serviceWorker.register('/sw.js');
      if (registration.waiting && navigator.serviceWorker.controller) showNotice(registration.waiting, reloadRequested);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) showNotice(worker, reloadRequested);
        });
      });
    } catch {
      // no service worker (blocked, or a host without sw.js): the site works online as before
    }
  };
  if (document.readyState === 'complete') void start();
  else window.addEventListener('load', () => void start(), { once: true });
}
