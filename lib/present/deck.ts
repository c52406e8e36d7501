/**
 * Key-point decks: a chapter's slides for a lecture, written apart from the chapter
 * (content/decks/<locale>/<slug>.json) so the chapter keeps its full prose and its
 * authors and the deck's authors never edit the same file. A deck names the chapter's
 * `##` sections by heading id; each section gets the deck's short key-point slides, the
 * chapter's figures, widgets, formulas and quizzes are shown on the slides that name them
 * (`show`), and the section's prose moves into the speaker notes, after the teacher's
 * notes. A section the deck does not name keeps the prose slides of lib/present/slides.ts.
 * Either way, a widget's own notes (its tag's children) follow the notes of its slide.
 *
 * Deck file shape:
 *   { "cover": [DeckSlide…],                      // the title slide first, then e.g. the goals
 *     "sections": { "<h2 id>": [DeckSlide…], … } }
 *   DeckSlide = { "title"?, "points"?: [text…], "show"?: [ref…], "section"?: "<h3 id>",
 *                 "props"?: { ref: { prop: value } }, "notes": [text…] }
 * Texts use a little inline markup ($math$, **bold**, *emphasis*, `code`; lib/present/inline.ts).
 * A ref names a block of the section by tag ("AttentionExplorer", "Quiz", "formula",
 * "table", "code", "Summary"…), with "#n" for the n-th of that tag ("Quiz#2").
 */
import { splitIntoSlides, withWidgetNotes, type Slide, type SlideBlock } from './slides';

export interface DeckSlide {
  title?: string;
  points?: string[];
  show?: string[];
  section?: string;
  /** Props for a shown widget on this slide, by ref: e.g. { "PositionalEncodingExplorer": { "kind": "add" } }. */
  props?: Record<string, Record<string, string | number | boolean>>;
  notes: string[];
}

export interface Deck {
  cover: DeckSlide[];
  sections: Record<string, DeckSlide[]>;
}

const SLIDE_KEYS = new Set(['title', 'points', 'show', 'section', 'props', 'notes']);

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');

function slideProblems(value: unknown, where: string, isTitleSlide = false): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${where} is not an object`];
  const slide = value as Record<string, unknown>;
  const problems = Object.keys(slide)
    .filter((key) => !SLIDE_KEYS.has(key))
    .map((key) => `${where} has an unknown field "${key}" (known: ${[...SLIDE_KEYS].join(', ')})`);
  if (!isStringList(slide.notes) || slide.notes.length === 0) problems.push(`${where} needs "notes": a list of one or more non-empty texts`);
  for (const key of ['points', 'show'] as const) if (key in slide && !isStringList(slide[key])) problems.push(`${where}: "${key}" must be a list of non-empty texts`);
  for (const key of ['title', 'section'] as const) if (key in slide && (typeof slide[key] !== 'string' || slide[key] === '')) problems.push(`${where}: "${key}" must be a non-empty text`);
  if ('props' in slide) {
    const props = slide.props as Record<string, unknown>;
    const ok =
      typeof props === 'object' &&
      props !== null &&
      Object.entries(props).every(([ref, value]) => isStringList(slide.show) && (slide.show as string[]).includes(ref) && typeof value === 'object' && value !== null && !Array.isArray(value));
    if (!ok) problems.push(`${where}: "props" must map refs this slide shows to objects of props`);
  }
  if (!isTitleSlide && !slide.points && !slide.show && !slide.title) problems.push(`${where} shows nothing: give it "points", "show" or a "title"`);
  return problems;
}

/** Reads a deck from parsed JSON; the problems name the file and the slide. */
export function parseDeck(json: unknown, file: string): { deck: Deck | null; problems: string[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { deck: null, problems: [`${file}: a deck is an object with "cover" and "sections"`] };
  const raw = json as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(raw)) if (key !== 'cover' && key !== 'sections') problems.push(`${file}: unknown field "${key}"`);
  const cover = Array.isArray(raw.cover) ? raw.cover : [];
  if (!Array.isArray(raw.cover) || cover.length === 0) problems.push(`${file}: "cover" must list at least the title slide`);
  cover.forEach((slide, i) => problems.push(...slideProblems(slide, `${file}: cover slide ${i + 1}`, i === 0)));
  const sections = typeof raw.sections === 'object' && raw.sections !== null && !Array.isArray(raw.sections) ? (raw.sections as Record<string, unknown>) : null;
  if (!sections) problems.push(`${file}: "sections" must map section ids to lists of slides`);
  for (const [id, slides] of Object.entries(sections ?? {})) {
    if (!Array.isArray(slides) || slides.length === 0) problems.push(`${file}: section "${id}" must be a non-empty list of slides`);
    else slides.forEach((slide, i) => problems.push(...slideProblems(slide, `${file}: section "${id}" slide ${i + 1}`)));
  }
  return problems.length ? { deck: null, problems } : { deck: raw as unknown as Deck, problems };
}

/** A block's reference name inside its region: its tag, and "#n" from the second of a tag on. */
function refNames(indices: number[], blocks: SlideBlock[]): Map<string, number> {
  const seen = new Map<string, number>();
  const refs = new Map<string, number>();
  for (const i of indices) {
    const block = blocks[i];
    if (!block.media || !block.name) continue;
    const n = (seen.get(block.name) ?? 0) + 1;
    seen.set(block.name, n);
    refs.set(`${block.name}#${n}`, i);
    if (n === 1) refs.set(block.name, i);
  }
  return refs;
}

/** The cover (before the first `##`) and each `##` section, as block indices. */
function regions(blocks: SlideBlock[]): { id: string; title: string; indices: number[] }[] {
  const out = [{ id: '', title: '', indices: [] as number[] }];
  blocks.forEach((block, i) => {
    if (block.kind === 'h2') out.push({ id: block.id ?? '', title: block.title ?? '', indices: [] });
    out[out.length - 1].indices.push(i);
  });
  return out;
}

/**
 * Problems of a deck against its chapter: unknown section ids, unknown `section`
 * subsection ids and refs that name no block. `unshown` lists media blocks a deck
 * section leaves out (they get slides of their own, without teacher's notes).
 */
export function deckProblems(deck: Deck, blocks: SlideBlock[], file: string): { problems: string[]; unshown: string[] } {
  const problems: string[] = [];
  const unshown: string[] = [];
  const byId = new Map(regions(blocks).map((r) => [r.id, r]));
  const check = (region: { id: string; indices: number[] }, slides: DeckSlide[], where: string) => {
    const refs = refNames(region.indices, blocks);
    const subsections = new Set(region.indices.filter((i) => blocks[i].kind === 'h3').map((i) => blocks[i].id));
    const shown = new Set<number>();
    slides.forEach((slide, n) => {
      for (const ref of slide.show ?? []) {
        const index = refs.get(ref);
        if (index === undefined) problems.push(`${file}: ${where} slide ${n + 1} shows "${ref}", which is not in the section (there: ${[...refs.keys()].join(', ') || 'nothing to show'})`);
        else shown.add(index);
      }
      if (slide.section && !subsections.has(slide.section)) problems.push(`${file}: ${where} slide ${n + 1}: "${slide.section}" is not a ### heading id of the section`);
    });
    for (const [ref, index] of refs) if (!shown.has(index) && !ref.endsWith('#1')) unshown.push(`${where}: ${ref}`);
  };
  check(byId.get('')!, deck.cover, 'cover');
  for (const [id, slides] of Object.entries(deck.sections)) {
    const region = byId.get(id);
    if (!region || id === '') problems.push(`${file}: section "${id}" is not a ## heading id of the chapter (ids: ${[...byId.keys()].filter(Boolean).join(', ')})`);
    else check(region, slides, `section "${id}"`);
  }
  return { problems, unshown };
}

/** A slide of a deck section: the chapter blocks it shows plus the deck's own texts. */
function keyPointSlides(region: { id: string; title: string; indices: number[] }, slides: DeckSlide[], blocks: SlideBlock[]): Slide[] {
  const refs = refNames(region.indices, blocks);
  const shown = new Set<number>();
  const out: Slide[] = slides.map((deckSlide, n) => {
    const shows = (deckSlide.show ?? []).map((ref) => refs.get(ref)).filter((i): i is number => i !== undefined);
    shows.forEach((i) => shown.add(i));
    const sub = deckSlide.section ? region.indices.find((i) => blocks[i].kind === 'h3' && blocks[i].id === deckSlide.section) : undefined;
    // a widget takes the whole slide below its title (it is laid out to fit one, components/widget/SlideFold.tsx):
    // the deck's points for that slide are the teacher's to say, at the top of the notes
    const points = deckSlide.points ?? [];
    const withWidget = shows.some((i) => blocks[i].widget);
    return {
      blocks: shows,
      notes: [],
      section: deckSlide.section ?? region.id,
      title: deckSlide.title ?? (sub !== undefined ? blocks[sub].title! : region.title),
      continued: false,
      keyPoints: { title: deckSlide.title, points: withWidget ? [] : points, notes: withWidget ? [...points, ...deckSlide.notes] : deckSlide.notes, first: n === 0 },
      ...(deckSlide.props && { blockProps: Object.fromEntries(Object.entries(deckSlide.props).map(([ref, props]) => [refs.get(ref)!, props])) }),
    };
  });
  // the prose of each ### part goes to the notes of the first slide on that part (else the section's first)
  let part = region.id;
  for (const i of region.indices) {
    const block = blocks[i];
    if (block.kind === 'h3') part = block.id ?? part;
    if (block.kind !== 'block' || shown.has(i)) continue;
    if (block.media) {
      // a block the deck does not show gets a slide of its own after the slides of its part
      const after = out.map((s) => s.section).lastIndexOf(part);
      const slide: Slide = { blocks: [i], notes: [], section: part, title: region.title, continued: true };
      out.splice(after === -1 ? out.length : after + 1, 0, slide);
      continue;
    }
    (out.find((s) => s.section === part && s.keyPoints) ?? out[0]).notes.push(i);
  }
  return out;
}

/**
 * A chapter's slides with its deck: the deck's slides for the cover and for every section
 * it names, prose slides (splitIntoSlides) for the sections it does not. Without a deck
 * this is splitIntoSlides itself.
 */
export function deckSlides(blocks: SlideBlock[], deck: Deck | null, budget?: number): Slide[] {
  if (!deck) {
    const slides = splitIntoSlides(blocks, budget);
    slides[0].cover = true;
    return withWidgetNotes(slides, blocks);
  }
  const slides: Slide[] = [];
  for (const region of regions(blocks)) {
    const deckRegion = region.id === '' ? deck.cover : deck.sections[region.id];
    if (deckRegion) {
      const made = keyPointSlides(region, deckRegion, blocks);
      if (region.id === '') made[0].cover = true;
      slides.push(...made);
      continue;
    }
    if (region.indices.length === 0) continue;
    // prose slides for the region, their indices mapped back into the chapter's
    const local = splitIntoSlides(
      region.indices.map((i) => blocks[i]),
      budget,
    );
    const back = (list: number[]) => list.map((i) => region.indices[i]);
    local.forEach((slide) => slides.push({ ...slide, blocks: back(slide.blocks), notes: back(slide.notes) }));
  }
  if (slides.length && !slides.some((s) => s.cover)) slides[0].cover = true;
  return withWidgetNotes(slides, blocks);
}
