/**
 * The site's one script: enhances the static page (theme, menu, language switch, copy
 * links, self-checks, reading progress, the search trigger), mounts widgets when they
 * come near, and registers the offline service worker. Presenter pages load their slide
 * show as a separate chunk first, so only the shown slide's widgets are mounted. Loaded
 * as a module, so it runs after the HTML is parsed.
 */
import { PRESENTER } from '@/lib/markup/present';
import { enhanceChrome } from './chrome';
import { mountIslands } from './islands';
import { registerServiceWorker } from './offline';
import { setupProgress } from './progress';
import { enhanceQuizzes } from './quiz';
import { setupSearchTrigger } from './searchTrigger';

enhanceChrome();
enhanceQuizzes();
setupProgress();
setupSearchTrigger();
const presenter = document.querySelector<HTMLElement>(`[${PRESENTER.root}]`);
if (presenter) {
  // keys pressed while the slide show's code arrives are kept and replayed
  const early: KeyboardEvent[] = [];
  const keep = (event: KeyboardEvent) => early.push(event);
  document.addEventListener('keydown', keep);
  void import('./present/presenter').then(({ startPresenter }) => {
    document.removeEventListener('keydown', keep);
    startPresenter(presenter, early);
    mountIslands();
  });
} else {
  mountIslands();
}
registerServiceWorker();
