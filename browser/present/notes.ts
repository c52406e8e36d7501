/**
 * The speaker-notes view (`/present/?notes=1`), for the teacher's own screen: the shown
 * slide's number and title, its notes, what comes next, and the time since the notes
 * window opened. The notes are in the page already, kept hidden by the presenter markup.
 */
export function setupNotesView(root: HTMLElement) {
  const store = root.querySelector<HTMLElement>('[data-notes-store]')!;
  const statusLine = root.querySelector<HTMLElement>('[data-notes-status]')!;
  const body = root.querySelector<HTMLElement>('[data-notes-body]')!;
  const next = root.querySelector<HTMLElement>('[data-notes-next]')!;
  const timer = root.querySelector<HTMLElement>('[data-notes-timer]')!;
  const colon = root.dataset.colon ?? ': ';
  const started = Date.now();
  window.setInterval(() => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    timer.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  }, 1000);
  return {
    show(n: number, slides: HTMLElement[]) {
      const slide = slides[n - 1];
      statusLine.textContent = `${slide.getAttribute('aria-label')}${colon}${slide.dataset.title}`;
      const notes = store.querySelector(`[data-notes-for="${n}"]`);
      body.replaceChildren();
      if (notes?.children.length) body.append(...[...notes.children].map((child) => child.cloneNode(true)));
      else body.textContent = store.dataset.empty ?? '';
      const following = slides[n];
      next.textContent = following ? `${next.dataset.label}${colon}${following.dataset.title}` : (next.dataset.last ?? '');
    },
  };
}
