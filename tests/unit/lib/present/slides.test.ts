/** The slide rule: a slide per `##` section, long sections split at `###` and then by size, notes kept with their block. */
import { describe, expect, it } from 'vitest';
import { splitIntoSlides, textWeight, type SlideBlock } from '@/lib/present/slides';

const h2 = (id: string, weight = 90): SlideBlock => ({ kind: 'h2', id, title: id.toUpperCase(), weight });
const h3 = (id: string, weight = 90): SlideBlock => ({ kind: 'h3', id, title: id.toUpperCase(), weight });
const p = (weight: number, keepWithNext = false): SlideBlock => ({ kind: 'block', weight, keepWithNext });
const notes: SlideBlock = { kind: 'notes', weight: 0 };

describe('splitIntoSlides', () => {
  it('makes one slide for the intro and one per short section', () => {
    const slides = splitIntoSlides([p(100), h2('a'), p(200), h2('b'), p(300)], 1000);
    expect(slides.map((s) => s.blocks)).toEqual([[0], [1, 2], [3, 4]]);
    expect(slides.map((s) => s.section)).toEqual(['', 'a', 'b']);
    expect(slides.map((s) => s.title)).toEqual(['', 'A', 'B']);
    expect(slides.every((s) => !s.continued)).toBe(true);
  });

  it('splits a long section at its ### headings, merging parts that fit together', () => {
    // 90 + 500 | 90 + 300 | 90 + 700: the first two parts fit in 1000, the third does not
    const blocks = [h2('a'), p(500), h3('x'), p(300), h3('y'), p(700)];
    const slides = splitIntoSlides(blocks, 1000);
    expect(slides.map((s) => s.blocks)).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
    expect(slides.map((s) => s.section)).toEqual(['a', 'y']);
    expect(slides[1].continued).toBe(false);
  });

  it('packs a long part block by block and marks the continuation', () => {
    const slides = splitIntoSlides([h2('a'), p(600), p(600), p(600)], 1000);
    expect(slides.map((s) => s.blocks)).toEqual([[0, 1], [2], [3]]);
    expect(slides.map((s) => s.continued)).toEqual([false, true, true]);
    expect(slides.map((s) => s.section)).toEqual(['a', 'a', 'a']);
  });

  it('never ends a slide on a heading or on a sentence that introduces the next block', () => {
    const slides = splitIntoSlides([h2('a'), p(700), p(200, true), p(500)], 1000);
    expect(slides.map((s) => s.blocks)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    const headed = splitIntoSlides([h2('a'), p(800), h3('x'), p(900)], 1000);
    expect(headed.map((s) => s.blocks)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(headed[1].section).toBe('x');
  });

  it('gives a block heavier than a slide a slide of its own', () => {
    const slides = splitIntoSlides([h2('a'), p(100), p(2000), p(100)], 1000);
    expect(slides.map((s) => s.blocks)).toEqual([[0, 1], [2], [3]]);
  });

  it('attaches speaker notes to the slide of the block before them', () => {
    const slides = splitIntoSlides([notes, p(100), h2('a'), p(700), notes, p(700), notes, h2('b'), p(10)], 1000);
    expect(slides.map((s) => s.blocks)).toEqual([[1], [2, 3], [5], [7, 8]]);
    expect(slides.map((s) => s.notes)).toEqual([[0], [4], [6], []]);
  });

  it('returns one empty slide for an empty chapter', () => {
    expect(splitIntoSlides([])).toEqual([{ blocks: [], notes: [], section: '', title: '', continued: false }]);
  });
});

describe('textWeight', () => {
  it('counts a Chinese character as two Latin ones', () => {
    expect(textWeight('abc')).toBe(3);
    expect(textWeight('注意力')).toBe(6);
    expect(textWeight('Q，K')).toBe(4);
  });
});
