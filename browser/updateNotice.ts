/**
 * The small "a new version is ready" notice with a Reload button (which asks the waiting
 * service worker to take over; browser/offline.ts then reloads the page) and a Later
 * button. Loaded only when an update has been downloaded.
 */
import { uiStrings } from './uiStrings';

export function updateNotice(worker: ServiceWorker, onReload: () => void): void {
  if (document.querySelector('.update-notice')) return;
  const t = uiStrings();
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = t.updateReady;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = t.updateReload;
  reload.addEventListener('click', () => {
    onReload();
    worker.postMessage({ type: 'skip-waiting' });
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'update-later';
  later.textContent = t.updateDismiss;
  later.addEventListener('click', () => notice.remove());
  notice.append(text, reload, later);
  document.body.append(notice);
}
