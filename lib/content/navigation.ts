/**
 * The reading order as a typed list, and what a page derives from it: previous and next
 * chapter, and the chapter's place in the sequence. Pure, so it is unit-tested directly.
 */
import type { ChapterFrontmatter } from './frontmatter';

export interface ChapterMeta extends ChapterFrontmatter {
  /** URL segment and file name, the same in every language. */
  slug: string;
}

export interface Neighbours {
  previous: ChapterMeta | null;
  next: ChapterMeta | null;
  /** 1-based position of the chapter in the reading order. */
  position: number;
  total: number;
}

/** Previous and next chapter of `slug` in `chapters` (already in reading order). */
export function neighbours(chapters: ChapterMeta[], slug: string): Neighbours {
  const index = chapters.findIndex((c) => c.slug === slug);
  if (index < 0) throw new Error(`No chapter "${slug}" in the reading order`);
  return {
    previous: index > 0 ? chapters[index - 1] : null,
    next: index < chapters.length - 1 ? chapters[index + 1] : null,
    position: index + 1,
    total: chapters.length,
  };
}

/** The label to show in navigation: the short title when there is one. */
export function navLabel(chapter: ChapterFrontmatter): string {
  return chapter.shortTitle ?? chapter.title;
}
