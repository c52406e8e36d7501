/**
 * Turns Pagefind results into what the search dialog lists: one entry per page (the
 * chapter or the glossary) with its best-matching sections, each linking straight to the
 * section's anchor with a snippet. Pure, so the grouping is unit-tested.
 */

/** The parts of Pagefind's result data the dialog uses (pagefind.js `result.data()`). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  /** Sections of the page that match; `locations` are the positions of the matched words. */
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

export interface SearchHit {
  /** Page title (the chapter's h1). */
  title: string;
  url: string;
  /** Best sections first; each links to its anchor. */
  sections: { title: string; url: string; excerpt: string }[];
}

/** A heading's text without the "#" of its copy-link button, which Pagefind reads as part of the title. */
export const cleanTitle = (title: string) => title.replace(/\s*#\s*$/, '').trim();

/** At most `perPage` sections of a page, those with an anchor and the most matches first. */
export function toHit(data: PagefindData, perPage = 3): SearchHit {
  const title = cleanTitle(data.meta.title ?? data.url);
  const subs = (data.sub_results ?? []).filter((s) => s.excerpt.trim() !== '').map((s) => ({ ...s, title: cleanTitle(s.title) }));
  const anchored = subs.filter((s) => s.url.includes('#'));
  const ranked = [...(anchored.length ? anchored : subs)].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0));
  const sections = ranked.slice(0, perPage).map(({ title: section, url, excerpt }) => ({ title: section, url, excerpt }));
  if (!sections.length) sections.push({ title, url: data.url, excerpt: data.excerpt });
  return { title, url: data.url, sections };
}

/** Result groups in the order shown: the reader's language first, then the other. */
export function orderGroups<T extends { locale: string }>(groups: T[], current: string): T[] {
  return [...groups].sort((a, b) => Number(b.locale === current) - Number(a.locale === current));
}
