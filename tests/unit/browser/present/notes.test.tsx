// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { strings } from '@/lib/i18n/strings';
import { presentStrings } from '@/lib/present/strings';
import { startPresenter } from '@/browser/present/presenter';
import { press, renderPage, settle } from '../page';
import { CHAPTER_URL, Deck, runBootScript } from './deck';

const t = strings.en;
const p = presentStrings.en;

beforeAll(() => {
  // the second window a teacher opens: the boot script marks it as the notes view
  history.replaceState(null, '', `${CHAPTER_URL}present/?notes=1#slide-2`);
  renderPage(<Deck />);
  runBootScript();
  startPresenter(document.querySelector<HTMLElement>('.presenter')!);
});

const notes = () => document.querySelector('.present-notes')!;
const text = (selector: string) => notes().querySelector(selector)!.textContent;

describe('speaker-notes view on the markup PresenterView renders', () => {
  it('shows the slide, its notes, what comes next, and whether the room is dark', () => {
    expect(document.querySelector('.presenter')!.classList.contains('is-notes')).toBe(true);
    expect(text('.present-notes-status')).toBe(`${t.slideLabel(2, 3)}: Queries`);
    expect(text('.present-notes-body')).toBe('Ask the class what a query is.');
    expect(text('.present-notes-thumbs figure:last-child figcaption')).toBe(`${t.nextUp}: Try it`);
    expect(notes().querySelectorAll('.present-thumb .slide-thumb')).toHaveLength(2);
    expect(text('.present-notes-blackout')).toBe(p.blackoutOff);
  });

  it('moves by itself when no slide window answers, and then has no notes and nothing next on the last slide', async () => {
    press('ArrowRight', {}, document.body);
    expect(text('.present-notes-status')).toBe(`${t.slideLabel(2, 3)}: Queries`);
    await settle(450);
    expect(text('.present-notes-status')).toBe(`${t.slideLabel(3, 3)}: Try it`);
    expect(text('.present-notes-body')).toBe(t.noNotes);
    expect(text('.present-notes-thumbs figure:last-child figcaption')).toBe(t.lastSlide);
    expect(notes().querySelectorAll('.present-thumb .slide-thumb')).toHaveLength(1);
    press('b', {}, document.body);
    expect(text('.present-notes-blackout')).toBe(p.blackoutOn);
    // the teacher's own screen stays lit
    expect(document.querySelector<HTMLElement>('.present-blackout')!.hidden).toBe(true);
  });

  it('counts down the lecture from the minutes set, and pauses', () => {
    const toggle = [...notes().querySelectorAll<HTMLButtonElement>('.present-notes-clock button')][0];
    const minutes = notes().querySelector<HTMLInputElement>('.present-notes-minutes input')!;
    minutes.value = '30';
    minutes.dispatchEvent(new Event('change'));
    expect(text('.present-notes-timer span:last-child')).toBe('30:00');
    expect(toggle.textContent).toBe(p.start);
    toggle.click();
    expect(toggle.textContent).toBe(p.pause);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
