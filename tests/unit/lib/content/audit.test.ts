import { describe, expect, it } from 'vitest';
import { brokenLinks, chapterStructureProblems, mathOnlyHeaderCells, parityProblems, quizIds, widgetNoteIds } from '@/lib/content/audit';

describe('brokenLinks', () => {
  const pages = new Map([
    ['/en/a/', new Set(['intro', 'main'])],
    ['/en/b/', new Set(['x'])],
  ]);
  it('finds missing pages and missing anchors, and accepts good links', () => {
    const html = '<a href="/en/b/#x">ok</a><a href="#intro">ok</a><a href="/en/c/">bad</a><a href="/en/b/#y">bad</a><a href="https://arxiv.org">ext</a>';
    expect(brokenLinks({ path: '/en/a/', html }, pages)).toEqual(['/en/c/ (no such page)', '/en/b/#y (no #y on /en/b/)']);
  });
});

describe('chapterStructureProblems', () => {
  const quizzes = '<form data-quiz="a"></form><form data-quiz="b"></form><form data-quiz="c"></form>';
  const complete = `<section id="learn-goals"></section>${quizzes}<section id="chapter-summary"></section>`;
  it('accepts a complete chapter', () => {
    expect(chapterStructureProblems(complete, ['one', 'references'])).toEqual([]);
  });
  it('lists what is missing', () => {
    expect(chapterStructureProblems('<p>TODO</p><form data-quiz="a"></form><form data-quiz="a"></form>', ['x', 'x'])).toEqual([
      'has no <WhatYouWillLearn> section',
      'has no <Summary> section',
      'must end with "## References {/*references*/}"',
      'has 2 self-check questions; at least 3 are needed',
      'repeats quiz id(s) a',
      'repeats heading id(s) x',
      'contains placeholder text (TODO, TBD, lorem ipsum or "coming soon")',
    ]);
  });
  it('reads quiz ids in order', () => {
    expect(quizIds(quizzes)).toEqual(['a', 'b', 'c']);
  });
});

describe('parityProblems', () => {
  it('names the ids that exist in one language only', () => {
    expect(parityProblems({ headings: ['a', 'b'], quizzes: ['q'] }, { headings: ['a', 'c'], quizzes: ['q'] })).toEqual([
      'heading ids differ between en and zh; only in en: b; only in zh: c',
    ]);
  });
  it('notices a different order and different quizzes', () => {
    expect(parityProblems({ headings: ['a', 'b'], quizzes: ['q'] }, { headings: ['b', 'a'], quizzes: ['r'] })).toEqual([
      'heading ids differ between en and zh; same ids in a different order',
      'quiz ids differ: en [q], zh [r]',
    ]);
  });
  it('names widgets whose notes exist in one language only', () => {
    const en = { headings: [], quizzes: [], widgetNotes: widgetNoteIds('<div data-widget-notes="attention-by-hand"><p>a</p></div><div data-widget-notes="lens"></div>') };
    const zh = { headings: [], quizzes: [], widgetNotes: widgetNoteIds('<div data-widget-notes="attention-by-hand"><p>甲</p></div>') };
    expect(en.widgetNotes).toEqual(['attention-by-hand', 'lens']);
    expect(parityProblems(en, zh)).toEqual(['widgets with notes differ: en [attention-by-hand, lens], zh [attention-by-hand]']);
    expect(parityProblems(en, { ...zh, widgetNotes: en.widgetNotes })).toEqual([]);
  });
});

describe('mathOnlyHeaderCells', () => {
  it('finds header cells that are a formula alone, not body cells or mixed text', () => {
    const source = ['| $p$ | Temperature $T$ | name |', '|---|---|---|', '| $x$ | 1 | 2 |'].join('\n');
    expect(mathOnlyHeaderCells(source)).toEqual(['line 1: $p$']);
  });
});
