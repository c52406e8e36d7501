/**
 * What a chapter card on the home page says about the chapter, computed from its MDX
 * source: reading time, the widgets it holds (by tag) and its first figure (tag and plain
 * string props), so the cards stay true when a chapter changes.
 *
 * Reading time counts the prose only (frontmatter, code, math, comments and tags left out):
 * English at 230 words a minute, Chinese at 400 characters a minute (common figures for
 * adults reading non-fiction on screen), rounded up to whole minutes.
 */
import type { Locale } from '@/lib/i18n/locales';

export const WORDS_PER_MINUTE = 230;
export const HANZI_PER_MINUTE = 400;

/** The source with everything that is not read as prose removed. */
export function proseOf(source: string): string {
  return source
    .replace(/^---[\s\S]*?\n---\n/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*?\/>/g, ' ') // self-closing tags (widgets, figures, quizzes) with their props
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
}

export function readingMinutes(source: string, locale: Locale): number {
  const prose = proseOf(source);
  const hanzi = (prose.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (prose.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
  const minutes = locale === 'zh' ? hanzi / HANZI_PER_MINUTE + words / WORDS_PER_MINUTE : words / WORDS_PER_MINUTE + hanzi / HANZI_PER_MINUTE;
  return Math.max(1, Math.ceil(minutes));
}

/** The tags of `names` the source uses, in order of first use. */
export function tagsUsed(source: string, names: string[]): string[] {
  const found = names
    .map((name) => ({ name, at: source.search(new RegExp(`<${name}\\b`)) }))
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at);
  return found.map((hit) => hit.name);
}

/**
 * The first tag of `names` in the source whose props can all be read without running
 * MDX: string props (`caption="…"`) and JSON literals (`tokens={["a", "b"]}`, `layers={6}`).
 * A tag with any other expression prop is passed over, so a card never renders a
 * figure with a prop missing.
 */
export function firstTag(source: string, names: string[]): { name: string; props: Record<string, unknown> } | null {
  for (const name of tagsUsed(source, names)) {
    const start = source.search(new RegExp(`<${name}\\b`));
    const end = source.indexOf('/>', start);
    const tag = source.slice(start, end < 0 ? undefined : end);
    const props: Record<string, unknown> = Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    let readable = true;
    for (const m of tag.matchAll(/(\w+)=\{([^}]*)\}/g)) {
      try {
        props[m[1]] = JSON.parse(m[2]);
      } catch {
        readable = false;
      }
    }
    if (readable) return { name, props };
  }
  return null;
}
