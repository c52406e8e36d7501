/**
 * The speaker-notes view (`/present/?notes=1`), for the teacher's own screen: the shown
 * slide's number and title, pictures of the current and the next slide, the notes, a
 * countdown for the lecture (minutes to set, start/pause, reset) beside the elapsed
 * time, and whether the room's screen is blacked out. The notes are in the page already,
 * kept hidden by the presenter markup.
 */
import { NOTES_VIEW, PRESENTER, SLIDE } from '@/lib/markup/present';
import { thumbnail } from './thumbnails';

const clock = (seconds: number) => {
  const sign = seconds < 0 ? '−' : '';
  const s = Math.abs(Math.round(seconds));
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The countdown's state as a pure value: running since `since` (ms) with `left` seconds at that moment. */
export interface Countdown {
  total: number;
  left: number;
  since: number | null;
}

export const remaining = (c: Countdown, now: number) => (c.since === null ? c.left : c.left - (now - c.since) / 1000);
export const toggled = (c: Countdown, now: number): Countdown => (c.since === null ? { ...c, since: now } : { ...c, left: remaining(c, now), since: null });
export const reset = (c: Countdown, minutes: number): Countdown => ({ total: minutes * 60, left: minutes * 60, since: null });

export function setupNotesView(root: HTMLElement) {
  const q = <T extends HTMLElement>(attribute: string) => root.querySelector<T>(`[${attribute}]`)!;
  const store = q(NOTES_VIEW.store);
  const statusLine = q(NOTES_VIEW.status);
  const body = q(NOTES_VIEW.body);
  const next = q(NOTES_VIEW.next);
  const timer = q(NOTES_VIEW.timer);
  const elapsed = q(NOTES_VIEW.elapsed);
  const minutes = q<HTMLInputElement>(NOTES_VIEW.minutes);
  const toggle = q<HTMLButtonElement>(NOTES_VIEW.toggle);
  const blackout = q(NOTES_VIEW.blackout);
  const thumb = (which: string) => root.querySelector<HTMLElement>(`[${NOTES_VIEW.thumb}="${which}"]`)!;
  const thumbs = { current: thumb('current'), next: thumb('next') };
  const colon = root.getAttribute(PRESENTER.colon) ?? ': ';
  const title = (slide: HTMLElement) => slide.getAttribute(SLIDE.title);
  const started = Date.now();
  let countdown = reset({ total: 0, left: 0, since: null }, Number(minutes.value) || 45);

  const tick = () => {
    const now = Date.now();
    elapsed.textContent = clock((now - started) / 1000);
    const left = remaining(countdown, now);
    timer.textContent = clock(left);
    timer.classList.toggle('is-over', left < 0);
    toggle.textContent = toggle.getAttribute(countdown.since === null ? NOTES_VIEW.start : NOTES_VIEW.pause) ?? '';
    toggle.setAttribute('aria-pressed', String(countdown.since !== null));
  };
  window.setInterval(tick, 1000);
  toggle.addEventListener('click', () => {
    countdown = toggled(countdown, Date.now());
    tick();
  });
  q(NOTES_VIEW.reset).addEventListener('click', () => {
    countdown = reset(countdown, Math.min(240, Math.max(1, Number(minutes.value) || 45)));
    tick();
  });
  minutes.addEventListener('change', () => {
    if (countdown.since === null) countdown = reset(countdown, Math.min(240, Math.max(1, Number(minutes.value) || 45)));
    tick();
  });
  tick();

  return {
    show(n: number, slides: HTMLElement[], blackedOut: boolean) {
      const slide = slides[n - 1];
      statusLine.textContent = `${slide.getAttribute('aria-label')}${colon}${title(slide)}`;
      const notes = store.querySelector(`[${NOTES_VIEW.notesFor}="${n}"]`);
      body.replaceChildren();
      if (notes?.children.length) body.append(...[...notes.children].map((child) => child.cloneNode(true)));
      else body.textContent = store.getAttribute(NOTES_VIEW.empty) ?? '';
      const following = slides[n];
      next.textContent = following ? `${next.getAttribute(NOTES_VIEW.label)}${colon}${title(following)}` : (next.getAttribute(NOTES_VIEW.last) ?? '');
      thumbs.current.replaceChildren(thumbnail(slide, 320));
      thumbs.next.replaceChildren(...(following ? [thumbnail(following, 320)] : []));
      blackout.textContent = blackout.getAttribute(blackedOut ? NOTES_VIEW.on : NOTES_VIEW.off) ?? '';
      root.classList.toggle('is-blacked-out', blackedOut);
    },
  };
}
