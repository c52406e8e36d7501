/**
 * Reading progress in the sidebar: a chapter page records the visit, and each chapter in
 * the list shows whether it was visited and how many of its self-checks (the total is in
 * the HTML, PROGRESS.quizTotal) were answered right. Updates live on PROGRESS_EVENT
 * (sent by the self-checks) and on storage changes from other tabs; the reset
 * button forgets it all after a confirmation.
 */
import { chapterProgress, fill, progressKeys, visitKey } from '@/lib/progress/progress';
import { PROGRESS, PROGRESS_EVENT } from '@/lib/markup/progress';
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
  const links = [...nav.querySelectorAll<HTMLAnchorElement>(`a[${PROGRESS.chapter}][${PROGRESS.quizTotal}]`)];
  let visited = 0;
  let any = false;
  for (const link of links) {
    const total = Number(link.getAttribute(PROGRESS.quizTotal));
    const progress = chapterProgress(stored, locale, link.getAttribute(PROGRESS.chapter)!);
    if (progress.visited) visited++;
    any ||= progress.visited || progress.answered > 0;
    let mark = link.querySelector<HTMLElement>(`.${PROGRESS.mark}`);
    if (!mark) {
      mark = document.createElement('span');
      mark.className = PROGRESS.mark;
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
    mark.setAttribute(PROGRESS.visited, String(progress.visited));
    mark.replaceChildren(visual, spoken);
  }
  const summary = nav.querySelector<HTMLElement>(`[${PROGRESS.summary}]`);
  if (summary) summary.textContent = visited ? fill(t.progressSummary, { visited, total: links.length }) : '';
  const reset = nav.querySelector<HTMLButtonElement>(`[${PROGRESS.reset}]`);
  if (reset) reset.hidden = !any;
}

export function setupProgress(): void {
  const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const chapter = document.querySelector(`article[${PROGRESS.chapter}]`)?.getAttribute(PROGRESS.chapter);
  if (chapter) {
    try {
      localStorage.setItem(visitKey(locale, chapter), String(Date.now()));
    } catch {
      // storage blocked
    }
  }
  const nav = document.querySelector<HTMLElement>(`.${PROGRESS.sidebar}`);
  if (!nav) return;
  const update = () => render(nav, locale);
  update();
  window.addEventListener(PROGRESS_EVENT, update);
  window.addEventListener('storage', update);
  nav.querySelector(`[${PROGRESS.reset}]`)?.addEventListener('click', () => {
    if (!window.confirm(uiStrings().progressConfirm)) return;
    try {
      for (const key of progressKeys(entries().keys())) localStorage.removeItem(key);
    } catch {
      // storage blocked
    }
    window.dispatchEvent(new Event(PROGRESS_EVENT));
  });
}
