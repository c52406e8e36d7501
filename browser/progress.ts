/**
 * Reading progress in the sidebar: a chapter page records the visit, and each chapter in
 * the list shows whether it was visited and how many of its self-checks (the total is in
 * the HTML, `data-quiz-total`) were answered right. Updates live on the `llmx:progress`
 * event (sent by the self-checks) and on storage changes from other tabs; the reset
 * button forgets it all after a confirmation.
 */
import { chapterProgress, fill, progressKeys, visitKey } from '@/lib/progress/progress';
import { uiStrings } from './uiStrings';

function entries(): Map<string, string | null> {
  const map = new Map<string, string | null>();
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith('llmx:')) map.set(key, localStorage.getItem(key));
    }
  } catch {
    // storage blocked: no progress to show
  }
  return map;
}

function render(nav: HTMLElement, locale: string): void {
  const t = uiStrings();
  const stored = entries();
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-chapter][data-quiz-total]')];
  let visited = 0;
  let any = false;
  for (const link of links) {
    const total = Number(link.dataset.quizTotal);
    const progress = chapterProgress(stored, locale, link.dataset.chapter!);
    if (progress.visited) visited++;
    any ||= progress.visited || progress.answered > 0;
    let mark = link.querySelector<HTMLElement>('.progress-mark');
    if (!mark) {
      mark = document.createElement('span');
      mark.className = 'progress-mark';
      link.append(mark);
    }
    const checks = fill(t.progressChecks, { done: progress.correct, total });
    const visual = document.createElement('span');
    visual.setAttribute('aria-hidden', 'true');
    visual.textContent = [progress.visited ? '✓' : '', progress.answered ? `${progress.correct}/${total}` : ''].filter(Boolean).join(' ');
    const spoken = document.createElement('span');
    spoken.className = 'sr-only';
    spoken.textContent = [progress.visited ? t.progressVisited : '', progress.answered ? checks : '']
      .filter(Boolean)
      .map((s) => `, ${s}`)
      .join('');
    mark.dataset.visited = String(progress.visited);
    mark.replaceChildren(visual, spoken);
  }
  const summary = nav.querySelector<HTMLElement>('[data-progress-summary]');
  if (summary) summary.textContent = visited ? fill(t.progressSummary, { visited, total: links.length }) : '';
  const reset = nav.querySelector<HTMLButtonElement>('[data-progress-reset]');
  if (reset) reset.hidden = !any;
}

export function setupProgress(): void {
  const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const chapter = document.querySelector<HTMLElement>('article[data-chapter]')?.dataset.chapter;
  if (chapter) {
    try {
      localStorage.setItem(visitKey(locale, chapter), String(Date.now()));
    } catch {
      // storage blocked
    }
  }
  const nav = document.querySelector<HTMLElement>('.sidebar');
  if (!nav) return;
  const update = () => render(nav, locale);
  update();
  window.addEventListener('llmx:progress', update);
  window.addEventListener('storage', update);
  nav.querySelector('[data-progress-reset]')?.addEventListener('click', () => {
    if (!window.confirm(uiStrings().progressConfirm)) return;
    try {
      for (const key of progressKeys(entries().keys())) localStorage.removeItem(key);
    } catch {
      // storage blocked
    }
    window.dispatchEvent(new Event('llmx:progress'));
  });
}
