/**
 * How a chapter becomes slides, as a pure function over its top-level blocks, so the
 * rule is unit-tested and the same on every build (slide numbers live in shared URLs,
 * `#slide-N`, and must not depend on the screen). Each `##` section is a slide; a section
 * heavier than one slide is split at its `###` headings, and a part still too heavy is
 * packed greedily, block by block. Small neighbouring parts are merged again, a heading
 * never ends a slide, and speaker notes stay with the block they follow.
 */

/** What the splitter needs to know about one top-level block of a chapter. */
export interface SlideBlock {
  kind: 'h2' | 'h3' | 'notes' | 'block';
  /** Heading id (for h2 and h3). */
  id?: string;
  /** Heading text (for h2 and h3). */
  title?: string;
  /** Estimated space the block takes on a slide; SLIDE_BUDGET fills one slide. */
  weight: number;
  /** True for a block that introduces the next one (a sentence ending in a colon): never last on a slide. */
  keepWithNext?: boolean;
  /** Tag of the block ('formula' for display math, 'table', 'code', or the component's name). */
  name?: string;
  /** True for what a key-point slide can show (figure, widget, quiz, formula, table, code, summary); false for prose. */
  media?: boolean;
  /** True for an interactive widget (it takes the whole slide, see lib/present/deck.ts). */
  widget?: boolean;
  /** True for a widget whose tag holds notes (prose the chapter shows under it): on a slide they go to the speaker notes. */
  widgetNotes?: boolean;
}

/** The deck's own texts on a key-point slide (lib/present/deck.ts). */
export interface KeyPoints {
  /** The deck's title for the slide (inline markup), when it differs from the section's heading. */
  title?: string;
  points: string[];
  /** The teacher's notes, before the chapter's prose moved into the notes. */
  notes: string[];
  /** True on a section's first slide. */
  first: boolean;
}

export interface Slide {
  /** Indices into the block list, in order, without the notes. */
  blocks: number[];
  /** Indices of the speaker-notes blocks that belong to this slide. */
  notes: number[];
  /** Id of the section the slide shows (the `###` when the slide starts at one), or '' before the first `##`. */
  section: string;
  /** Title of that section ('' for the title slide). */
  title: string;
  /** True when the slide goes on with a section begun on the slide before. */
  continued: boolean;
  /** True on the title slide. */
  cover?: boolean;
  /** Present on a deck's key-point slides. */
  keyPoints?: KeyPoints;
  /** Props a deck sets on shown blocks (a widget's opening view), by block index. */
  blockProps?: Record<number, Record<string, string | number | boolean>>;
  /** The slide's widgets whose notes the speaker notes show after the slide's own, in order: block index and tag name. */
  widgetNotes?: { block: number; tag: string }[];
}

/** Space on one slide, in the units of SlideBlock.weight (about characters of prose at projector size). */
export const SLIDE_BUDGET = 1150;

const isHeading = (block: SlideBlock) => block.kind === 'h2' || block.kind === 'h3';
const staysWithNext = (block: SlideBlock) => isHeading(block) || block.keepWithNext === true;

/** Splits `items` (block indices) into runs starting at each index for which `starts` is true. */
function runs(items: number[], starts: (index: number) => boolean): number[][] {
  const out: number[][] = [];
  for (const index of items) {
    if (out.length === 0 || starts(index)) out.push([]);
    out[out.length - 1].push(index);
  }
  return out;
}

/** Packs a run into pieces of at most `budget`, never leaving a heading (or an introducing sentence) last in a piece. */
function pack(run: number[], blocks: SlideBlock[], budget: number): number[][] {
  const pieces: number[][] = [];
  let current: number[] = [];
  let used = 0;
  for (const index of run) {
    const weight = blocks[index].weight;
    if (current.length && used + weight > budget) {
      // carry trailing headings over, so each heading opens the slide of its content
      const carried: number[] = [];
      while (current.length > 1 && staysWithNext(blocks[current[current.length - 1]])) carried.unshift(current.pop()!);
      if (current.length === 1 && isHeading(blocks[current[0]])) carried.unshift(current.pop()!);
      if (current.length) pieces.push(current);
      current = carried;
      used = carried.reduce((sum, i) => sum + blocks[i].weight, 0);
    }
    current.push(index);
    used += weight;
  }
  if (current.length) pieces.push(current);
  return pieces;
}

/** Merges neighbouring pieces while they fit together on one slide. */
function merge(pieces: number[][], blocks: SlideBlock[], budget: number): number[][] {
  const weight = (piece: number[]) => piece.reduce((sum, i) => sum + blocks[i].weight, 0);
  const out: number[][] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && weight(last) + weight(piece) <= budget) last.push(...piece);
    else out.push([...piece]);
  }
  return out;
}

/** Divides a chapter's blocks into slides. */
export function splitIntoSlides(blocks: SlideBlock[], budget: number = SLIDE_BUDGET): Slide[] {
  const content = blocks.map((_, i) => i).filter((i) => blocks[i].kind !== 'notes');
  const sections = runs(content, (i) => blocks[i].kind === 'h2');
  const slides: Slide[] = [];
  for (const section of sections) {
    const total = section.reduce((sum, i) => sum + blocks[i].weight, 0);
    const parts = total <= budget ? [section] : runs(section, (i) => blocks[i].kind === 'h3');
    const pieces = merge(
      parts.flatMap((part) => pack(part, blocks, budget)),
      blocks,
      budget,
    );
    let heading: SlideBlock | null = null;
    pieces.forEach((piece, n) => {
      const first = blocks[piece[0]];
      if (isHeading(first)) heading = first;
      slides.push({ blocks: piece, notes: [], section: heading?.id ?? '', title: heading?.title ?? '', continued: n > 0 && !isHeading(first) });
      const last = [...piece].reverse().find((i) => isHeading(blocks[i]));
      if (last !== undefined) heading = blocks[last];
    });
  }
  if (slides.length === 0) slides.push({ blocks: [], notes: [], section: '', title: '', continued: false });
  // notes belong to the slide holding the nearest block before them (or the first slide)
  const slideOf = new Map<number, Slide>();
  for (const slide of slides) for (const i of slide.blocks) slideOf.set(i, slide);
  let owner = slides[0];
  blocks.forEach((block, i) => {
    if (block.kind === 'notes') owner.notes.push(i);
    else owner = slideOf.get(i) ?? owner;
  });
  return slides;
}

/**
 * Marks each slide's widgets that have notes. A widget's notes sit under it in a chapter;
 * a slide leaves them out (the widget fills it), so the presenter finds them in the
 * speaker notes of the slide that shows the widget.
 */
export function withWidgetNotes(slides: Slide[], blocks: SlideBlock[]): Slide[] {
  return slides.map((slide) => {
    const widgetNotes = slide.blocks.filter((i) => blocks[i].widget && blocks[i].widgetNotes).map((block) => ({ block, tag: blocks[block].name ?? '' }));
    return widgetNotes.length ? { ...slide, widgetNotes } : slide;
  });
}

/** Estimated weight of prose: CJK characters take about twice the width of Latin ones. */
export function textWeight(text: string): number {
  let weight = 0;
  for (const char of text) weight += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char) ? 2 : 1;
  return weight;
}

/**
 * The slide that presents each heading: the first slide on its section, else the first
 * slide showing one of its blocks, else the slide before (so every heading id has one).
 */
export function slideAnchors(slides: Slide[], blocks: SlideBlock[]): Record<string, number> {
  const anchors: Record<string, number> = {};
  const slideOfBlock = new Map<number, number>();
  slides.forEach((slide, n) => [...slide.blocks, ...slide.notes].forEach((i) => slideOfBlock.has(i) || slideOfBlock.set(i, n + 1)));
  slides.forEach((slide, n) => {
    if (slide.section && !(slide.section in anchors)) anchors[slide.section] = n + 1;
  });
  let previous = 1;
  let heading: string | null = null;
  blocks.forEach((block, i) => {
    const shown = slideOfBlock.get(i);
    if (block.kind === 'h2' || block.kind === 'h3') {
      heading = block.id ?? null;
      if (heading && shown !== undefined && !(heading in anchors)) anchors[heading] = shown;
      return;
    }
    if (shown !== undefined) {
      previous = shown;
      if (heading && !(heading in anchors)) anchors[heading] = shown;
    }
  });
  blocks.forEach((block) => {
    if ((block.kind === 'h2' || block.kind === 'h3') && block.id && !(block.id in anchors)) anchors[block.id] = previous;
  });
  return anchors;
}
