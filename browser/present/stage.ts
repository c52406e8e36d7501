/**
 * Fits a slide to the screen. Every slide is laid out on a stage of fixed logical size
 * (1280×720, 16:9, body text 32 px; on a portrait phone 640 wide and as tall as the
 * screen) and the whole stage is scaled with one transform, so text, formulas, figures
 * and widgets keep their proportions at any projector size. A slide whose content does
 * not fit gets a larger logical stage (the content reflows, then everything is scaled
 * down together) in steps, never below MIN_CONTENT_SCALE: at 1280×720 that keeps body
 * text at 24 px or more. Slides the build split well never need it (lib/present/slides.ts).
 * A widget's drawings follow its width, so each widget keeps the width it is laid out at
 * on the 1280 stage: a larger stage then shrinks it with the text instead of widening its
 * drawings. A widget slide that still does not fit at the floor zooms its widgets out
 * (CSS zoom at that fixed width shrinks controls, labels and drawings together), but
 * only down to MIN_WIDGET_ZOOM, where a widget's 16 px text is still MIN_WIDGET_PX on
 * the reference screen: widgets fit by their slide layout (secondary panels fold,
 * components/widget/SlideFold.tsx), not by shrinking out of sight. Once the presenter
 * opens a fold, the slide holds more than its layout was made for, and the widget may
 * zoom out further (MIN_OPEN_WIDGET_ZOOM) until the fold is closed again.
 */
import { ISLAND_CLASS } from '@/lib/markup/island';
import { SCROLLABLE } from '@/lib/markup/chrome';
import { SLIDE, SLIDE_FOLD } from '@/lib/markup/present';

export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 720;
const PHONE_WIDTH = 640;
export const BODY_PX = 32;
/** Reference screen of the text-size floor: 1280×720 with the 52 px bar. */
const REFERENCE_SCALE = Math.min(1280 / STAGE_WIDTH, (720 - 52) / STAGE_HEIGHT);
/** Smallest body text at the reference screen, in px. */
export const MIN_BODY_PX = 24;
/** Smallest content scale of a text slide: keeps body text at MIN_BODY_PX at the reference screen. */
export const MIN_CONTENT_SCALE = MIN_BODY_PX / (BODY_PX * REFERENCE_SCALE);
/** A widget's zoom on the stage (app/present.css: its 16 px text at 1.3× is a little under body text). */
const WIDGET_ZOOM = 1.3;
/** A widget's text size (its root font size, before the stage's zoom and scale). */
const WIDGET_PX = 16;
/** Smallest widget text at the reference screen, in px, with the widget's panels folded. */
export const MIN_WIDGET_PX = 14;
/** Smallest widget zoom of a slide whose folds are closed: keeps widget text at MIN_WIDGET_PX. */
export const MIN_WIDGET_ZOOM = MIN_WIDGET_PX / (WIDGET_PX * REFERENCE_SCALE * MIN_CONTENT_SCALE);
/** Smallest widget zoom while a fold is open (the presenter asked for more than the slide's layout). */
const MIN_OPEN_WIDGET_ZOOM = 0.6;

/** True when nothing on the stage runs past its box (including wide formulas and tables). */
export function contentFits(inner: HTMLElement): boolean {
  if (inner.scrollHeight > inner.clientHeight + 1 || inner.scrollWidth > inner.clientWidth + 1) return false;
  for (const wide of inner.querySelectorAll<HTMLElement>(`.katex-display, .${SCROLLABLE.tableWrap}, pre`)) if (wide.scrollWidth > wide.clientWidth + 1) return false;
  return true;
}

/** Shrinks display formulas that are still wider than their box (a long formula on a phone). */
function shrinkWideFormulas(inner: HTMLElement) {
  for (const formula of inner.querySelectorAll<HTMLElement>('.katex-display')) {
    formula.style.fontSize = '';
    if (formula.scrollWidth > formula.clientWidth + 1) formula.style.fontSize = `${Math.max(0.5, (formula.clientWidth - 2) / formula.scrollWidth)}em`;
  }
}

/** Lays a slide's stage out and scales it into the slide's box; returns the content scale chosen. */
export function fitSlide(slide: HTMLElement): number {
  const stage = slide.querySelector<HTMLElement>(`.${SLIDE.stage}`);
  const inner = stage?.querySelector<HTMLElement>(`.${SLIDE.inner}`);
  if (!stage || !inner) return 1;
  const box = slide.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return 1;
  const portrait = box.width < 700 && box.height > box.width;
  const width = portrait ? PHONE_WIDTH : STAGE_WIDTH;
  const height = portrait ? (box.height * PHONE_WIDTH) / box.width : STAGE_HEIGHT;
  const screenScale = Math.min(box.width / width, box.height / height);
  const widgets = [...inner.querySelectorAll<HTMLElement>(`.${ISLAND_CLASS.slot}`)];
  const zoomWidgets = (zoom: number | null) => widgets.forEach((slot) => (slot.style.zoom = zoom === null ? '' : zoom.toFixed(2)));
  zoomWidgets(null);
  widgets.forEach((slot) => (slot.style.width = ''));
  let scale = 1;
  const layout = (k: number) => {
    stage.style.width = `${width / k}px`;
    stage.style.height = `${height / k}px`;
  };
  layout(1);
  // the width a widget has on the plain stage, in its own (zoomed) pixels: the stage's transform divided out
  const stageScale = stage.getBoundingClientRect().width / stage.offsetWidth || 1;
  const pinned = widgets.map((slot) => slot.getBoundingClientRect().width / stageScale / WIDGET_ZOOM);
  widgets.forEach((slot, i) => (slot.style.width = `${pinned[i].toFixed(1)}px`));
  while (!contentFits(inner) && scale > MIN_CONTENT_SCALE + 1e-6) {
    scale = Math.max(MIN_CONTENT_SCALE, scale - 0.05);
    layout(scale);
  }
  let zoom = WIDGET_ZOOM;
  const floor = inner.querySelector(`.${SLIDE_FOLD.fold}.${SLIDE_FOLD.open}`) ? MIN_OPEN_WIDGET_ZOOM : MIN_WIDGET_ZOOM;
  while (widgets.length && !contentFits(inner) && zoom > floor + 1e-6) {
    zoom = Math.max(floor, zoom - 0.05);
    zoomWidgets(zoom);
  }
  shrinkWideFormulas(inner);
  const total = screenScale * scale;
  const left = (box.width - width * screenScale) / 2;
  const top = (box.height - height * screenScale) / 2;
  stage.style.transform = `translate(${left}px, ${top}px) scale(${total})`;
  slide.dataset.fit = scale.toFixed(2);
  if (zoom < WIDGET_ZOOM) slide.dataset.widgetZoom = zoom.toFixed(2);
  else delete slide.dataset.widgetZoom;
  // still too tall (a very tall widget): the slide scrolls, with a tab stop for the keyboard
  const overflows = !contentFits(inner);
  inner.classList.toggle('is-overflowing', overflows);
  if (overflows) slide.tabIndex = 0;
  else slide.removeAttribute('tabindex');
  return scale;
}
