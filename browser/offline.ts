/**
 * Registers the service worker (written by scripts/build/service-worker.ts into out/sw.js).
 * A first visit keeps only the site's core and the reader's language (at most 4 MB,
 * checked by the build); the rest is kept as it is first used, or all at once with the
 * footer's "make everything available offline" button, for a classroom that will be
 * offline. When a new version of the site has been downloaded in the background, a
 * small notice offers to reload; the new worker takes over only then (or once every tab
 * is closed), so no page mixes two versions, and no reader stays on an old one for good.
 */
import type { OfflineMessage, OfflineStatus } from '@/lib/offline/messages';
import { SITE_FOOTER } from '@/lib/markup/chrome';
import { uiStrings } from './uiStrings';

/** Shows the update notice; its code is loaded only when an update is there. */
function showNotice(worker: ServiceWorker, reloadRequested: { value: boolean }): void {
  void import('./updateNotice').then(({ updateNotice }) => updateNotice(worker, () => (reloadRequested.value = true)));
}

/** Sends a message to the active worker and waits for its answer. */
async function ask(message: OfflineMessage): Promise<OfflineStatus> {
  const registration = await navigator.serviceWorker.ready;
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => ('error' in data ? reject(new Error(String(data.error))) : resolve(data as OfflineStatus));
    registration.active?.postMessage(message, [channel.port2]);
  });
}

/** The page's language group: 'en' or 'zh', from <html lang>. */
const pageLocale = (): string => document.documentElement.lang.split('-')[0] || 'en';

function formatSize(bytes: number): string {
  const mb = new Intl.NumberFormat(document.documentElement.lang || 'en', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
  return `${mb} MB`;
}

/** The footer's "make everything available offline" button and its status line. */
function offerEverything(status: OfflineStatus): void {
  const footer = document.querySelector(`.${SITE_FOOTER}`);
  if (!footer || footer.querySelector('.offline-all')) return;
  const t = uiStrings();
  const line = document.createElement('p');
  line.className = 'offline-all';
  const note = document.createElement('span');
  note.setAttribute('role', 'status');
  if (status.everything) {
    note.textContent = t.offlineDone;
    line.append(note);
  } else {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t.offlineAll.replace('{size}', formatSize(status.everythingBytes));
    button.addEventListener('click', () => {
      button.disabled = true;
      note.textContent = t.offlineSaving;
      ask({ type: 'keep', groups: 'all' })
        .then(() => {
          button.remove();
          note.textContent = t.offlineDone;
        })
        .catch(() => {
          button.disabled = false;
          note.textContent = t.offlineFailed;
        });
    });
    line.append(button, ' ', note);
  }
  footer.append(line);
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
      offerEverything(await ask({ type: 'keep', groups: [pageLocale()] }));
    } catch {
      // no service worker (blocked, or a host without sw.js): the site works online as before
    }
  };
  if (document.readyState === 'complete') void start();
  else window.addEventListener('load', () => void start(), { once: true });
}
