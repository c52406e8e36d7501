/**
 * Small pictures of slides for the overview grid and the notes view: a copy of the
 * slide's stage, scaled down with one transform. Copies are inert: no ids (the page's
 * ids stay unique), no tab stops, hidden from screen readers (the caption names them).
 */
import { SLIDE } from '@/lib/markup/present';
import { STAGE_HEIGHT, STAGE_WIDTH } from './stage';

/** A copy of `slide`'s stage scaled to `width` px wide. */
export function thumbnail(slide: HTMLElement, width: number): HTMLElement {
  const frame = document.createElement('div');
  frame.className = 'slide-thumb';
  frame.setAttribute('aria-hidden', 'true');
  frame.style.width = `${width}px`;
  frame.style.height = `${(width * STAGE_HEIGHT) / STAGE_WIDTH}px`;
  const stage = slide.querySelector<HTMLElement>(`.${SLIDE.stage}`)!.cloneNode(true) as HTMLElement;
  stage.style.width = `${STAGE_WIDTH}px`;
  stage.style.height = `${STAGE_HEIGHT}px`;
  stage.style.transform = `scale(${width / STAGE_WIDTH})`;
  for (const element of [stage, ...stage.querySelectorAll<HTMLElement>('*')]) {
    element.removeAttribute('id');
    if (element.matches('a, button, input, select, textarea, [tabindex]')) element.setAttribute('tabindex', '-1');
  }
  stage.inert = true;
  frame.append(stage);
  return frame;
}

/** On each overview button: the slide number it goes to. */
export const GOTO_ATTRIBUTE = 'data-goto';

/** Fills the overview grid with one button per slide; `choose` gets the slide number. */
export function buildOverview(grid: HTMLElement, slides: HTMLElement[], choose: (n: number) => void) {
  if (grid.childElementCount === slides.length) return;
  grid.replaceChildren(
    ...slides.map((slide, i) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'present-overview-item';
      button.setAttribute(GOTO_ATTRIBUTE, String(i + 1));
      const caption = document.createElement('span');
      caption.className = 'present-overview-caption';
      caption.textContent = `${i + 1}. ${slide.getAttribute(SLIDE.title) ?? ''}`;
      button.append(thumbnail(slide, 240), caption);
      button.addEventListener('click', () => choose(i + 1));
      item.append(button);
      return item;
    }),
  );
}
