/**
 * Presenter mode in the browser (loaded only on `/present/` pages): one slide at a time,
 * each fitted to the screen (stage.ts), driven by the keys presentation clickers send
 * (keys.ts): a widget with steps on the shown slide takes each step before the slide
 * moves on (lib/markup/stepEvent.ts), and nothing moves while the screen is blacked out.
 * The slide number lives in the URL (`#slide-N`; `#section-<id>` starts at a section),
 * digits + Enter jump, O shows every slide, Q a QR code of the view, Escape returns to
 * the chapter at the same section, B blacks the screen out, F goes full screen, and a
 * second window opened with `?notes=1` shows the speaker notes, kept in step over a
 * BroadcastChannel.
 */
import { ISLAND, MOUNT_EVENT } from '@/lib/markup/island';
import { PRESENT_BAR, PRESENTER, SLIDE } from '@/lib/markup/present';
import { dispatchStep } from '@/lib/markup/stepEvent';
import { keyAction, MOVES, slideFromHash, slideFromSection, type PresenterAction } from './keys';
import { setupNotesView } from './notes';
import { showQr } from './qrOverlay';
import { fitSlide } from './stage';
import { buildOverview, GOTO_ATTRIBUTE } from './thumbnails';

interface State {
  slide: number;
  blackout: boolean;
}

type Message = { type: 'state'; state: State } | { type: 'advance'; direction: 1 | -1 } | { type: 'hello' };

/** Starts the slide show on the presenter markup; `early` are key presses made before it loaded. */
export function startPresenter(root: HTMLElement, early: KeyboardEvent[] = []): void {
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const part = <T extends HTMLElement>(attribute: string) => q<T>(`[${attribute}]`);
  const setting = (attribute: string) => root.getAttribute(attribute);
  const slides = [...root.querySelectorAll<HTMLElement>(`.${SLIDE.slide}`)];
  const total = slides.length;
  const notesMode = root.classList.contains(PRESENTER.notesMode);
  const status = part(PRESENT_BAR.status);
  const count = part(PRESENT_BAR.count);
  const corner = part(PRESENT_BAR.corner);
  const bar = part(PRESENT_BAR.progress);
  const exit = q<HTMLAnchorElement>(`[${PRESENT_BAR.control}="exit"]`);
  const blackoutScreen = part(PRESENT_BAR.blackout);
  const overview = part(PRESENT_BAR.overview);
  const qr = part(PRESENT_BAR.qr);
  const jump = part(PRESENT_BAR.jump);
  const anchors = JSON.parse(setting(PRESENTER.anchors) ?? '{}') as Record<string, number>;
  const chapterUrl = setting(PRESENTER.chapterUrl)!;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(setting(PRESENTER.channel)!) : null;
  const notes = notesMode ? setupNotesView(root) : null;
  const state: State = { slide: slideFromHash(location.hash, total) ?? slideFromSection(location.hash, anchors) ?? 1, blackout: false };
  let answered = 0;
  let digits = '';
  let digitTimer = 0;
  let opener: HTMLElement | null = null;

  const post = (message: Message) => channel?.postMessage(message);
  const fitCurrent = () => !notesMode && fitSlide(slides[state.slide - 1]);

  const render = (announce: boolean) => {
    const slide = slides[state.slide - 1];
    slides.forEach((s) => s.classList.toggle(SLIDE.current, s === slide));
    const url = new URL(location.href);
    url.hash = `slide-${state.slide}`;
    history.replaceState(history.state, '', url.href);
    count.textContent = corner.textContent = `${state.slide} / ${total}`;
    bar.style.width = `${(100 * state.slide) / total}%`;
    const section = slide.getAttribute(SLIDE.section);
    exit.href = chapterUrl + (section ? `#${section}` : '');
    if (announce) status.textContent = `${slide.getAttribute('aria-label')}${setting(PRESENTER.colon) ?? ': '}${slide.getAttribute(SLIDE.title)}`;
    blackoutScreen.hidden = notesMode || !state.blackout; // the teacher's own screen stays lit
    slide.dispatchEvent(new CustomEvent(MOUNT_EVENT, { bubbles: true }));
    if (!notesMode) requestAnimationFrame(fitCurrent);
    if (!qr.hidden) showQr(qr, viewUrl());
    notes?.show(state.slide, slides, state.blackout);
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
    for (const widget of slides[state.slide - 1].querySelectorAll(`[${ISLAND.widget}]`)) {
      if (dispatchStep(widget, direction)) return;
    }
    set({ slide: state.slide + direction });
  };

  /** The address of the view for students: this slide, without the notes view's flag. */
  const viewUrl = () => {
    const url = new URL(location.href);
    url.searchParams.delete('notes');
    url.hash = `slide-${state.slide}`;
    return url.href;
  };

  const openOverlay = (overlay: HTMLElement, show: boolean) => {
    if (show === !overlay.hidden) return;
    if (show) {
      opener = document.activeElement as HTMLElement | null;
      overlay.hidden = false;
      if (overlay === overview) {
        buildOverview(part(PRESENT_BAR.overviewGrid), slides, (n) => {
          openOverlay(overview, false);
          set({ slide: n });
        });
        const currentItem = overview.querySelector<HTMLElement>(`[${GOTO_ATTRIBUTE}="${state.slide}"]`);
        currentItem?.setAttribute('aria-current', 'true');
        overview.querySelectorAll(`[${GOTO_ATTRIBUTE}]:not([${GOTO_ATTRIBUTE}="${state.slide}"])`).forEach((b) => b.removeAttribute('aria-current'));
        currentItem?.focus();
        currentItem?.scrollIntoView({ block: 'nearest' });
      } else {
        showQr(qr, viewUrl());
      }
    } else {
      overlay.hidden = true;
      opener?.focus?.();
    }
  };

  const showJump = () => {
    jump.hidden = digits === '';
    jump.textContent = (setting(PRESENTER.jump) ?? '{n}').replace('{n}', digits);
    window.clearTimeout(digitTimer);
    if (digits) digitTimer = window.setTimeout(() => ((digits = ''), showJump()), 3000);
  };

  const fullscreenButton = root.querySelector<HTMLElement>(`[${PRESENT_BAR.control}="fullscreen"]`);
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  document.addEventListener('fullscreenchange', () => fullscreenButton?.setAttribute('aria-pressed', String(!!document.fullscreenElement)));

  const act = (action: PresenterAction, key = '') => {
    if (action === 'next') advance(1);
    else if (action === 'prev') advance(-1);
    else if (action === 'first') set({ slide: 1 });
    else if (action === 'last') set({ slide: total });
    else if (action === 'blackout') set({ blackout: !state.blackout });
    else if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'overview') openOverlay(overview, overview.hidden);
    else if (action === 'qr') openOverlay(qr, qr.hidden);
    else if (action === 'exit' && !notesMode) location.assign(exit.href);
    else if (action === 'digit') {
      digits = (digits + key).replace(/^0+/, '').slice(0, 4);
      showJump();
    } else if (action === 'enter' && digits) {
      const n = Number(digits);
      digits = '';
      showJump();
      if (n >= 1 && n <= total) set({ slide: n });
      else {
        status.textContent = (setting(PRESENTER.noSlide) ?? '').replace(/\d+/, String(n));
      }
    }
  };

  const onKey = (event: KeyboardEvent) => {
    let action = keyAction(event);
    if (!action) return;
    const overlay = !overview.hidden ? overview : !qr.hidden ? qr : null;
    if (overlay) {
      // an open overlay keeps its own keys (arrows and Enter on the grid); Escape or its letter closes it
      if (action === 'exit' || (action === 'overview' && overlay === overview) || (action === 'qr' && overlay === qr)) {
        event.preventDefault();
        event.stopPropagation();
        openOverlay(overlay, false);
      }
      return;
    }
    if (action === 'enter' && !digits) return; // Enter on a focused button stays a click
    if (action === 'exit' && document.fullscreenElement) return; // the browser's own Escape leaves full screen first
    if (state.blackout && MOVES.has(action)) action = null; // nothing moves on a black screen
    event.preventDefault();
    event.stopPropagation();
    if (action) act(action, event.key);
  };
  // capture phase: the presenter reads clicker keys before a focused tab, radio or slider can
  document.addEventListener('keydown', onKey, true);
  root.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>(`[${PRESENT_BAR.control}]`);
    const name = control?.getAttribute(PRESENT_BAR.control);
    if (name === 'prev' || name === 'next' || name === 'fullscreen' || name === 'overview' || name === 'qr') act(name);
    if (name === 'notes') {
      event.preventDefault();
      window.open(`${location.pathname}?notes=1#slide-${state.slide}`, 'llmx-notes', 'popup,width=1100,height=800');
    }
  });
  blackoutScreen.addEventListener('click', () => set({ blackout: false }));
  qr.addEventListener('click', () => openOverlay(qr, false));
  window.addEventListener('hashchange', () => set({ slide: slideFromHash(location.hash, total) ?? slideFromSection(location.hash, anchors) ?? state.slide }));
  window.addEventListener('resize', fitCurrent);
  if (typeof ResizeObserver === 'function' && !notesMode) {
    let pending = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(fitCurrent);
    });
    slides.forEach((slide) => slide.querySelectorAll(`[${ISLAND.widget}]`).forEach((widget) => observer.observe(widget)));
  }

  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.type === 'state') {
        answered++;
        set(message.state, false);
      } else if (!notesMode && (message.type === 'advance' || message.type === 'hello')) {
        if (message.type === 'advance' && !state.blackout) advance(message.direction);
        post({ type: 'state', state }); // the answer tells the notes window not to move by itself
      }
    };
    if (notesMode) post({ type: 'hello' });
  }
  // the presenter's API for tests and tools: fit a slide and report how it fits
  (root as HTMLElement & { fitSlide?: (n: number) => number }).fitSlide = (n) => fitSlide(slides[n - 1]);
  root.classList.add('is-ready');
  render(false);
  early.forEach(onKey);
}
