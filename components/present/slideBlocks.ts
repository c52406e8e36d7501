/**
 * Reads a compiled chapter as a list of top-level blocks for the slide splitter
 * (lib/present/slides.ts): which block is a `##` or `###` heading, which is a speaker
 * note, and roughly how much room each takes on a slide. It only inspects the React
 * elements MDX returns (tag name and props); nothing is rendered here.
 */
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { SLIDE_BUDGET, textWeight, type SlideBlock } from '@/lib/present/slides';

type Element = ReactElement<Record<string, unknown> & { children?: ReactNode; className?: string }>;

/** Plain text of a node, without KaTeX's MathML copy. */
function text(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(text).join('');
  if (isValidElement<{ children?: ReactNode; className?: string }>(node)) {
    if (node.props.className === 'katex-mathml') return '';
    return text(node.props.children);
  }
  return '';
}

/** Number of elements of a tag anywhere inside a node (list items, table rows, code lines). */
function count(node: ReactNode, tag: string): number {
  if (Array.isArray(node)) return node.reduce((sum: number, child) => sum + count(child, tag), 0);
  if (!isValidElement<{ children?: ReactNode }>(node)) return 0;
  return (node.type === tag ? 1 : 0) + count(node.props.children, tag);
}

/** Fixed weights of the tags whose size does not follow their text. */
const FIXED: Record<string, number> = { Quiz: 520, figure: 620, widget: SLIDE_BUDGET, hr: 40 };

function weightOf(element: Element, name: string, kinds: { widgets: Set<string>; figures: Set<string> }): number {
  const props = element.props;
  if (kinds.widgets.has(name)) return FIXED.widget;
  if (kinds.figures.has(name)) return FIXED.figure;
  if (name in FIXED) return FIXED[name];
  if (String(props.className ?? '').includes('katex-display')) return 160;
  if (name === 'pre') return 50 + 60 * text(props.children).split('\n').length;
  if (name === 'table') return 60 + 90 * count(props.children, 'tr');
  if (name === 'ul' || name === 'ol') return textWeight(text(props.children)) + 45 * count(props.children, 'li');
  return 60 + textWeight(text(props.children));
}

/**
 * Tags a key-point slide can show; everything else is prose, moved into the notes. The
 * chapter's summary is prose here: nine sentences never fit a slide, so decks write
 * their own short recap.
 */
const MEDIA = new Set(['formula', 'table', 'code', 'Quiz', 'WhatYouWillLearn', 'figure', 'img']);

/** The name a deck uses for a block: display math is 'formula', a `pre` is 'code'. */
function tagOf(element: Element, name: string): string {
  if (String(element.props.className ?? '').includes('katex-display')) return 'formula';
  if (name === 'pre') return 'code';
  return name;
}

/**
 * The top-level blocks of a chapter's MDX output. `names` maps each component of the
 * registry to its tag name; `widgets` and `figures` name the heavy tags.
 */
export function slideBlocks(children: ReactNode[], names: Map<unknown, string>, kinds: { widgets: Set<string>; figures: Set<string> }): { elements: Element[]; blocks: SlideBlock[] } {
  const elements = children.filter((child): child is Element => isValidElement(child));
  const blocks = elements.map((element): SlideBlock => {
    const name = typeof element.type === 'string' ? element.type : (names.get(element.type) ?? '');
    if (name === 'h2' || name === 'h3') return { kind: name, id: String(element.props.id ?? ''), title: text(element.props.children).trim(), weight: 90 };
    if (name === 'SpeakerNotes') return { kind: 'notes', weight: 0 };
    const keepWithNext = name === 'p' && /[:：]\s*$/.test(text(element.props.children));
    const tag = tagOf(element, name);
    const media = kinds.widgets.has(name) || kinds.figures.has(name) || MEDIA.has(tag);
    const widget = kinds.widgets.has(name);
    const widgetNotes = widget && text(element.props.children).trim() !== '';
    return { kind: 'block', weight: weightOf(element, name, kinds), name: tag, media, ...(keepWithNext && { keepWithNext }), ...(widget && { widget }), ...(widgetNotes && { widgetNotes }) };
  });
  return { elements, blocks };
}
