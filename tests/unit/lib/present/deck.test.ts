/** Key-point decks: parsing, checks against the chapter, and how they merge with the chapter's blocks. */
import { describe, expect, it } from 'vitest';
import { deckProblems, deckSlides, parseDeck, type Deck } from '@/lib/present/deck';
import { parseInline, plainInline, texToText } from '@/lib/present/inline';
import { slideAnchors, type SlideBlock } from '@/lib/present/slides';

const h2 = (id: string): SlideBlock => ({ kind: 'h2', id, title: id.toUpperCase(), weight: 90 });
const h3 = (id: string): SlideBlock => ({ kind: 'h3', id, title: id.toUpperCase(), weight: 90 });
const prose = (weight = 300): SlideBlock => ({ kind: 'block', name: 'p', media: false, weight });
const media = (name: string): SlideBlock => ({ kind: 'block', name, media: true, weight: 500 });
const notes: SlideBlock = { kind: 'notes', weight: 0 };

// 0 goals | 1 h2 a, 2 p, 3 formula, 4 p, 5 notes | 6 h2 b, 7 p, 8 h3 b1, 9 p, 10 Quiz, 11 formula | 12 h2 c, 13 p, 14 p
const chapter: SlideBlock[] = [
  media('WhatYouWillLearn'),
  h2('a'),
  prose(),
  media('formula'),
  prose(),
  notes,
  h2('b'),
  prose(),
  h3('b1'),
  prose(),
  media('Quiz'),
  media('formula'),
  h2('c'),
  prose(700),
  prose(700),
];

const deck: Deck = {
  cover: [{ notes: ['hello'] }, { show: ['WhatYouWillLearn'], title: 'Plan', notes: ['goals'] }],
  sections: {
    a: [{ points: ['one', 'two'], show: ['formula'], notes: ['say a'] }],
    b: [
      { points: ['b point'], notes: ['say b'] },
      { section: 'b1', show: ['Quiz'], props: { Quiz: { open: true } }, notes: ['vote'] },
    ],
  },
};

describe('parseDeck', () => {
  it('accepts a well-formed deck and names every problem of a bad one', () => {
    expect(parseDeck(deck, 'd.json').problems).toEqual([]);
    const bad = parseDeck({ cover: [], sections: { a: [{ points: [''], notes: [], colour: 'red' }] }, extra: 1 }, 'd.json');
    expect(bad.deck).toBeNull();
    expect(bad.problems).toEqual([
      'd.json: unknown field "extra"',
      'd.json: "cover" must list at least the title slide',
      'd.json: section "a" slide 1 has an unknown field "colour" (known: title, points, show, section, props, notes)',
      'd.json: section "a" slide 1 needs "notes": a list of one or more non-empty texts',
      'd.json: section "a" slide 1: "points" must be a list of non-empty texts',
    ]);
  });
});

describe('deckProblems', () => {
  it('finds unknown sections, subsections and refs, and lists blocks left unshown', () => {
    const wrong: Deck = { cover: deck.cover, sections: { zz: [{ title: 'x', notes: ['n'] }], b: [{ section: 'nope', show: ['Quiz#2'], notes: ['n'] }] } };
    const { problems, unshown } = deckProblems(wrong, chapter, 'd.json');
    expect(problems).toEqual([
      'd.json: section "zz" is not a ## heading id of the chapter (ids: a, b, c)',
      'd.json: section "b" slide 1 shows "Quiz#2", which is not in the section (there: Quiz#1, Quiz, formula#1, formula)',
      'd.json: section "b" slide 1: "nope" is not a ### heading id of the section',
    ]);
    expect(unshown).toEqual(['section "b": Quiz', 'section "b": formula']);
    expect(deckProblems(deck, chapter, 'd.json').unshown).toEqual(['section "b": formula']);
  });
});

describe('deckSlides', () => {
  const slides = deckSlides(chapter, deck, 1000);
  it('shows only the title with a widget: the points of a widget slide open its notes', () => {
    const withWidget: SlideBlock[] = [h2('a'), prose(), { kind: 'block', name: 'Explorer', media: true, widget: true, weight: 1150 }, media('formula')];
    const made = deckSlides(withWidget, {
      cover: [{ notes: ['hi'] }],
      sections: {
        a: [
          { title: 'Try it', points: ['look at the arcs'], show: ['Explorer'], notes: ['ask'] },
          { points: ['p'], show: ['formula'], notes: ['n'] },
        ],
      },
    });
    expect(made.map((s) => [s.blocks, s.keyPoints?.points, s.keyPoints?.notes])).toEqual([
      [[], [], ['hi']],
      [[2], [], ['look at the arcs', 'ask']],
      [[3], ['p'], ['n']],
    ]);
  });
  it("gives a widget's notes to the slide that shows it, with a deck and without", () => {
    const explorer = (widgetNotes: boolean): SlideBlock => ({ kind: 'block', name: 'Explorer', media: true, widget: true, weight: 1150, ...(widgetNotes && { widgetNotes }) });
    // 0 h2 a, 1 p, 2 Explorer (with notes), 3 formula | 4 h2 b, 5 Explorer (no notes), 6 Explorer#2 (with notes)
    const blocks: SlideBlock[] = [h2('a'), prose(), explorer(true), media('formula'), h2('b'), explorer(false), explorer(true)];
    const withDeck = deckSlides(blocks, {
      cover: [{ notes: ['hi'] }],
      sections: {
        a: [
          { points: ['p'], show: ['formula'], notes: ['n'] },
          { title: 'Try it', show: ['Explorer'], notes: ['ask'] },
        ],
      },
    });
    const noted = (made: ReturnType<typeof deckSlides>) => made.map((s) => [s.blocks, s.widgetNotes ?? null]);
    expect(noted(withDeck)).toEqual([
      [[], null],
      [[3], null],
      [[2], [{ block: 2, tag: 'Explorer' }]],
      [[4, 5], null], // section b has no deck: prose slides, a widget each
      [[6], [{ block: 6, tag: 'Explorer' }]],
    ]);
    const plain = deckSlides(blocks, null);
    expect(plain.flatMap((s) => s.widgetNotes ?? []).map((w) => w.block)).toEqual([2, 6]);
  });
  it('gives the deck slides, moves prose into the notes, and keeps prose slides for sections without a deck', () => {
    expect(slides.map((s) => [s.section, s.blocks, s.notes, s.keyPoints?.points ?? null])).toEqual([
      ['', [], [], []],
      ['', [0], [], []],
      ['a', [3], [2, 4], ['one', 'two']],
      ['b', [], [7], ['b point']],
      ['b1', [10], [9], []],
      ['b1', [11], [], null], // the unshown formula gets its own slide after its part
      ['c', [12, 13], [], null], // no deck for c: prose slides, split by weight
      ['c', [14], [], null],
    ]);
    expect(slides[0].cover).toBe(true);
    expect(slides[4].blockProps).toEqual({ 10: { open: true } });
    expect(slides[2].keyPoints?.notes).toEqual(['say a']);
  });
  it('maps every heading to the slide that presents it', () => {
    expect(slideAnchors(slides, chapter)).toEqual({ a: 3, b: 4, b1: 5, c: 7 });
  });
  it('is the prose splitter, title slide marked, without a deck', () => {
    const plain = deckSlides(chapter, null, 1000);
    expect(plain[0].cover).toBe(true);
    expect(plain.every((s) => !s.keyPoints)).toBe(true);
  });
});

describe('inline markup', () => {
  it('splits math, strong, emphasis and code, and leaves stray delimiters as text', () => {
    expect(parseInline('Divide by $\\sqrt{d_k}$, **not** *always* `x`')).toEqual([
      { kind: 'text', value: 'Divide by ' },
      { kind: 'math', value: '\\sqrt{d_k}' },
      { kind: 'text', value: ', ' },
      { kind: 'strong', value: 'not' },
      { kind: 'text', value: ' ' },
      { kind: 'em', value: 'always' },
      { kind: 'text', value: ' ' },
      { kind: 'code', value: 'x' },
    ]);
    expect(parseInline('costs $5 a month')).toEqual([{ kind: 'text', value: 'costs $5 a month' }]);
    expect(plainInline('**a** $b$')).toBe('a b');
    // math reads as text: the two deck titles with math, and the other shapes texToText knows
    expect(plainInline('Why divide by $\\sqrt{d_k}$?')).toBe('Why divide by √dₖ?');
    expect(plainInline('Worked values: $d_{\\text{model}} = 4$')).toBe('Worked values: d_model = 4');
    expect(texToText('\\sqrt{d_{\\text{model}}}')).toBe('√d_model');
    expect(texToText('q_m \\cdot k_n')).toBe('qₘ · kₙ');
    expect(texToText('QK^T / \\sqrt{a + b}')).toBe('QKᵀ / √(a + b)');
    expect(texToText('W^Q')).toBe('W^Q');
    expect(texToText('10000^{2i/d}')).toBe('10000^(2i/d)');
  });
});
