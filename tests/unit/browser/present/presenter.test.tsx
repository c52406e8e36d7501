// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { strings } from '@/lib/i18n/strings';
import { presentStrings } from '@/lib/present/strings';
import { MOUNT_EVENT } from '@/lib/markup/island';
import { STEP_EVENT } from '@/lib/markup/stepEvent';
import { startPresenter } from '@/browser/present/presenter';
import { press, renderPage } from '../page';
import { CHAPTER_URL, Deck, runBootScript } from './deck';

const t = strings.en;
const p = presentStrings.en;
const mounted: EventTarget[] = [];
let stepsLeft = 0;

beforeAll(() => {
  history.replaceState(null, '', `${CHAPTER_URL}present/#section-queries`);
  renderPage(<Deck />);
  runBootScript();
  document.addEventListener(MOUNT_EVENT, (event) => mounted.push(event.target!));
  // the widget on slide 3 has steps: it takes one while it has any left
  document.querySelector('[data-widget="demo"]')!.addEventListener(STEP_EVENT, (event) => {
    if (stepsLeft > 0) {
      stepsLeft--;
      event.preventDefault();
    }
  });
  startPresenter(document.querySelector<HTMLElement>('.presenter')!);
});

const current = () => [...document.querySelectorAll('.slide')].findIndex((slide) => slide.classList.contains('is-current')) + 1;
const shown = () => document.querySelectorAll('.slide.is-current').length;
const status = () => document.querySelector('.present-bar [role="status"]')!.textContent;
const blackout = () => document.querySelector<HTMLElement>('.present-blackout')!;

describe('slide show on the markup PresenterView renders', () => {
  it('opens at the slide the link names, and mounts only that slide’s widgets', () => {
    expect(document.querySelector('.presenter')!.classList.contains('is-ready')).toBe(true);
    expect(current()).toBe(2);
    expect(shown()).toBe(1);
    expect(location.hash).toBe('#slide-2');
    expect(document.querySelector('.present-count')!.textContent).toBe('2 / 3');
    expect(document.querySelector('.present-corner')!.textContent).toBe('2 / 3');
    expect(document.querySelector<HTMLAnchorElement>('.present-controls a[title^="Back"]')!.getAttribute('href')).toBe(`${CHAPTER_URL}#queries`);
    expect(mounted).toEqual([document.querySelectorAll('.slide')[1]]);
  });

  it('moves on with → and announces the slide', () => {
    press('ArrowRight', {}, document.body);
    expect(current()).toBe(3);
    expect(location.hash).toBe('#slide-3');
    expect(status()).toBe(`${t.slideLabel(3, 3)}: Try it`);
    expect(document.querySelector<HTMLElement>('.present-progress span')!.style.width).toBe('100%');
  });

  it('lets a widget with steps take each step before the slide moves back', () => {
    stepsLeft = 2;
    press('PageUp', {}, document.body);
    press('ArrowLeft', {}, document.body);
    expect(current()).toBe(3);
    press('ArrowLeft', {}, document.body);
    expect(current()).toBe(2);
  });

  it('blacks the screen out with B, and nothing moves until it is lit again', () => {
    press('b', {}, document.body);
    expect(blackout().hidden).toBe(false);
    press('ArrowRight', {}, document.body);
    expect(current()).toBe(2);
    press('B', {}, document.body);
    expect(blackout().hidden).toBe(true);
  });

  it('jumps to a typed slide number, and says so when there is no such slide', () => {
    press('1', {}, document.body);
    const jump = document.querySelector<HTMLElement>('.present-jump')!;
    expect(jump.hidden).toBe(false);
    expect(jump.textContent).toBe(p.jumpTo('1'));
    press('Enter', {}, document.body);
    expect(current()).toBe(1);
    press('9', {}, document.body);
    press('Enter', {}, document.body);
    expect(current()).toBe(1);
    expect(status()).toBe(p.noSuchSlide(9, 3));
  });

  it('runs the bar’s buttons', () => {
    document.querySelector<HTMLButtonElement>(`.present-controls button[aria-label="${t.nextSlide}"]`)!.click();
    expect(current()).toBe(2);
    document.querySelector<HTMLButtonElement>(`.present-controls button[aria-label="${t.previousSlide}"]`)!.click();
    expect(current()).toBe(1);
  });

  it('shows every slide with O and goes to the one chosen', () => {
    press('o', {}, document.body);
    const overview = document.querySelector<HTMLElement>('.present-overview')!;
    expect(overview.hidden).toBe(false);
    const items = [...overview.querySelectorAll<HTMLButtonElement>('.present-overview-item')];
    expect(items.map((item) => item.querySelector('.present-overview-caption')!.textContent)).toEqual(['1. Self-attention', '2. Queries', '3. Try it']);
    expect(document.activeElement).toBe(items[0]);
    items[2].click();
    expect(overview.hidden).toBe(true);
    expect(current()).toBe(3);
  });

  it('goes back to the chapter at the same section with Escape', () => {
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => undefined);
    press('Escape', {}, document.body);
    expect(assign).toHaveBeenCalledWith(new URL(`${CHAPTER_URL}#try-it`, location.href).href);
    assign.mockRestore();
  });
});
