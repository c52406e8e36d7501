/**
 * Reads chapters from `content/<locale>/<slug>.mdx`: the list in reading order (for
 * navigation) and one chapter compiled (for its page). Frontmatter is validated here, so
 * a bad chapter stops the build with the file and field named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { compileMdx } from './compile.server';
import { validateFrontmatter, type ChapterFrontmatter } from './frontmatter';
import { extractHeadings, type HeadingInfo } from './headings';
import { locales, type Locale } from '../i18n/locales';
import type { ChapterMeta } from './navigation';

export const CONTENT_DIR = path.join(process.cwd(), 'content');

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Path of a chapter's source, relative to the repo, for messages. */
export function chapterFile(locale: Locale, slug: string): string {
  return path.join('content', locale, `${slug}.mdx`);
}

/** A chapter's MDX source. */
export function chapterSource(locale: Locale, slug: string): string {
  return readFileSync(path.join(CONTENT_DIR, locale, `${slug}.mdx`), 'utf8');
}

/** Slugs of the chapters that exist in one language, unsorted. */
export function chapterSlugs(locale: Locale): string[] {
  return readdirSync(path.join(CONTENT_DIR, locale))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length));
}

/** Frontmatter of one chapter, validated. */
export function readFrontmatter(locale: Locale, slug: string): ChapterFrontmatter {
  const file = chapterFile(locale, slug);
  if (!SLUG.test(slug)) throw new Error(`${file}: file names must be lowercase words joined by "-"`);
  let data: Record<string, unknown>;
  try {
    data = matter(chapterSource(locale, slug)).data;
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}); quote values that contain ": "`);
  }
  return validateFrontmatter(data, file);
}

const listCache = new Map<Locale, ChapterMeta[]>();

/** A chapter route's parameters. */
export type ChapterParams = { locale: Locale; slug: string };

/** Every chapter page's route parameters, in every language: the chapter routes' generateStaticParams. */
export function chapterParams(): ChapterParams[] {
  return locales.flatMap((locale) => listChapters(locale).map((c) => ({ locale, slug: c.slug })));
}

/** Every chapter of one language in reading order. */
export function listChapters(locale: Locale): ChapterMeta[] {
  const cached = listCache.get(locale);
  if (cached) return cached;
  const chapters = chapterSlugs(locale)
    .map((slug) => ({ slug, ...readFrontmatter(locale, slug) }))
    .sort((a, b) => a.order - b.order);
  for (let i = 1; i < chapters.length; i++) {
    if (chapters[i].order === chapters[i - 1].order) {
      throw new Error(
        `${chapterFile(locale, chapters[i].slug)}: frontmatter field "order" is ${chapters[i].order}, the same as ${chapters[i - 1].slug}`,
      );
    }
  }
  listCache.set(locale, chapters);
  return chapters;
}

export interface LoadedChapter {
  meta: ChapterMeta;
  code: string;
  headings: HeadingInfo[];
  source: string;
}

/** One chapter compiled for rendering, with its headings for the table of contents. */
export async function loadChapter(locale: Locale, slug: string): Promise<LoadedChapter> {
  const file = chapterFile(locale, slug);
  const source = chapterSource(locale, slug);
  const { code, frontmatter } = await compileMdx(source, file);
  const meta = { slug, ...validateFrontmatter(frontmatter, file) };
  return { meta, code, headings: extractHeadings(source), source };
}
