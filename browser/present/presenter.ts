/**
 * Presenter mode in the browser (loaded only on `/present/` pages): one slide at a time,
 * driven by the keys presentation clickers send; a widget with steps on the shown slide
 * takes each step before the slide moves on (lib/markup/stepEvent.ts). The slide number
 * lives in the URL (`#slide-N`), Escape returns to the chapter at the same section, B
 * blacks the screen out, F goes full screen, and a second window opened with
 * `?notes=1` shows the speaker notes, kept in step over a BroadcastChannel.
 */
import { dispatchStep } from '@/lib/markup/stepEvent';
import { keyAction, slideFromHash, type PresenterAction } from './keys';
import { setupNotesView } from './notes';

interface State {
  slide: number;
  blackout: boolean;
}

type Message = { type: 'state'; state: State } | { type: 'advance'; direction: 1 | -1 } | { type: 'hello' };

/** Starts the slide show on the presenter markup; `early` are key presses made before it loaded. */
export function startPresenter(root: HTMLElement, early: KeyboardEvent[] = []): void {
  const slides = [...root.querySelectorAll<HTMLElement>('.slide')];
  const total = slides.length;
  const notesMode = root.classList.contains('is-notes');
  const status = root.querySelector<HTMLElement>('[data-present-status]')!;
  const count = root.querySelector<HTMLElement>('[data-present-count]')!;
  const bar = root.querySelector<HTMLElement>('[data-present-progress]')!;
  const exit = root.querySelector<HTMLAnchorElement>('[data-present="exit"]')!;
  const blackoutScreen = root.querySelector<HTMLElement>('[data-present-blackout]')!;
  const chapterUrl = root.dataset.chapterUrl!;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(root.dataset.channel!) : null;
  const notes = notesMode ? setupNotesView(root) : null;
  const state: State = { slide: slideFromHash(location.hash, total) ?? 1, blackout: false };
  let answered = 0;

  const post = (message: Message) => channel?.postMessage(message);

  const fit = (slide: HTMLElement) => {
    const inner = slide.querySelector<HTMLElement>('.slide-inner')!;
    const overflows = () => slide.scrollHeight > slide.clientHeight + 2;
    inner.style.fontSize = '';
    for (let scale = 0.95; scale >= 0.75 && overflows(); scale -= 0.05) inner.style.fontSize = `${scale}em`;
    // smaller type did not help (a tall widget): keep the projector size, and let the slide
    // scroll, with a tab stop so the keyboard can scroll it
    if (overflows()) inner.style.fontSize = '';
    if (overflows()) slide.tabIndex = 0;
    else slide.removeAttribute('tabindex');
  };

  const render = (announce: boolean) => {
    const slide = slides[state.slide - 1];
    slides.forEach((s) => s.classList.toggle('is-current', s === slide));
    const url = new URL(location.href);
    url.hash = `slide-${state.slide}`;
    history.replaceState(history.state, '', url.href);
    count.textContent = `${state.slide} / ${total}`;
    bar.style.width = `${(100 * state.slide) / total}%`;
    exit.href = chapterUrl + (slide.dataset.section ? `#${slide.dataset.section}` : '');
    if (announce) status.textContent = `${slide.getAttribute('aria-label')}${root.dataset.colon ?? ': '}${slide.dataset.title}`;
    blackoutScreen.hidden = notesMode || !state.blackout; // the teacher's own screen stays lit
    slide.scrollTop = 0;
    slide.dispatchEvent(new CustomEvent('llmx:mount', { bubbles: true }));
    if (!notesMode) requestAnimationFrame(() => fit(slide));
    notes?.show(state.slide, slides);
  };

  const set = (next: Partial<State>, broadcast = true) => {
    const slide = Math.min(Math.max(next.slide ?? state.slide, 1), total);
    const moved = slide !== state.slide;
    state.slide = slide;
    state.blackout = next.blackout ?? state.blackout;
    render(moved);
    if (broadcast) post({ type: 'state', state });
  };

  /** One step forward or back: the shown slide's widgets first, then the slides. */
  const advance = (direction: 1 | -1) => {
    if (notesMode && channel) {
      // the presenter window owns the widgets: ask it, and move here only if it is not open
      const before = answered;
      post({ type: 'advance', direction });
      window.setTimeout(() => answered === before && set({ slide: state.slide + direction }), 400);
      return;
    }
    for (const widget of slides[state.slide - 1].querySelectorAll('[data-widget]')) {
      if (dispatchStep(widget, direction)) return;
    }
    set({ slide: state.slide + direction });
  };

  const fullscreenButton = root.querySelector<HTMLElement>('[data-present="fullscreen"]');
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  document.addEventListener('fullscreenchange', () => fullscreenButton?.setAttribute('aria-pressed', String(!!document.fullscreenElement)));

  const act = (action: PresenterAction) => {
    if (action === 'next') advance(1);
    else if (action === 'prev') advance(-1);
    else if (action === 'first') set({ slide: 1 });
    else if (action === 'last') set({ slide: total });
    else if (action === 'blackout') set({ blackout: !state.blackout });
    else if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'exit' && !notesMode) location.assign(exit.href);
  };

  const onKey = (event: KeyboardEvent) => {
    const action = keyAction(event);
    if (!action) return;
    event.preventDefault();
    act(action);
  };
  document.addEventListener('keydown', onKey);
  root.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-present]');
    const name = control?.dataset.present;
    if (name === 'prev' || name === 'next' || name === 'fullscreen') act(name);
    if (name === 'notes') {
      event.preventDefault();
      window.open(`${location.pathname}?notes=1#slide-${state.slide}`, 'llmx-notes', 'popup,width=960,height=720');
    }
  });
  blackoutScreen.addEventListener('click', () => set({ blackout: false }));
  window.addEventListener('hashchange', () => set({ slide: slideFromHash(location.hash, total) ?? state.slide }));
  window.addEventListener('resize', () => !notesMode && fit(slides[state.slide - 1]));
  if (typeof ResizeObserver === 'function' && !notesMode) {
    const observer = new ResizeObserver(() => fit(slides[state.slide - 1]));
    slides.forEach((slide) => observer.observe(slide.querySelector('.slide-inner')!));
  }

  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.type === 'state') {
        answered++;
        set(message.state, false);
      } else if (!notesMode && (message.type === 'advance' || message.type === 'hello')) {
        if (message.type === 'advance') advance(message.direction);
        post({ type: 'state', state }); // the answer tells the notes window not to move by itself
      }
    };
    if (notesMode) post({ type: 'hello' });
  }
  root.classList.add('is-ready');
  render(false);
  early.forEach(onKey);
}
